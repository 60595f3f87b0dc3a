// src/objects/complex.c — the `complex` type.
//
// Owns complex arithmetic (with ints and floats mixed in: an int or float
// operand becomes complex(x, 0.0) first), equality with ints and floats,
// the hash, repr and format(), complex() with its string parser, and the
// methods. Ordering comparisons are refused (TypeError), as are //, %,
// divmod() and round().
//
// Programs print complex results, so every operation computes the way
// CPython does, step by step: the textbook product, Smith's quotient
// (scale by the larger part of the divisor), and for ** either repeated
// squaring (integral exponents up to 100 in size) or the polar form.
// Errors follow CPython's rules around errno: an infinite power result is
// OverflowError "complex exponentiation"; plain products and quotients may
// overflow silently to inf or nan.
//
// repr: "(re+imj)", or "imj" alone when the real part is +0.0; each part is
// the shortest repr of the double without a trailing ".0" ("1", "1.5",
// "1e+16", "inf", "nan").
//
// Read next: float.c (mixed arithmetic hands negative ** fractional here),
// runtime/format.h (the float formatter format() uses for each part).
#include "objects/complex.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/dtoa.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/gc.h"

typedef struct Cpx {
    double re, im;
} Cpx;

bool mo_is_complex(Value v) { return mo_is_ptr(v) && mo_isinstance_type(v, &mo_complex_type); }

static inline Cpx cval(Value v) {
    const ComplexObject *c = (const ComplexObject *)mo_ptr(v);
    return (Cpx){c->real, c->imag};
}

static Value new_of_type(TypeObject *type, double re, double im) {
    ComplexObject *c = mo_gc_alloc(type, type->basicsize);
    if (!c)
        return V_ERR;
    c->real = re;
    c->imag = im;
    return mo_obj(c);
}

Value mo_complex_new(double re, double im) { return new_of_type(&mo_complex_type, re, im); }

static inline Value box(Cpx c) { return mo_complex_new(c.re, c.im); }

// An operand of mixed arithmetic as a complex: 1 if it is a complex, float
// or int (converted into *out), 0 if it is none of them, -1 on OverflowError
// (an int too large for a float).
static int operand(Value v, Cpx *out) {
    if (mo_is_complex(v)) {
        *out = cval(v);
        return 1;
    }
    if (mo_is_float(v) || mo_isinstance_type(v, &mo_float_type) || mo_is_int(v)) {
        out->im = 0.0;
        return mo_to_double(v, &out->re) < 0 ? -1 : 1;
    }
    return 0;
}

// ------------------------------------------------------------ arithmetic

static Cpx c_prod(Cpx a, Cpx b) {
    return (Cpx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// Smith's method: divide through by the larger part of the divisor, which
// keeps intermediate results in range. A zero divisor sets errno to EDOM.
static Cpx c_quot(Cpx a, Cpx b) {
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            return (Cpx){0.0, 0.0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return (Cpx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return (Cpx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cpx){NAN, NAN};   // a NaN in the divisor
}

// a ** b through the polar form. 0 to a negative or complex power sets
// errno to EDOM.
static Cpx c_pow(Cpx a, Cpx b) {
    if (b.re == 0.0 && b.im == 0.0)
        return (Cpx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            errno = EDOM;
        return (Cpx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cpx){len * cos(phase), len * sin(phase)};
}

// x ** n for n >= 0 by repeated squaring, squaring once past the last bit
// used (the extra product is harmless and keeps the steps CPython's).
static Cpx c_powu(Cpx x, long n) {
    Cpx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cpx c_powi(Cpx x, long n) {
    if (n > 0)
        return c_powu(x, n);
    return c_quot((Cpx){1.0, 0.0}, c_powu(x, -n));
}

Value mo_complex_pow(double xr, double xi, double yr, double yi) {
    Cpx a = {xr, xi}, b = {yr, yi}, p;
    errno = 0;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0)
        p = c_powi(a, (long)b.re);
    else
        p = c_pow(a, b);
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return mo_err_format(&mo_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE)
        return mo_err_format(&mo_exc_OverflowError, "complex exponentiation");
    return box(p);
}

static Value complex_binop(Value a, Value b, int op) {
    op &= ~MO_OP_INPLACE;
    if (op != MO_OP_ADD && op != MO_OP_SUB && op != MO_OP_MUL && op != MO_OP_TRUEDIV && op != MO_OP_POW)
        return MO_NOTIMPL;
    // Both must be numbers before either is converted (10**400 + "a" is a
    // TypeError, not an OverflowError).
    Cpx x, y;
    if (!mo_is_complex(a) && !mo_is_complex(b))
        return MO_NOTIMPL;
    Value other = mo_is_complex(a) ? b : a;
    if (!mo_is_complex(other) && !mo_is_float(other) && !mo_isinstance_type(other, &mo_float_type) &&
        !mo_is_int(other))
        return MO_NOTIMPL;
    if (operand(a, &x) < 0 || operand(b, &y) < 0)
        return V_ERR;
    switch (op) {
    case MO_OP_ADD: return mo_complex_new(x.re + y.re, x.im + y.im);
    case MO_OP_SUB: return mo_complex_new(x.re - y.re, x.im - y.im);
    case MO_OP_MUL: return box(c_prod(x, y));
    case MO_OP_TRUEDIV: {
        errno = 0;
        Cpx q = c_quot(x, y);
        if (errno == EDOM)
            return mo_err_format(&mo_exc_ZeroDivisionError, "complex division by zero");
        return box(q);
    }
    default: return mo_complex_pow(x.re, x.im, y.re, y.im);
    }
}

static Value complex_unop(Value a, int op) {
    if (!mo_is_complex(a))
        return MO_NOTIMPL;
    Cpx c = cval(a);
    switch (op) {
    case MO_UNOP_NEG: return mo_complex_new(-c.re, -c.im);
    case MO_UNOP_POS: return mo_complex_new(c.re, c.im);
    case MO_UNOP_ABS: {
        double r = hypot(c.re, c.im);
        if (isinf(r) && isfinite(c.re) && isfinite(c.im))
            return mo_err_format(&mo_exc_OverflowError, "absolute value too large");
        return mo_float(r);
    }
    default: return MO_NOTIMPL;
    }
}

// ------------------------------------------------------------ comparison

// Only == and != exist. An int is compared exactly with the real part (so
// complex(2**53) != 2**53 + 1); a float by value.
static Value complex_richcompare(Value a, Value b, int op) {
    if (op != MO_CMP_EQ && op != MO_CMP_NE)
        return MO_NOTIMPL;
    if (!mo_is_complex(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    if (!mo_is_complex(a))
        return MO_NOTIMPL;
    Cpx x = cval(a);
    bool eq;
    if (mo_is_complex(b)) {
        Cpx y = cval(b);
        eq = x.re == y.re && x.im == y.im;
    } else if (mo_is_int(b)) {
        eq = x.im == 0.0 && !isnan(x.re) && mo_int_cmp_double(b, x.re) == 0;
    } else if (mo_is_float(b) || mo_isinstance_type(b, &mo_float_type)) {
        double y;
        if (mo_to_double(b, &y) < 0)
            return V_ERR;
        eq = x.im == 0.0 && x.re == y;
    } else {
        return MO_NOTIMPL;
    }
    return mo_bool(op == MO_CMP_EQ ? eq : !eq);
}

// hash(re) + 1000003 * hash(im), wrapping; -1 is reserved. Equal ints and
// floats hash the same, since hash(0.0) is 0.
static int64_t complex_hash(Value v) {
    Cpx c = cval(v);
    uint64_t h = (uint64_t)mo_hash_double(c.re) + UINT64_C(1000003) * (uint64_t)mo_hash_double(c.im);
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

static int complex_truth(Value v) {
    Cpx c = cval(v);
    return c.re != 0.0 || c.im != 0.0;
}

// ------------------------------------------------------------------ text

// The shortest repr of x without a trailing ".0", into buf; `sign` forces
// a '+' for non-negative values (and for NaN, which repr shows unsigned).
static void part_repr(StrBuf *b, double x, bool sign) {
    char buf[MO_DTOA_REPR_SIZE];
    size_t n = mo_dtoa_repr(x, buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        n -= 2;
    if (sign && buf[0] != '-')
        mo_strbuf_putc(b, '+');
    mo_strbuf_append(b, buf, n);
}

static Value complex_repr(Value v) {
    Cpx c = cval(v);
    StrBuf b = STRBUF_INIT;
    if (c.re == 0.0 && copysign(1.0, c.re) == 1.0) {
        part_repr(&b, c.im, false);
        mo_strbuf_putc(&b, 'j');
    } else {
        mo_strbuf_putc(&b, '(');
        part_repr(&b, c.re, false);
        part_repr(&b, c.im, true);
        mo_strbuf_append(&b, "j)", 2);
    }
    return mo_str_from_strbuf(&b);
}

// One part of format(): in the float presentation type `type` (or 'r' for
// the shortest repr) with the sign rule `sign` ('+', ' ' or '-').
static int format_part(StrBuf *b, double x, uint32_t type, const FormatSpec *spec, char sign, char *msg,
                       size_t msglen) {
    if (type == 'r') {
        if (sign == '+' && !signbit(x))
            mo_strbuf_putc(b, '+');
        else if (sign == ' ' && !signbit(x))
            mo_strbuf_putc(b, ' ');
        part_repr(b, x, false);
        return MO_FORMAT_OK;
    }
    FormatSpec part = *spec;
    part.fill = ' ';
    part.align = '>';
    part.width = -1;
    part.sign = sign;
    part.type = type;
    return mo_format_float(b, x, &part, "complex", msg, msglen);
}

// format(z, spec): each part formatted as a float, joined as "re+imj"
// (in parentheses when the type is omitted), then padded as a whole.
static int format_complex(StrBuf *out, Cpx c, const FormatSpec *spec, char *msg, size_t msglen) {
    if (spec->fill == '0') {
        snprintf(msg, msglen, "Zero padding is not allowed in complex format specifier");
        return MO_FORMAT_VALUE_ERROR;
    }
    if (spec->align == '=') {
        snprintf(msg, msglen, "'=' alignment flag is not allowed in complex format specifier");
        return MO_FORMAT_VALUE_ERROR;
    }
    uint32_t type = spec->type;
    bool skip_re = false, parens = false;
    switch (type) {
    case 0:
        // Like str(z); a precision turns the shortest repr into 'g'.
        type = spec->precision >= 0 ? 'g' : 'r';
        if (c.re == 0.0 && copysign(1.0, c.re) == 1.0)
            skip_re = true;
        else
            parens = true;
        break;
    case 'n': type = 'g'; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    default:
        if (type >= 0x20 && type < 0x7F)
            snprintf(msg, msglen, "Unknown format code '%c' for object of type 'complex'", (char)type);
        else
            snprintf(msg, msglen, "Unknown format code '\\x%x' for object of type 'complex'", (unsigned)type);
        return MO_FORMAT_VALUE_ERROR;
    }
    char sign = spec->sign ? spec->sign : '-';
    StrBuf body = STRBUF_INIT;
    int rc = MO_FORMAT_OK;
    if (parens)
        mo_strbuf_putc(&body, '(');
    if (!skip_re)
        rc = format_part(&body, c.re, type, spec, sign, msg, msglen);
    if (rc == MO_FORMAT_OK)
        rc = format_part(&body, c.im, type, spec, skip_re ? sign : '+', msg, msglen);
    if (rc == MO_FORMAT_OK) {
        mo_strbuf_putc(&body, 'j');
        if (parens)
            mo_strbuf_putc(&body, ')');
    }
    if (rc != MO_FORMAT_OK || body.failed) {
        mo_strbuf_free(&body);
        return rc != MO_FORMAT_OK ? rc : MO_FORMAT_MEMORY_ERROR;
    }
    // The body is ASCII: its length is its width.
    int64_t pad = spec->width > (int64_t)body.len ? spec->width - (int64_t)body.len : 0;
    int64_t left = spec->align == '<' ? 0 : spec->align == '^' ? pad / 2 : pad;
    for (int64_t i = 0; i < left; i++)
        mo_strbuf_put_codepoint(out, spec->fill);
    mo_strbuf_append(out, body.data, body.len);
    for (int64_t i = left; i < pad; i++)
        mo_strbuf_put_codepoint(out, spec->fill);
    mo_strbuf_free(&body);
    return out->failed ? MO_FORMAT_MEMORY_ERROR : MO_FORMAT_OK;
}

// ------------------------------------------------------------ parsing

static bool is_space(char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

static bool word_at(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = p[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        if (ch != w[i])
            return false;
    }
    return true;
}

// The length of the longest float at p (what float() would accept, without
// whitespace), or 0 when there is none; its value in *out.
static size_t scan_float(const char *p, const char *end, double *out) {
    const char *q = p;
    if (q < end && (*q == '+' || *q == '-'))
        q++;
    if (word_at(q, end, "infinity"))
        q += 8;
    else if (word_at(q, end, "inf") || word_at(q, end, "nan"))
        q += 3;
    else {
        const char *digits = q;
        while (q < end && is_digit(*q))
            q++;
        bool any = q > digits;
        if (q < end && *q == '.') {
            q++;
            const char *frac = q;
            while (q < end && is_digit(*q))
                q++;
            any = any || q > frac;
        }
        if (!any)
            return 0;
        if (q < end && (*q == 'e' || *q == 'E')) {
            const char *e = q + 1;
            if (e < end && (*e == '+' || *e == '-'))
                e++;
            if (e < end && is_digit(*e)) {
                while (e < end && is_digit(*e))
                    e++;
                q = e;
            }
        }
    }
    if (mo_dtoa_parse(p, (size_t)(q - p), out) < 0)
        return 0;
    return (size_t)(q - p);
}

// complex(text) for ASCII text without underscores: [ws] ["("] [ws]
// (float | float "j" | float signed-float "j" | float sign "j" | sign "j" |
// "j") [ws] [")"] [ws]. Returns false when malformed.
static bool parse_complex(const char *s, size_t n, double *re, double *im) {
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p))
        p++;
    bool bracket = false;
    if (p < end && *p == '(') {
        bracket = true;
        p++;
        while (p < end && is_space(*p))
            p++;
    }
    double x = 0.0, y = 0.0, z;
    size_t len = scan_float(p, end, &z);
    if (len > 0) {
        p += len;
        if (p < end && (*p == '+' || *p == '-')) {
            x = z;
            size_t len2 = scan_float(p, end, &y);
            if (len2 > 0) {
                p += len2;
            } else {
                y = *p == '+' ? 1.0 : -1.0;
                p++;
            }
            if (p >= end || (*p != 'j' && *p != 'J'))
                return false;
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            p++;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (p < end && (*p == '+' || *p == '-')) {
            y = *p == '+' ? 1.0 : -1.0;
            p++;
        }
        if (p >= end || (*p != 'j' && *p != 'J'))
            return false;
        p++;
    }
    while (p < end && is_space(*p))
        p++;
    if (bracket) {
        if (p >= end || *p != ')')
            return false;
        p++;
        while (p < end && is_space(*p))
            p++;
    }
    if (p != end)
        return false;
    *re = x;
    *im = y;
    return true;
}

static Value malformed(void) {
    return mo_err_format(&mo_exc_ValueError, "complex() arg is a malformed string");
}

static Value complex_from_text(TypeObject *type, const char *s, size_t n) {
    StrBuf ascii;
    if (mo_int_ascii_text(s, n, &ascii)) {
        if (ascii.failed) {
            mo_strbuf_free(&ascii);
            return mo_err_no_memory();
        }
        Value r = complex_from_text(type, ascii.data ? ascii.data : "", ascii.len);
        mo_strbuf_free(&ascii);
        return r;
    }
    // Underscores are allowed only between digits, and then ignored.
    StrBuf plain = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 == n || !is_digit(s[i - 1]) || !is_digit(s[i + 1])) {
                mo_strbuf_free(&plain);
                return malformed();
            }
            continue;
        }
        mo_strbuf_putc(&plain, s[i]);
    }
    if (plain.failed) {
        mo_strbuf_free(&plain);
        return mo_err_no_memory();
    }
    double re, im;
    bool ok = parse_complex(plain.data ? plain.data : "", plain.len, &re, &im);
    mo_strbuf_free(&plain);
    if (!ok)
        return malformed();
    return new_of_type(type, re, im);
}

// ------------------------------------------------------------ constructor

// x.__complex__() when x's type defines it: 1 with the result in *out, 0
// when there is no such method, -1 on error.
static int complex_method(Value x, Cpx *out) {
    if (mo_is_complex(x) && mo_type(x) == &mo_complex_type)
        return 0;
    Value name = mo_str_intern_cstr("__complex__");
    if (mo_type_lookup(mo_type(x), name) == MO_NULL)
        return 0;
    Value r = mo_call_method_cstr(x, "__complex__", NULL, 0);
    if (r == V_ERR)
        return -1;
    if (!mo_is_complex(r)) {
        mo_err_format(&mo_exc_TypeError, "__complex__ returned non-complex (type %s)", mo_type_name(r));
        return -1;
    }
    *out = cval(r);
    return 1;
}

// Whether complex() accepts x as a number: a complex, a float, an int, or
// anything with __float__ or __index__.
static bool is_number(Value x) {
    if (mo_is_complex(x) || mo_is_float(x) || mo_is_int(x) || mo_isinstance_type(x, &mo_float_type))
        return true;
    TypeObject *t = mo_type(x);
    return t->index || mo_type_lookup(t, mo_str_intern_cstr("__float__")) != MO_NULL;
}

static Value complex_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"real", "imag"};
    Value a[2];
    if (mo_args_bind("complex", args, nargs, kwnames, names, 2, 2, 0, a) < 0)
        return V_ERR;
    Value r = a[0], i = a[1];
    if (r == MO_NULL) {
        if (i == MO_NULL)
            return new_of_type(type, 0.0, 0.0);
        r = mo_smallint(0);
    }
    if (mo_is_str(r)) {
        if (i != MO_NULL)
            return mo_err_format(&mo_exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_text(type, mo_str_data(r), (size_t)mo_str_size(r));
    }
    if (i != MO_NULL && mo_is_str(i))
        return mo_err_format(&mo_exc_TypeError, "complex() second arg can't be a string");
    Cpx cr, ci = {0.0, 0.0};
    bool cr_complex = false, ci_complex = false;
    int got = complex_method(r, &cr);
    if (got < 0)
        return V_ERR;
    if (got) {
        cr_complex = true;
    } else {
        if (!is_number(r))
            return mo_err_format(&mo_exc_TypeError,
                                 "complex() first argument must be a string or a number, not '%s'",
                                 mo_type_name(r));
        if (mo_is_complex(r)) {
            cr = cval(r);
            cr_complex = true;
        } else {
            cr.im = 0.0;
            Value f = mo_float_from_value(r);
            if (f == V_ERR)
                return V_ERR;
            cr.re = mo_float_val(f);
        }
    }
    if (i != MO_NULL && !is_number(i))
        return mo_err_format(&mo_exc_TypeError, "complex() second argument must be a number, not '%s'",
                             mo_type_name(i));
    if (i == MO_NULL) {
        ci.re = cr.im;
    } else if (mo_is_complex(i)) {
        ci = cval(i);
        ci_complex = true;
    } else {
        Value f = mo_float_from_value(i);
        if (f == V_ERR)
            return V_ERR;
        ci.re = mo_float_val(f);
    }
    // real + imag * 1j, for parts that may themselves be complex.
    if (ci_complex)
        cr.re -= ci.im;
    if (cr_complex && i != MO_NULL)
        ci.re += cr.im;
    return new_of_type(type, cr.re, ci.re);
}

// A complex subclass instance holds its __dict__.
static void complex_trace(Object *o) {
    TypeObject *t = o->type;
    if (t->dictoffset >= sizeof(ComplexObject))
        mo_gc_mark(*(Value *)((char *)o + t->dictoffset));
}

// ----------------------------------------------------------------- methods

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("complex.conjugate", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    Cpx c = cval(self);
    return mo_complex_new(c.re, -c.im);
}

static Value m_complex(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("complex.__complex__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    if (mo_type(self) == &mo_complex_type)
        return self;
    Cpx c = cval(self);
    return mo_complex_new(c.re, c.im);
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__format__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value spec = args[0];
    if (!mo_is_str(spec))
        return mo_err_format(&mo_exc_TypeError, "__format__() argument must be str, not %s", mo_type_name(spec));
    if (mo_str_size(spec) == 0)
        return mo_str(self);
    FormatSpec fs;
    char msg[MO_FORMAT_ERRMSG_SIZE];
    int rc = mo_format_parse_spec(mo_str_data(spec), (size_t)mo_str_size(spec), 0, "complex", &fs, msg, sizeof msg);
    StrBuf b = STRBUF_INIT;
    if (rc == MO_FORMAT_OK)
        rc = format_complex(&b, cval(self), &fs, msg, sizeof msg);
    switch (rc) {
    case MO_FORMAT_OK: return mo_str_from_strbuf(&b);
    case MO_FORMAT_VALUE_ERROR: mo_strbuf_free(&b); return mo_err_format(&mo_exc_ValueError, "%s", msg);
    case MO_FORMAT_OVERFLOW_ERROR: mo_strbuf_free(&b); return mo_err_format(&mo_exc_OverflowError, "%s", msg);
    default: mo_strbuf_free(&b); return mo_err_no_memory();
    }
}

static Value m_pow(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__pow__", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    if (nargs == 2 && args[1] != MO_NONE)
        return mo_err_format(&mo_exc_ValueError, "complex modulo");
    return complex_binop(self, args[0], MO_OP_POW);
}

static Value m_rpow(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__rpow__", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    if (nargs == 2 && args[1] != MO_NONE)
        return mo_err_format(&mo_exc_ValueError, "complex modulo");
    return complex_binop(args[0], self, MO_OP_POW);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("complex.__getnewargs__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    Cpx c = cval(self);
    return mo_tuple_pack(2, mo_float(c.re), mo_float(c.im));
}

static const MethodDef complex_methods[] = {
    {"conjugate", m_conjugate, 0, NULL},
    {"__complex__", m_complex, 0, NULL},
    {"__format__", m_format, 0, NULL},
    {"__pow__", m_pow, 0, NULL},
    {"__rpow__", m_rpow, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value get_real(Value self) { return mo_float(cval(self).re); }
static Value get_imag(Value self) { return mo_float(cval(self).im); }

static const GetSetDef complex_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_complex_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "complex",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(ComplexObject),
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .truth = complex_truth,
    .binop = complex_binop,
    .unop = complex_unop,
    .new_ = complex_new,
    .trace = complex_trace,
    .methods = complex_methods,
    .getsets = complex_getsets,
};

void mo_complex_init(void) { mo_type_ready(&mo_complex_type); }
