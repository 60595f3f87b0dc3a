// src/objects/float.c — the `float` type.
//
// Owns float arithmetic (with floats and ints mixed), comparisons with ints
// (exact: 2**53 + 1 > 2.0**53), hashing, float(), and float's methods. A
// float is a raw double in the Value, so nothing on the arithmetic path
// allocates; an int operand is converted with correct rounding, raising
// OverflowError "int too large to convert to float" when it cannot be.
//
// Digits, parsing, rounding to n places, floor division/modulo and the hash
// are runtime/dtoa.c's; this file applies Python's error rules around them.
//
// Invariants: results are boxed with mo_float_raw when they come from
// arithmetic on boxed doubles (NaNs already canonical) and with mo_float
// when they come from the C library; instances of float subclasses are
// FloatSubObjects (float.h).
//
// Read next: int.c (the other half of mixed arithmetic), runtime/dtoa.h.
#include "objects/float.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/dtoa.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/gc.h"

// The double of a float or float-subclass instance.
static inline bool float_of(Value v, double *out) {
    if (mo_is_float(v)) {
        *out = mo_float_val(v);
        return true;
    }
    if (mo_is_ptr(v) && mo_ptr(v)->type != &mo_float_type && mo_isinstance_type(v, &mo_float_type)) {
        *out = ((FloatSubObject *)mo_ptr(v))->value;
        return true;
    }
    return false;
}

// An operand of mixed arithmetic: 1 if it is a float or an int (converted
// into *out), 0 if it is neither, -1 on OverflowError.
static int number_operand(Value v, double *out, bool convert) {
    if (float_of(v, out))
        return 1;
    if (mo_is_int(v)) {
        if (!convert)
            return 1;
        return mo_int_to_double(v, out) < 0 ? -1 : 1;
    }
    return 0;
}

// ------------------------------------------------------------------ power

static Value range_error(void) {
    Value args[2] = {mo_smallint(ERANGE), mo_str_from_cstr("Numerical result out of range")};
    if (args[1] == V_ERR)
        return V_ERR;
    Value e = mo_call(mo_obj(&mo_exc_OverflowError), args, 2, MO_NULL);
    if (e == V_ERR)
        return V_ERR;
    return mo_err_set(e);
}

static inline bool is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

Value mo_float_pow(double x, double y) {
    if (y == 0.0)
        return mo_float_raw(1.0);
    if (isnan(x))
        return mo_float(x);
    if (isnan(y))
        return mo_float(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return mo_float_raw(1.0);
        if ((y > 0.0) == (ax > 1.0))
            return mo_float_raw(INFINITY);
        return mo_float_raw(0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0.0)
            return mo_float_raw(odd ? x : fabs(x));
        return mo_float_raw(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0)
            return mo_err_format(&mo_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return mo_float_raw(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y))
            return mo_complex_pow(x, 0.0, y, 0.0);   // the result is complex
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0)
        return mo_float_raw(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r))
        return range_error();
    return mo_float(negate ? -r : r);
}

// ------------------------------------------------------------- arithmetic

static Value float_zero_division(const char *msg) {
    return mo_err_format(&mo_exc_ZeroDivisionError, "%s", msg);
}

Value mo_float_binop(Value a, Value b, int op) {
    double x, y;
    op &= ~MO_OP_INPLACE;
    if (mo_is_float(a) && mo_is_float(b)) {
        x = mo_float_val(a);
        y = mo_float_val(b);
    } else {
        // Both must be numbers before either is converted, so that
        // 10**400 + "a" is a TypeError, not an OverflowError.
        if (op >= MO_OP_LSHIFT)
            return MO_NOTIMPL;
        if (number_operand(a, &x, false) == 0 || number_operand(b, &y, false) == 0)
            return MO_NOTIMPL;
        if (number_operand(a, &x, true) < 0 || number_operand(b, &y, true) < 0)
            return V_ERR;
    }
    switch (op) {
    case MO_OP_ADD: return mo_float_raw(x + y);
    case MO_OP_SUB: return mo_float_raw(x - y);
    case MO_OP_MUL: return mo_float_raw(x * y);
    case MO_OP_TRUEDIV:
        if (y == 0.0)
            return float_zero_division("float division by zero");
        return mo_float_raw(x / y);
    case MO_OP_FLOORDIV:
        if (y == 0.0)
            return float_zero_division("float floor division by zero");
        return mo_float(mo_float_floordiv(x, y));
    case MO_OP_MOD:
        if (y == 0.0)
            return float_zero_division("float modulo");
        return mo_float(mo_float_mod(x, y));
    case MO_OP_POW: return mo_float_pow(x, y);
    default: return MO_NOTIMPL;
    }
}

Value mo_float_divmod_values(Value a, Value b) {
    double x, y;
    if (number_operand(a, &x, false) == 0 || number_operand(b, &y, false) == 0)
        return MO_NOTIMPL;
    if (number_operand(a, &x, true) < 0 || number_operand(b, &y, true) < 0)
        return V_ERR;
    if (y == 0.0)
        return float_zero_division("float divmod()");
    double q, r;
    mo_float_divmod(x, y, &q, &r);
    return mo_tuple_pack(2, mo_float(q), mo_float(r));
}

static Value float_unop(Value a, int op) {
    double x;
    if (!float_of(a, &x))
        return MO_NOTIMPL;
    switch (op) {
    case MO_UNOP_NEG: return mo_float_raw(-x);
    case MO_UNOP_POS: return mo_float_raw(x);
    case MO_UNOP_ABS: return mo_float_raw(fabs(x));
    default: return MO_NOTIMPL;
    }
}

// ------------------------------------------------------------- comparison

static Value cmp_result(int c, int op) {
    switch (op) {
    case MO_CMP_LT: return mo_bool(c < 0);
    case MO_CMP_LE: return mo_bool(c <= 0);
    case MO_CMP_EQ: return mo_bool(c == 0);
    case MO_CMP_NE: return mo_bool(c != 0);
    case MO_CMP_GT: return mo_bool(c > 0);
    default: return mo_bool(c >= 0);
    }
}

static Value float_richcompare(Value a, Value b, int op) {
    double x = 0.0, y = 0.0;
    bool fa = float_of(a, &x), fb = float_of(b, &y);
    if (fa && fb) {
        switch (op) {
        case MO_CMP_LT: return mo_bool(x < y);
        case MO_CMP_LE: return mo_bool(x <= y);
        case MO_CMP_EQ: return mo_bool(x == y);
        case MO_CMP_NE: return mo_bool(x != y);
        case MO_CMP_GT: return mo_bool(x > y);
        default: return mo_bool(x >= y);
        }
    }
    // A float and an int, compared exactly.
    if (fa && mo_is_int(b)) {
        if (isnan(x))
            return mo_bool(op == MO_CMP_NE);
        return cmp_result(-mo_int_cmp_double(b, x), op);
    }
    if (fb && mo_is_int(a)) {
        if (isnan(y))
            return mo_bool(op == MO_CMP_NE);
        return cmp_result(mo_int_cmp_double(a, y), op);
    }
    return MO_NOTIMPL;
}

static double self_double(Value self);

static int64_t float_hash(Value self) { return mo_hash_double(self_double(self)); }

static int float_truth(Value self) { return self_double(self) != 0.0; }

// --------------------------------------------------------------- text

Value mo_float_repr(Value v) {
    char buf[MO_DTOA_REPR_SIZE];
    size_t n = mo_dtoa_repr(self_double(v), buf);
    return mo_str_new(buf, n);
}

// float(text); `obj` is what the error message shows.
static Value float_from_text(const char *s, size_t n, Value obj) {
    StrBuf ascii;
    bool converted = mo_int_ascii_text(s, n, &ascii);
    double d;
    int rc;
    if (converted) {
        if (ascii.failed) {
            mo_strbuf_free(&ascii);
            return mo_err_no_memory();
        }
        rc = mo_dtoa_parse(ascii.data ? ascii.data : "", ascii.len, &d);
        mo_strbuf_free(&ascii);
    } else {
        rc = mo_dtoa_parse(s, n, &d);
    }
    if (rc < 0)
        return mo_err_format(&mo_exc_ValueError, "could not convert string to float: %R", obj);
    return mo_float(d);
}

Value mo_float_from_value(Value v) {
    double d;
    if (mo_is_float(v))
        return v;
    if (mo_is_smallint(v))
        return mo_float_raw((double)mo_smallint_val(v));
    if (mo_is_exact(v, &mo_int_type) || mo_is_bool(v)) {
        if (mo_int_to_double(v, &d) < 0)
            return V_ERR;
        return mo_float(d);
    }
    TypeObject *t = mo_type(v);
    if (mo_type_lookup(t, mo_str_intern_cstr("__float__")) != MO_NULL) {
        Value r = mo_call_method_cstr(v, "__float__", NULL, 0);
        if (r == V_ERR)
            return V_ERR;
        if (!float_of(r, &d))
            return mo_err_format(&mo_exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                                 mo_type_name(r));
        return mo_float(d);
    }
    if (t->index) {
        Value i = mo_number_index(v);
        if (i == V_ERR || mo_int_to_double(i, &d) < 0)
            return V_ERR;
        return mo_float(d);
    }
    if (float_of(v, &d))
        return mo_float(d);
    if (mo_is_str(v))
        return float_from_text(mo_str_data(v), (size_t)mo_str_size(v), v);
    if (mo_is_bytes(v))
        return float_from_text(mo_bytes_data(v), (size_t)mo_bytes_size(v), v);
    return mo_err_format(&mo_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                         t->name);
}

int mo_to_double(Value v, double *out) {
    if (float_of(v, out))
        return 0;
    if (mo_is_int(v))
        return mo_int_to_double(v, out);
    TypeObject *t = mo_type(v);
    if (t->index || mo_type_lookup(t, mo_str_intern_cstr("__float__")) != MO_NULL) {
        Value f = mo_float_from_value(v);
        if (f == V_ERR)
            return -1;
        *out = mo_float_val(f);
        return 0;
    }
    mo_err_format(&mo_exc_TypeError, "must be real number, not %s", t->name);
    return -1;
}

// ------------------------------------------------------------- rounding

// round(x) to an int, half to even.
static Value round_to_int(double x) {
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return mo_int_from_double(r);
}

Value mo_float_round(double x, Value ndigits) {
    if (ndigits == MO_NULL || ndigits == MO_NONE)
        return round_to_int(x);
    int64_t nd;
    if (mo_index_clamped(ndigits, &nd) < 0)
        return V_ERR;
    if (nd > INT32_MAX)
        nd = INT32_MAX;
    if (nd < INT32_MIN)
        nd = INT32_MIN;
    int overflow;
    double r = mo_dtoa_round(x, (int)nd, &overflow);
    if (overflow)
        return mo_err_format(&mo_exc_OverflowError, "rounded value too large to represent");
    return mo_float(r);
}

// ------------------------------------------------------------ hex / fromhex

static Value float_hex_str(double x) {
    if (isnan(x))
        return mo_str_from_cstr("nan");
    if (isinf(x))
        return mo_str_from_cstr(x > 0 ? "inf" : "-inf");
    if (x == 0.0)
        return mo_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    // |x| = m 2^e, m in [0.5, 1); shift so the leading hex digit is 1
    // (or 0 for subnormals, whose exponent stays at -1022).
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[32];
    int k = 0;
    static const char hex[] = "0123456789abcdef";
    digits[k++] = hex[(int)m];
    m -= (int)m;
    digits[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[k++] = hex[(int)m];
        m -= (int)m;
    }
    digits[k] = 0;
    return mo_str_format("%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

static Value invalid_hex(void) {
    return mo_err_format(&mo_exc_ValueError, "invalid hexadecimal floating-point string");
}

static int hexval(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool word_at(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != w[i])
            return false;
    }
    return true;
}

// float.fromhex(s): [ws] [sign] ("inf" | "infinity" | "nan" |
// ["0x"] hexdigits ["." hexdigits] ["p" [sign] decimal]) [ws], correctly
// rounded (half to even) including subnormals.
static Value float_fromhex_text(const char *s, size_t n) {
    const char *p = s, *end = s + n;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (word_at(p, end, "infinity") && end - p == 8)
        return mo_float_raw(neg ? -INFINITY : INFINITY);
    if (word_at(p, end, "inf") && end - p == 3)
        return mo_float_raw(neg ? -INFINITY : INFINITY);
    if (word_at(p, end, "nan") && end - p == 3)
        return MO_CANONICAL_NAN;
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        p += 2;
    // Mantissa: keep the first 60 significant bits in `mant`, remember
    // whether anything nonzero was dropped; `exp` counts the binary point.
    uint64_t mant = 0;
    int64_t exp = 0;
    bool sticky = false, any = false, point = false;
    int mbits = 0;
    for (; p < end; p++) {
        if (*p == '.') {
            if (point)
                return invalid_hex();
            point = true;
            continue;
        }
        int d = hexval(*p);
        if (d < 0)
            break;
        any = true;
        if (mbits <= 56) {
            mant = (mant << 4) | (uint64_t)d;
            if (mant)
                mbits = 64 - __builtin_clzll(mant);
            if (point)
                exp -= 4;
        } else {
            sticky |= d != 0;
            if (!point)
                exp += 4;
        }
    }
    if (!any)
        return invalid_hex();
    if (p < end && (*p == 'p' || *p == 'P')) {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p == '-';
            p++;
        }
        if (p >= end || *p < '0' || *p > '9')
            return invalid_hex();
        int64_t e = 0;
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            if (e < INT64_C(1) << 40)
                e = e * 10 + (*p - '0');
        exp += eneg ? -e : e;
    }
    if (p != end)
        return invalid_hex();
    if (mant == 0)
        return mo_float_raw(neg ? -0.0 : 0.0);
    // value = mant 2^exp (+ sticky). Normalise the top bit to bit 63.
    int lz = __builtin_clzll(mant);
    mant <<= lz;
    exp -= lz;
    // Now value = mant 2^exp with mant in [2^63, 2^64): its exponent in
    // frexp terms is exp + 64. Keep 53 bits, fewer for subnormals.
    int64_t fe = exp + 64;
    if (fe > DBL_MAX_EXP)
        goto overflow;
    int keep = 53;
    if (fe < DBL_MIN_EXP)
        keep = 53 - (int)(DBL_MIN_EXP - fe);
    if (keep < 0)
        return mo_float_raw(neg ? -0.0 : 0.0);     // below half the smallest subnormal
    int drop = 64 - keep;
    uint64_t kept = drop == 64 ? 0 : mant >> drop;
    uint64_t rest = drop == 64 ? mant : mant & ((UINT64_C(1) << drop) - 1);
    uint64_t half = UINT64_C(1) << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1))))
        kept++;
    double r = ldexp((double)kept, (int)(exp + drop));
    if (isinf(r))
        goto overflow;
    return mo_float(neg ? -r : r);
overflow:
    return mo_err_format(&mo_exc_OverflowError, "hexadecimal value too large to represent as a float");
}

// ------------------------------------------------------------ constructor

static Value float_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_no_kw("float", kwnames) < 0)
        return V_ERR;
    if (nargs > 1)
        return mo_err_format(&mo_exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    Value r = nargs == 0 ? mo_float_raw(0.0) : mo_float_from_value(args[0]);
    if (r == V_ERR || type == &mo_float_type)
        return r;
    FloatSubObject *o = mo_gc_alloc(type, type->basicsize);
    if (!o)
        return V_ERR;
    o->value = mo_float_val(r);
    return mo_obj(o);
}

// A float subclass instance holds its __dict__.
static void float_trace(Object *o) {
    TypeObject *t = o->type;
    if (t->dictoffset >= sizeof(FloatSubObject))
        mo_gc_mark(*(Value *)((char *)o + t->dictoffset));
}

// ----------------------------------------------------------------- methods

static double self_double(Value self) {
    double x = 0.0;
    float_of(self, &x);
    return x;
}

#define NOARGS(name)                                                   \
    if (mo_args_check(name, nargs, kwnames, 0, 0) < 0)                 \
        return V_ERR

static Value m_is_integer(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.is_integer");
    double x = self_double(self);
    return mo_bool(isfinite(x) && floor(x) == x);
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.as_integer_ratio");
    double x = self_double(self);
    if (isnan(x))
        return mo_err_format(&mo_exc_ValueError, "cannot convert NaN to integer ratio");
    if (isinf(x))
        return mo_err_format(&mo_exc_OverflowError, "cannot convert Infinity to integer ratio");
    int e;
    double m = frexp(x, &e);
    // Scale the mantissa to an integer (at most 300 doublings for
    // subnormals), adjusting the exponent.
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = mo_int_from_double(m);
    if (num == V_ERR)
        return V_ERR;
    Value den = mo_smallint(1);
    if (e > 0)
        num = mo_int_binop(num, mo_smallint(e), MO_OP_LSHIFT);
    else if (e < 0)
        den = mo_int_binop(mo_smallint(1), mo_smallint(-e), MO_OP_LSHIFT);
    if (num == V_ERR || den == V_ERR)
        return V_ERR;
    return mo_tuple_pack(2, num, den);
}

static Value m_hex(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.hex");
    return float_hex_str(self_double(self));
}

static Value m_fromhex(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("fromhex", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "fromhex() argument must be str, not %s", mo_type_name(args[0]));
    Value r = float_fromhex_text(mo_str_data(args[0]), (size_t)mo_str_size(args[0]));
    if (r == V_ERR || (TypeObject *)mo_ptr(cls) == &mo_float_type)
        return r;
    return mo_call1(cls, r);
}

static Value m_conjugate(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.conjugate");
    return mo_float_raw(self_double(self));
}

static Value m_trunc(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.__trunc__");
    return mo_int_from_double(self_double(self));
}

static Value m_floor(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.__floor__");
    return mo_int_from_double(floor(self_double(self)));
}

static Value m_ceil(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.__ceil__");
    return mo_int_from_double(ceil(self_double(self)));
}

static Value m_float(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.__float__");
    return mo_float_raw(self_double(self));
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__round__", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    return mo_float_round(self_double(self), nargs ? args[0] : MO_NULL);
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
    const char *tname = mo_type_name(self);
    int rc = mo_format_parse_spec(mo_str_data(spec), (size_t)mo_str_size(spec), 0, tname, &fs, msg, sizeof msg);
    StrBuf b = STRBUF_INIT;
    if (rc == MO_FORMAT_OK)
        rc = mo_format_float(&b, self_double(self), &fs, tname, msg, sizeof msg);
    switch (rc) {
    case MO_FORMAT_OK: return mo_str_from_strbuf(&b);
    case MO_FORMAT_VALUE_ERROR: mo_strbuf_free(&b); return mo_err_format(&mo_exc_ValueError, "%s", msg);
    case MO_FORMAT_OVERFLOW_ERROR: mo_strbuf_free(&b); return mo_err_format(&mo_exc_OverflowError, "%s", msg);
    default: mo_strbuf_free(&b); return mo_err_no_memory();
    }
}

static Value m_divmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__divmod__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_float_divmod_values(self, args[0]);
}

static Value m_rdivmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__rdivmod__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_float_divmod_values(args[0], self);
}

static Value m_pow(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__pow__", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    if (nargs == 2 && args[1] != MO_NONE)
        return mo_err_format(&mo_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return mo_float_binop(self, args[0], MO_OP_POW);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    NOARGS("float.__getnewargs__");
    return mo_tuple_pack(1, mo_float_raw(self_double(self)));
}

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0, NULL},
    {"as_integer_ratio", m_as_integer_ratio, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"fromhex", m_fromhex, MO_METH_CLASS, NULL},
    {"conjugate", m_conjugate, 0, NULL},
    {"__trunc__", m_trunc, 0, NULL},
    {"__int__", m_trunc, 0, NULL},
    {"__floor__", m_floor, 0, NULL},
    {"__ceil__", m_ceil, 0, NULL},
    {"__float__", m_float, 0, NULL},
    {"__round__", m_round, 0, NULL},
    {"__format__", m_format, 0, NULL},
    {"__divmod__", m_divmod, 0, NULL},
    {"__rdivmod__", m_rdivmod, 0, NULL},
    {"__pow__", m_pow, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value get_real(Value self) { return mo_float_raw(self_double(self)); }
static Value get_imag(Value self) { return mo_float_raw(0.0); }

static const GetSetDef float_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_float_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "float",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(FloatSubObject),
    .repr = mo_float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .truth = float_truth,
    .binop = mo_float_binop,
    .unop = float_unop,
    .new_ = float_new,
    .trace = float_trace,
    .methods = float_methods,
    .getsets = float_getsets,
};

// complex is readied here, with its sibling, so the runtime's start-up list
// needs no entry for it.
void mo_float_init(void) {
    mo_type_ready(&mo_float_type);
    mo_complex_init();
}
