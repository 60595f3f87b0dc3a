// src/objects/int.c — the `int` type: operators, conversions, parsing,
// printing, methods, and int().
//
// Owns everything Python code sees of ints. The arithmetic on magnitudes is
// bigint.c's; this file picks the fast path for small operands (int64_t
// arithmetic, no allocation unless the result leaves the small range),
// applies Python's rules (floor division, sign of the modulo, negative
// exponents giving floats, shifts, two's-complement bit operations) and
// raises CPython's exact errors.
//
// Invariants:
// - Every int result is canonical: a small int when it fits, otherwise an
//   exact BigIntObject (bigint.h). Operands may be small ints, big ints,
//   True/False, or instances of int subclasses (IntSubObject): all go
//   through mo_int_value() first.
// - The binop/richcompare slots return MO_NOTIMPL for non-int operands, so
//   float's slots handle mixed int/float arithmetic.
//
// Read next: bigint.c (algorithms), bool.c, float.c.
#include "objects/int.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bigint.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/gc.h"

int64_t mo_int_max_str_digits = MO_INT_DEFAULT_MAX_STR_DIGITS;

static const Value ZERO = MO_TAG_INT | 0;

// ------------------------------------------------------------ construction

Value mo_int_from_i64(int64_t i) {
    if (mo_smallint_fits(i))
        return mo_smallint(i);
    uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
    BigIntObject *r = mo_bigint_alloc(2);
    if (!r)
        return V_ERR;
    r->digits[0] = (Digit)m;
    r->digits[1] = (Digit)(m >> 32);
    return mo_bigint_finish(r, 2, i < 0);
}

Value mo_int_from_u64(uint64_t u) {
    if (u <= (uint64_t)MO_SMALLINT_MAX)
        return mo_smallint((int64_t)u);
    BigIntObject *r = mo_bigint_alloc(2);
    if (!r)
        return V_ERR;
    r->digits[0] = (Digit)u;
    r->digits[1] = (Digit)(u >> 32);
    return mo_bigint_finish(r, 2, false);
}

Value mo_int_from_double(double d) {
    if (isnan(d))
        return mo_err_format(&mo_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return mo_err_format(&mo_exc_OverflowError, "cannot convert float infinity to integer");
    return mo_bigint_from_double(d);
}

Value mo_int_add_overflow(int64_t a, int64_t b) { return mo_int_from_i64(a + b); }

Value mo_int_mul_overflow(int64_t a, int64_t b) {
    int64_t r;
    if (!__builtin_mul_overflow(a, b, &r))
        return mo_int_from_i64(r);
    return mo_bigint_mul(mo_int_from_i64(a), mo_int_from_i64(b));
}

Value mo_int_value(Value v) {
    if (mo_is_smallint(v))
        return v;
    if (mo_is_bool(v))
        return mo_smallint(v == MO_TRUE);
    if (mo_is_ptr(v)) {
        TypeObject *t = mo_ptr(v)->type;
        if (t == &mo_int_type)
            return v;
        if (t->flags & MO_TPFLAG_INT_SUBCLASS)
            return ((IntSubObject *)mo_ptr(v))->value;
    }
    return MO_NULL;
}

// ------------------------------------------------------------- conversions

int mo_int_to_i64(Value v, int64_t *out) {
    v = mo_int_value(v);
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return 0;
    }
    IntView x;
    mo_bigint_view(v, &x);
    if (x.n <= 2) {
        uint64_t m = x.d[0] | (uint64_t)x.d[1] << 32;
        if (!x.neg && m <= (uint64_t)INT64_MAX) {
            *out = (int64_t)m;
            return 0;
        }
        if (x.neg && m <= (uint64_t)INT64_MAX + 1) {
            *out = (int64_t)(0 - m);
            return 0;
        }
    }
    mo_err_format(&mo_exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

int mo_int_to_double(Value v, double *out) { return mo_bigint_to_double(mo_int_value(v), out); }

int mo_int_sign(Value v) { return mo_bigint_sign(mo_int_value(v)); }

uint64_t mo_int_bit_length(Value v) { return mo_bigint_bit_length(mo_int_value(v)); }

int mo_int_cmp(Value a, Value b) { return mo_bigint_cmp(mo_int_value(a), mo_int_value(b)); }

int mo_int_cmp_double(Value i, double d) { return mo_bigint_cmp_double(mo_int_value(i), d); }

int64_t mo_int_hash(Value v) { return mo_bigint_hash(mo_int_value(v)); }

Value mo_int_gcd(Value a, Value b) { return mo_bigint_gcd(mo_int_value(a), mo_int_value(b)); }

int mo_int_to_strbuf(Value v, int base, StrBuf *out) {
    v = mo_int_value(v);
    if (mo_is_smallint(v) && base == 10) {
        mo_strbuf_printf(out, "%lld", (long long)mo_smallint_val(v));
        return 0;
    }
    return mo_bigint_to_strbuf(v, base, base == 10 ? mo_int_max_str_digits : 0, out);
}

Value mo_int_to_str(Value v) {
    v = mo_int_value(v);
    if (mo_is_smallint(v)) {
        // Digits right to left into a local buffer: no printf on the hot
        // path of str(int).
        char buf[24], *p = buf + sizeof buf;
        int64_t i = mo_smallint_val(v);
        uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (i < 0)
            *--p = '-';
        return mo_str_new(p, (size_t)(buf + sizeof buf - p));
    }
    StrBuf b = STRBUF_INIT;
    if (mo_bigint_to_strbuf(v, 10, mo_int_max_str_digits, &b) < 0) {
        mo_strbuf_free(&b);
        return V_ERR;
    }
    return mo_str_from_strbuf(&b);
}

Value mo_int_to_base_str(Value v, int base) {
    v = mo_int_value(v);
    StrBuf b = STRBUF_INIT;
    bool neg = mo_bigint_sign(v) < 0;
    if (neg)
        mo_strbuf_putc(&b, '-');
    if (base != 10)
        mo_strbuf_puts(&b, base == 2 ? "0b" : base == 8 ? "0o" : "0x");
    Value a = neg ? mo_bigint_neg(v) : v;
    if (a == V_ERR || mo_int_to_strbuf(a, base, &b) < 0) {
        mo_strbuf_free(&b);
        return V_ERR;
    }
    return mo_str_from_strbuf(&b);
}

// ------------------------------------------------------------------ parsing

bool mo_int_ascii_text(const char *s, size_t n, StrBuf *out) {
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n)
        return false;
    *out = (StrBuf)STRBUF_INIT;
    int64_t pos = 0;
    while ((size_t)pos < n) {
        uint32_t cp = mo_utf8_decode(s, &pos);
        if (cp < 127) {
            mo_strbuf_putc(out, (char)cp);
        } else if (mo_unicode_isspace(cp)) {
            mo_strbuf_putc(out, ' ');
        } else {
            int d = mo_unicode_decimal(cp);
            if (d < 0) {
                mo_strbuf_putc(out, '?');
                break;
            }
            mo_strbuf_putc(out, (char)('0' + d));
        }
    }
    return true;
}

static inline bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static inline int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

enum { PARSE_OK, PARSE_INVALID, PARSE_LIMIT, PARSE_ERROR };

// Parses ASCII text as int() does. On PARSE_OK sets *out; PARSE_INVALID:
// not an int literal in that base (*base_out is the base to name in the
// message); PARSE_LIMIT: too many digits (*ndigits_out set); PARSE_ERROR:
// an exception is set.
static int parse_int(const char *s, size_t n, int base, Value *out, int *base_out, size_t *ndigits_out) {
    const char *p = s, *end = s + n;
    *base_out = base;
    while (p < end && ascii_space(*p))
        p++;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool zeros_only = false;    // base 0 and a leading 0: "0", "00", "0_0" only
    if (base == 0) {
        if (p < end && *p == '0' && p + 1 < end) {
            char c = p[1];
            base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : (c == 'b' || c == 'B') ? 2 : 10;
            if (base == 10)
                zeros_only = true;
        } else {
            base = 10;
        }
    }
    if (p + 1 < end && p[0] == '0') {
        char c = p[1];
        if ((base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O')) ||
            (base == 2 && (c == 'b' || c == 'B'))) {
            p += 2;
            // One underscore may follow the prefix.
            if (p < end && *p == '_')
                p++;
        }
    }
    if (p >= end || *p == '_')
        return PARSE_INVALID;
    // Scan the digits, with single underscores between them.
    const char *start = p;
    size_t ndigits = 0;
    char prev = 0;
    while (p < end && (digit_value(*p) < base || *p == '_')) {
        if (*p == '_') {
            if (prev == '_')
                return PARSE_INVALID;
        } else {
            ndigits++;
        }
        prev = *p++;
    }
    if (prev == '_' || ndigits == 0)
        return PARSE_INVALID;
    const char *digits_end = p;
    // CPython checks the limit before looking at what follows the digits.
    if ((base & (base - 1)) != 0 && mo_int_max_str_digits > 0 && (int64_t)ndigits > mo_int_max_str_digits) {
        *ndigits_out = ndigits;
        return PARSE_LIMIT;
    }
    while (p < end && ascii_space(*p))
        p++;
    if (p != end)
        return PARSE_INVALID;
    // Digit values without underscores.
    uint8_t local[64] = {0};
    uint8_t *dv = ndigits <= sizeof local ? local : mo_mem_alloc(ndigits);
    if (!dv)
        return PARSE_ERROR;
    size_t k = 0;
    bool nonzero = false;
    for (const char *q = start; q < digits_end; q++) {
        if (*q == '_')
            continue;
        dv[k] = (uint8_t)digit_value(*q);
        nonzero |= dv[k] != 0;
        k++;
    }
    if (zeros_only && nonzero) {
        if (dv != local)
            mo_mem_free(dv, ndigits);
        *base_out = 0;
        return PARSE_INVALID;
    }
    Value r = mo_bigint_from_digits(dv, k, base, neg);
    if (dv != local)
        mo_mem_free(dv, ndigits);
    if (r == V_ERR)
        return PARSE_ERROR;
    *out = r;
    return PARSE_OK;
}

static Value limit_error_from_str(size_t ndigits) {
    return mo_err_format(&mo_exc_ValueError,
                         "Exceeds the limit (%lld digits) for integer string conversion: "
                         "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                         (long long)mo_int_max_str_digits, ndigits);
}

// "invalid literal for int() with base 10: 'x'" with the repr of `obj`
// cut to 200 code points, as CPython's %.200R.
static Value invalid_literal(int base, Value obj) {
    Value r = mo_repr(obj);
    if (r == V_ERR)
        return V_ERR;
    const char *s = mo_str_data(r);
    int64_t size = mo_str_size(r), pos = 0, count = 0;
    while (pos < size && count < 200) {
        mo_utf8_decode(s, &pos);
        count++;
    }
    return mo_err_format(&mo_exc_ValueError, "invalid literal for int() with base %d: %.*s", base, (int)pos, s);
}

// int(text, base) where `obj` (a str or bytes) is what error messages show.
static Value int_from_text(const char *s, size_t n, int base, Value obj) {
    const char *orig = s;
    size_t orig_n = n;
    StrBuf ascii;
    bool converted = mo_int_ascii_text(s, n, &ascii);
    if (converted) {
        if (ascii.failed) {
            mo_strbuf_free(&ascii);
            return mo_err_no_memory();
        }
        s = ascii.data ? ascii.data : "";
        n = ascii.len;
    }
    Value r = V_ERR;
    int base_out;
    size_t nd = 0;
    int rc = parse_int(s, n, base, &r, &base_out, &nd);
    if (converted)
        mo_strbuf_free(&ascii);
    switch (rc) {
    case PARSE_OK: return r;
    case PARSE_LIMIT: return limit_error_from_str(nd);
    case PARSE_INVALID:
        if (obj == MO_NULL) {
            obj = mo_str_new(orig, orig_n);
            if (obj == V_ERR)
                return V_ERR;
        }
        return invalid_literal(base_out, obj);
    default: return V_ERR;
    }
}

Value mo_int_from_str(const char *s, size_t n, int base) {
    if (base != 0 && (base < 2 || base > 36))
        return mo_err_format(&mo_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return int_from_text(s, n, base, MO_NULL);
}

Value mo_int_from_literal(const char *s, size_t n) {
    // The tokenizer has validated the literal; base 0 gives its prefix.
    Value r = V_ERR;
    int base_out;
    size_t nd = 0;
    switch (parse_int(s, n, 0, &r, &base_out, &nd)) {
    case PARSE_OK: return r;
    case PARSE_LIMIT: return limit_error_from_str(nd);
    case PARSE_INVALID: return mo_err_format(&mo_exc_ValueError, "invalid int literal");
    default: return V_ERR;
    }
}

// ---------------------------------------------------------------- operators

static Value zero_division(const char *msg) { return mo_err_format(&mo_exc_ZeroDivisionError, "%s", msg); }

// a ** e for e >= 0, by squaring in int64_t until it overflows.
static Value pow_small(int64_t a, int64_t e) {
    int64_t r = 1, b = a, k = e;
    for (;;) {
        if (k & 1) {
            if (__builtin_mul_overflow(r, b, &r))
                goto big;
        }
        k >>= 1;
        if (!k)
            break;
        if (__builtin_mul_overflow(b, b, &b))
            goto big;
    }
    return mo_int_from_i64(r);
big:
    return mo_bigint_pow(mo_smallint(a), (uint64_t)e);
}

static Value int_pow(Value a, Value b) {
    if (mo_bigint_sign(b) < 0) {
        // A negative exponent makes a float, with float's rules.
        double x, y;
        if (mo_bigint_to_double(a, &x) < 0 || mo_bigint_to_double(b, &y) < 0)
            return V_ERR;
        return mo_float_pow(x, y);
    }
    if (mo_both_smallint(a, b))
        return pow_small(mo_smallint_val(a), mo_smallint_val(b));
    if (!mo_is_smallint(b)) {
        // A huge exponent: only 0, 1 and -1 have storable powers.
        if (a == ZERO || a == mo_smallint(1))
            return a;
        if (a == mo_smallint(-1))
            return (mo_bigint_obj(b)->digits[0] & 1) ? a : mo_smallint(1);
        return mo_err_no_memory();
    }
    return mo_bigint_pow(a, (uint64_t)mo_smallint_val(b));
}

static Value int_shift(Value a, Value b, bool left) {
    if (mo_bigint_sign(b) < 0)
        return mo_err_format(&mo_exc_ValueError, "negative shift count");
    if (a == ZERO)
        return ZERO;
    if (!mo_is_smallint(b)) {
        if (!left)
            return mo_bigint_sign(a) < 0 ? mo_smallint(-1) : ZERO;
        // CPython splits the count into 30-bit words first: a word count
        // beyond 64 bits is an OverflowError, anything else MemoryError.
        Value words;
        if (mo_bigint_divmod(b, mo_smallint(30), &words, NULL) < 0)
            return V_ERR;
        if (mo_bigint_bit_length(words) > 63)
            return mo_err_format(&mo_exc_OverflowError, "too many digits in integer");
        return mo_err_no_memory();
    }
    int64_t n = mo_smallint_val(b);
    if (mo_is_smallint(a)) {
        int64_t x = mo_smallint_val(a);
        if (!left)
            return mo_smallint(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
        if (n <= 16)
            return mo_int_from_i64((int64_t)((uint64_t)x << n));
    }
    return left ? mo_bigint_lshift(a, (uint64_t)n) : mo_bigint_rshift(a, (uint64_t)n);
}

// Both operands canonical ints.
static Value int_arith(Value a, Value b, int op) {
    switch (op) {
    case MO_OP_ADD: return mo_bigint_add(a, b);
    case MO_OP_SUB: return mo_bigint_sub(a, b);
    case MO_OP_MUL: return mo_bigint_mul(a, b);
    case MO_OP_TRUEDIV: {
        if (b == ZERO)
            return zero_division("division by zero");
        double r;
        if (mo_bigint_truediv(a, b, &r) < 0)
            return V_ERR;
        return mo_float(r);
    }
    case MO_OP_FLOORDIV: {
        if (b == ZERO)
            return zero_division("integer division or modulo by zero");
        Value q;
        return mo_bigint_divmod(a, b, &q, NULL) < 0 ? V_ERR : q;
    }
    case MO_OP_MOD: {
        if (b == ZERO)
            return zero_division("integer modulo by zero");
        Value r;
        return mo_bigint_divmod(a, b, NULL, &r) < 0 ? V_ERR : r;
    }
    case MO_OP_POW: return int_pow(a, b);
    case MO_OP_LSHIFT: return int_shift(a, b, true);
    case MO_OP_RSHIFT: return int_shift(a, b, false);
    case MO_OP_AND:
    case MO_OP_OR:
    case MO_OP_XOR:
        if (mo_both_smallint(a, b)) {
            int64_t x = mo_smallint_val(a), y = mo_smallint_val(b);
            return mo_smallint(op == MO_OP_AND ? x & y : op == MO_OP_OR ? x | y : x ^ y);
        }
        return mo_bigint_bitop(a, b, op);
    default: return MO_NOTIMPL;
    }
}

Value mo_int_binop(Value a, Value b, int op) {
    op &= ~MO_OP_INPLACE;
    if (mo_both_smallint(a, b)) {
        int64_t x = mo_smallint_val(a), y = mo_smallint_val(b), r;
        switch (op) {
        case MO_OP_ADD: return mo_int_from_i64(x + y);
        case MO_OP_SUB: return mo_int_from_i64(x - y);
        case MO_OP_MUL:
            if (!__builtin_mul_overflow(x, y, &r))
                return mo_int_from_i64(r);
            return mo_int_mul_overflow(x, y);
        case MO_OP_TRUEDIV:
            // Both are exact doubles (|x|, |y| < 2^47): one rounding.
            if (y == 0)
                return zero_division("division by zero");
            return mo_float_raw((double)x / (double)y);
        case MO_OP_FLOORDIV:
            if (y == 0)
                return zero_division("integer division or modulo by zero");
            r = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0)))
                r--;
            return mo_int_from_i64(r);
        case MO_OP_MOD:
            if (y == 0)
                return zero_division("integer modulo by zero");
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0)))
                r += y;
            return mo_smallint(r);
        default: break;
        }
        return int_arith(a, b, op);
    }
    Value x = mo_int_value(a), y = mo_int_value(b);
    if (x == MO_NULL || y == MO_NULL)
        return MO_NOTIMPL;
    return int_arith(x, y, op);
}

Value mo_int_unop(Value a, int op) {
    Value x = mo_int_value(a);
    if (x == MO_NULL)
        return MO_NOTIMPL;
    switch (op) {
    case MO_UNOP_NEG: return mo_bigint_neg(x);
    case MO_UNOP_POS: return x;
    case MO_UNOP_INVERT: return mo_bigint_invert(x);
    case MO_UNOP_ABS: return mo_bigint_abs(x);
    default: return MO_NOTIMPL;
    }
}

Value mo_int_divmod(Value a, Value b) {
    Value x = mo_int_value(a), y = mo_int_value(b);
    if (x == MO_NULL || y == MO_NULL)
        return MO_NOTIMPL;
    if (y == ZERO)
        return zero_division("integer division or modulo by zero");
    Value q, r;
    if (mo_bigint_divmod(x, y, &q, &r) < 0)
        return V_ERR;
    return mo_tuple_pack(2, q, r);
}

// The inverse of a modulo m (m > 0), or ValueError.
static Value mod_inverse(Value a, Value m) {
    // Extended Euclid on (a mod m, m), keeping only a's coefficient.
    Value r0, r1 = m, s0 = mo_smallint(1), s1 = ZERO;
    if (mo_bigint_divmod(a, m, NULL, &r0) < 0)
        return V_ERR;
    while (r1 != ZERO) {
        Value q, r;
        if (mo_bigint_divmod(r0, r1, &q, &r) < 0)
            return V_ERR;
        Value qs = mo_bigint_mul(q, s1);
        if (qs == V_ERR)
            return V_ERR;
        Value s = mo_bigint_sub(s0, qs);
        if (s == V_ERR)
            return V_ERR;
        r0 = r1;
        r1 = r;
        s0 = s1;
        s1 = s;
    }
    if (r0 != mo_smallint(1))
        return mo_err_format(&mo_exc_ValueError, "base is not invertible for the given modulus");
    Value inv;
    if (mo_bigint_divmod(s0, m, NULL, &inv) < 0)
        return V_ERR;
    return inv;
}

Value mo_int_pow_mod(Value base, Value exp, Value mod) {
    Value a = mo_int_value(base), e = mo_int_value(exp), m = mo_int_value(mod);
    if (a == MO_NULL || e == MO_NULL || m == MO_NULL)
        return MO_NOTIMPL;
    if (m == ZERO)
        return mo_err_format(&mo_exc_ValueError, "pow() 3rd argument cannot be 0");
    bool mneg = mo_bigint_sign(m) < 0;
    Value am = mneg ? mo_bigint_neg(m) : m;
    if (am == V_ERR)
        return V_ERR;
    if (mo_bigint_sign(e) < 0) {
        a = mod_inverse(a, am);
        if (a == V_ERR)
            return V_ERR;
        e = mo_bigint_neg(e);
        if (e == V_ERR)
            return V_ERR;
    }
    Value r = mo_bigint_powmod(a, e, am);
    if (r == V_ERR || !mneg || r == ZERO)
        return r;
    // A negative modulus gives a result in (m, 0].
    return mo_bigint_add(r, m);
}

Value mo_int_round(Value v, Value ndigits) {
    Value x = mo_int_value(v);
    if (ndigits == MO_NULL || ndigits == MO_NONE)
        return x;
    Value nd = mo_number_index(ndigits);
    if (nd == V_ERR)
        return V_ERR;
    nd = mo_int_value(nd);
    if (mo_bigint_sign(nd) >= 0)
        return x;
    // Round to a multiple of p = 10^-ndigits, half to even.
    uint64_t bits = mo_bigint_bit_length(x);
    if (!mo_is_smallint(nd) || (double)-mo_smallint_val(nd) > (double)bits * 0.30103 + 1)
        return ZERO;    // |x| < p / 2
    Value p = mo_bigint_pow(mo_smallint(10), (uint64_t)-mo_smallint_val(nd));
    if (p == V_ERR)
        return V_ERR;
    Value q, r;
    if (mo_bigint_divmod(x, p, &q, &r) < 0)
        return V_ERR;
    Value twice = mo_bigint_lshift(r, 1);
    if (twice == V_ERR)
        return V_ERR;
    int c = mo_bigint_cmp(twice, p);
    bool q_odd = mo_is_smallint(q) ? (mo_smallint_val(q) & 1) : (mo_bigint_obj(q)->digits[0] & 1);
    if (c > 0 || (c == 0 && q_odd)) {
        q = mo_bigint_add(q, mo_smallint(1));
        if (q == V_ERR)
            return V_ERR;
    }
    return mo_bigint_mul(q, p);
}

// ------------------------------------------------------------------- format

Value mo_int_format(Value v, Value spec) {
    const char *sp = mo_str_data(spec);
    size_t n = (size_t)mo_str_size(spec);
    if (n == 0)
        return mo_str(v);
    const char *tname = mo_type_name(v);
    Value x = mo_int_value(v);
    FormatSpec fs;
    char msg[MO_FORMAT_ERRMSG_SIZE];
    int rc = mo_format_parse_spec(sp, n, 'd', tname, &fs, msg, sizeof msg);
    StrBuf b = STRBUF_INIT;
    if (rc == MO_FORMAT_OK) {
        int base = mo_format_int_base(&fs);
        if (mo_is_smallint(x)) {
            rc = mo_format_int64(&b, mo_smallint_val(x), &fs, tname, msg, sizeof msg);
        } else if (base == 0) {
            double d;
            if (mo_bigint_to_double(x, &d) < 0)
                return V_ERR;
            rc = mo_format_float(&b, d, &fs, tname, msg, sizeof msg);
        } else {
            StrBuf digits = STRBUF_INIT;
            Value m = mo_bigint_abs(x);
            if (m == V_ERR || mo_int_to_strbuf(m, base > 0 ? base : 10, &digits) < 0) {
                mo_strbuf_free(&digits);
                return V_ERR;
            }
            rc = mo_format_int_digits(&b, mo_bigint_sign(x) < 0, digits.data, digits.len, &fs, tname, msg,
                                      sizeof msg);
            mo_strbuf_free(&digits);
        }
    }
    switch (rc) {
    case MO_FORMAT_OK: return mo_str_from_strbuf(&b);
    case MO_FORMAT_VALUE_ERROR: mo_strbuf_free(&b); return mo_err_format(&mo_exc_ValueError, "%s", msg);
    case MO_FORMAT_OVERFLOW_ERROR: mo_strbuf_free(&b); return mo_err_format(&mo_exc_OverflowError, "%s", msg);
    default: mo_strbuf_free(&b); return mo_err_no_memory();
    }
}

// ------------------------------------------------------------------- slots

static Value int_repr(Value self) { return mo_int_to_str(self); }

static int64_t int_hash_slot(Value self) { return mo_int_hash(self); }

static Value int_richcompare(Value a, Value b, int op) {
    Value x = mo_int_value(a), y = mo_int_value(b);
    if (x == MO_NULL || y == MO_NULL)
        return MO_NOTIMPL;
    int c = mo_bigint_cmp(x, y);
    switch (op) {
    case MO_CMP_LT: return mo_bool(c < 0);
    case MO_CMP_LE: return mo_bool(c <= 0);
    case MO_CMP_EQ: return mo_bool(c == 0);
    case MO_CMP_NE: return mo_bool(c != 0);
    case MO_CMP_GT: return mo_bool(c > 0);
    default: return mo_bool(c >= 0);
    }
}

static int int_truth(Value self) { return mo_int_value(self) != ZERO; }

static Value int_index(Value self) { return mo_int_value(self); }

// Exact big ints hold no references; a subclass instance holds its value
// and its __dict__.
static void int_trace(Object *o) {
    TypeObject *t = o->type;
    if (t == &mo_int_type)
        return;
    mo_gc_mark(((IntSubObject *)o)->value);
    if (t->dictoffset >= sizeof(IntSubObject))
        mo_gc_mark(*(Value *)((char *)o + t->dictoffset));
}

// int(x): the int value of any object, CPython's PyNumber_Long.
static Value int_of_object(Value x) {
    if (mo_is_int(x))
        return mo_int_value(x);
    if (mo_is_float(x))
        return mo_int_from_double(mo_float_val(x));
    TypeObject *t = mo_type(x);
    if (mo_isinstance_type(x, &mo_float_type)) {
        double d;
        if (mo_to_double(x, &d) < 0)
            return V_ERR;
        return mo_int_from_double(d);
    }
    Value f = mo_type_lookup(t, mo_str_intern_cstr("__int__"));
    if (f != MO_NULL) {
        Value r = mo_call_method_cstr(x, "__int__", NULL, 0);
        if (r == V_ERR)
            return V_ERR;
        if (!mo_is_int(r))
            return mo_err_format(&mo_exc_TypeError, "__int__ returned non-int (type %s)", mo_type_name(r));
        return mo_int_value(r);
    }
    if (t->index) {
        Value r = mo_number_index(x);
        return r == V_ERR ? V_ERR : mo_int_value(r);
    }
    f = mo_type_lookup(t, mo_str_intern_cstr("__trunc__"));
    if (f != MO_NULL) {
        Value r = mo_call_method_cstr(x, "__trunc__", NULL, 0);
        if (r == V_ERR)
            return V_ERR;
        if (mo_is_int(r))
            return mo_int_value(r);
        if (!mo_type(r)->index)
            return mo_err_format(&mo_exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                                 mo_type_name(r));
        r = mo_number_index(r);
        return r == V_ERR ? V_ERR : mo_int_value(r);
    }
    if (mo_is_str(x))
        return int_from_text(mo_str_data(x), (size_t)mo_str_size(x), 10, x);
    if (mo_is_bytes(x))
        return int_from_text(mo_bytes_data(x), (size_t)mo_bytes_size(x), 10, x);
    return mo_err_format(&mo_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         t->name);
}

static Value int_new_exact(const Value *args, size_t nargs, Value kwnames) {
    size_t nkw = mo_args_nkw(kwnames);
    if (nargs + nkw > 2)
        return mo_err_format(&mo_exc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
    Value x = nargs > 0 ? args[0] : MO_NULL, base = nargs > 1 ? args[1] : MO_NULL;
    for (size_t k = 0; k < nkw; k++) {
        Value key = mo_tuple_items(kwnames)[k];
        if (!mo_str_eq_cstr(key, "base"))
            return mo_err_format(&mo_exc_TypeError, "'%U' is an invalid keyword argument for int()", key);
        if (base != MO_NULL)
            return mo_err_format(&mo_exc_TypeError, "argument for int() given by name ('base') and position (2)");
        base = args[nargs + k];
    }
    if (x == MO_NULL) {
        if (base != MO_NULL)
            return mo_err_format(&mo_exc_TypeError, "int() missing string argument");
        return ZERO;
    }
    if (base == MO_NULL)
        return int_of_object(x);
    int64_t b;
    if (mo_index_i64(base, &b) < 0) {
        if (!mo_err_matches(&mo_exc_IndexError))
            return V_ERR;
        mo_err_clear();
        b = -1;
    }
    if (b != 0 && (b < 2 || b > 36))
        return mo_err_format(&mo_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (mo_is_str(x))
        return int_from_text(mo_str_data(x), (size_t)mo_str_size(x), (int)b, x);
    if (mo_is_bytes(x))
        return int_from_text(mo_bytes_data(x), (size_t)mo_bytes_size(x), (int)b, x);
    return mo_err_format(&mo_exc_TypeError, "int() can't convert non-string with explicit base");
}

static Value int_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (type == &mo_bool_type)
        return mo_err_format(&mo_exc_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
    Value r = int_new_exact(args, nargs, kwnames);
    if (r == V_ERR || type == &mo_int_type)
        return r;
    IntSubObject *o = mo_gc_alloc(type, type->basicsize);
    if (!o)
        return V_ERR;
    o->value = r;
    return mo_obj(o);
}

// ----------------------------------------------------------------- methods

static Value int_self(Value self) { return mo_int_value(self); }

static Value m_bit_length(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("int.bit_length", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_int_from_u64(mo_int_bit_length(self));
}

static Value m_bit_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("int.bit_count", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_int_from_u64(mo_bigint_bit_count(mo_int_value(self)));
}

// Methods that return the int itself as an exact int.
static Value m_identity(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("int.conjugate", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return int_self(self);
}

static Value m_float(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("int.__float__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    double d;
    if (mo_int_to_double(self, &d) < 0)
        return V_ERR;
    return mo_float(d);
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("int.as_integer_ratio", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_tuple_pack(2, int_self(self), mo_smallint(1));
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__round__", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    if (nargs == 0)
        return int_self(self);
    Value nd = mo_number_index(args[0]);
    if (nd == V_ERR)
        return V_ERR;
    return mo_int_round(self, nd);
}

static Value m_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__format__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "__format__() argument must be str, not %s", mo_type_name(args[0]));
    return mo_int_format(self, args[0]);
}

static Value m_divmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__divmod__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_int_divmod(self, args[0]);
}

static Value m_rdivmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__rdivmod__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_int_divmod(args[0], self);
}

static Value m_pow(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__pow__", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    if (nargs == 2 && args[1] != MO_NONE)
        return mo_int_pow_mod(self, args[0], args[1]);
    return mo_int_binop(self, args[0], MO_OP_POW);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("int.__getnewargs__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_tuple_pack(1, int_self(self));
}

static Value m_sizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("int.__sizeof__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    uint64_t digits = (mo_int_bit_length(self) + 31) / 32;
    return mo_int_from_u64(sizeof(BigIntObject) + 4 * (digits ? digits : 1));
}

// "little" / "big" -> true for little.
static int byteorder_arg(Value v, bool *little) {
    if (v == MO_NULL) {
        *little = false;
        return 0;
    }
    if (!mo_is_str(v)) {
        mo_err_format(&mo_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", mo_type_name(v));
        return -1;
    }
    if (mo_str_eq_cstr(v, "little")) {
        *little = true;
        return 0;
    }
    if (mo_str_eq_cstr(v, "big")) {
        *little = false;
        return 0;
    }
    mo_err_format(&mo_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static Value m_to_bytes(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (mo_args_bind("to_bytes", args, nargs, kwnames, names, 3, 2, 0, a) < 0)
        return V_ERR;
    int64_t length = 1;
    if (a[0] != MO_NULL && mo_index_i64(a[0], &length) < 0)
        return V_ERR;
    if (length < 0)
        return mo_err_format(&mo_exc_ValueError, "length argument must be non-negative");
    bool little;
    if (byteorder_arg(a[1], &little) < 0)
        return V_ERR;
    int is_signed = 0;
    if (a[2] != MO_NULL && (is_signed = mo_truth(a[2])) < 0)
        return V_ERR;
    uint8_t local[64];
    uint8_t *buf = (size_t)length <= sizeof local ? local : mo_mem_alloc((size_t)length);
    if (!buf)
        return V_ERR;
    Value r = V_ERR;
    if (mo_bigint_to_bytes(mo_int_value(self), buf, (size_t)length, is_signed) == 0) {
        if (!little) {
            for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
                uint8_t t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
            }
        }
        r = mo_bytes_new((const char *)buf, (size_t)length);
    }
    if (buf != local)
        mo_mem_free(buf, (size_t)length);
    return r;
}

static Value m_from_bytes(Value cls, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (mo_args_bind("from_bytes", args, nargs, kwnames, names, 3, 2, 1, a) < 0)
        return V_ERR;
    bool little;
    if (byteorder_arg(a[1], &little) < 0)
        return V_ERR;
    int is_signed = 0;
    if (a[2] != MO_NULL && (is_signed = mo_truth(a[2])) < 0)
        return V_ERR;
    Value bytes = a[0];
    if (!mo_is_bytes(bytes)) {
        if (mo_is_str(bytes) || !mo_type(bytes)->iter)
            return mo_err_format(&mo_exc_TypeError, "cannot convert '%s' object to bytes", mo_type_name(bytes));
        bytes = mo_bytes_from_iterable(bytes);
        if (bytes == V_ERR)
            return V_ERR;
    }
    size_t n = (size_t)mo_bytes_size(bytes);
    const uint8_t *src = (const uint8_t *)mo_bytes_data(bytes);
    uint8_t local[64];
    uint8_t *buf = n <= sizeof local ? local : mo_mem_alloc(n);
    if (!buf)
        return V_ERR;
    for (size_t i = 0; i < n; i++)
        buf[i] = little ? src[i] : src[n - 1 - i];
    Value r = mo_bigint_from_bytes(buf, n, is_signed);
    if (buf != local)
        mo_mem_free(buf, n);
    if (r == V_ERR || (TypeObject *)mo_ptr(cls) == &mo_int_type)
        return r;
    return mo_call1(cls, r);
}

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0, NULL},
    {"bit_count", m_bit_count, 0, NULL},
    {"to_bytes", m_to_bytes, 0, NULL},
    {"from_bytes", m_from_bytes, MO_METH_CLASS, NULL},
    {"conjugate", m_identity, 0, NULL},
    {"as_integer_ratio", m_as_integer_ratio, 0, NULL},
    {"__trunc__", m_identity, 0, NULL},
    {"__floor__", m_identity, 0, NULL},
    {"__ceil__", m_identity, 0, NULL},
    {"__int__", m_identity, 0, NULL},
    {"__float__", m_float, 0, NULL},
    {"__round__", m_round, 0, NULL},
    {"__format__", m_format, 0, NULL},
    {"__divmod__", m_divmod, 0, NULL},
    {"__rdivmod__", m_rdivmod, 0, NULL},
    {"__pow__", m_pow, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value get_self(Value self) { return int_self(self); }
static Value get_zero(Value self) { return ZERO; }
static Value get_one(Value self) { return mo_smallint(1); }

static const GetSetDef int_getsets[] = {
    {"real", get_self, NULL},
    {"imag", get_zero, NULL},
    {"numerator", get_self, NULL},
    {"denominator", get_one, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_int_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "int",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_INT_SUBCLASS,
    // Subclass instances are IntSubObjects; exact ints are variable-size
    // BigIntObjects allocated by bigint.c.
    .basicsize = sizeof(IntSubObject),
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .truth = int_truth,
    .binop = mo_int_binop,
    .unop = mo_int_unop,
    .index = int_index,
    .new_ = int_new,
    .trace = int_trace,
    .methods = int_methods,
    .getsets = int_getsets,
};

void mo_int_init(void) {
    mo_type_ready(&mo_int_type);
    mo_bool_init();
}
