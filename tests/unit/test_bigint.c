// tests/unit/test_bigint.c — the int arithmetic core against CPython.
//
// Tables in bigint_cases.inc (written by tests/unit/gen/gen_bigint_cases.py
// from python3) hold the hash() of CPython's results for every operation on
// operands chosen to hit the seams: 0 and ±1, the small-int edges ±2^47,
// 2^32/2^63/2^64 boundaries, numbers of all-ones and all-zeros digits, and
// random numbers from 70 to 9000 bits (Karatsuba and lopsided products,
// multi-digit algorithm D). Randomized identity checks then cover sizes the
// tables do not: q*b + r == a, (a*b)//b == a, squaring against general
// products. Every result is also checked to be canonical (a small int
// whenever it fits). Ends with a timing sanity check: 3**100000 and its
// 47,713 decimal digits.
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "objects/abstract.h"
#include "objects/bigint.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/error.h"
#include "vm/runtime.h"

#include "bigint_cases.inc"

// TODO: remove once the C stack limit lives in the library (it is in
// src/cli/main.c today, which unit tests do not link); weak, so it yields to
// the real definition.
__attribute__((weak)) char *mo_c_stack_limit;

static int passed, failed;

#define CHECK(cond, ...)                                   \
    do {                                                   \
        if (cond) {                                        \
            passed++;                                      \
        } else {                                           \
            failed++;                                      \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);    \
            printf(__VA_ARGS__);                           \
            printf("\n");                                  \
        }                                                  \
    } while (0)

#define NCASES(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t rng_state = 0x1234567;

static uint64_t rnd(void) {
    rng_state += 0x9E3779B97F4A7C15ull;
    uint64_t z = rng_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static Value parse(const char *s, int base) {
    Value v = mo_int_from_str(s, strlen(s), base);
    if (v == V_ERR) {
        printf("cannot parse %.40s\n", s);
        exit(2);
    }
    return v;
}

static int canonical_failures;

// A small int whenever the value fits; a heap int is an exact int.
static void check_canonical(Value r, const char *what) {
    if (!mo_is_ptr(r))
        return;
    if (mo_ptr(r)->type != &mo_int_type) {
        canonical_failures++;
        printf("FAIL %s: result of type %s\n", what, mo_type_name(r));
        return;
    }
    int64_t i;
    if (mo_int_to_i64(r, &i) == 0 && mo_smallint_fits(i)) {
        canonical_failures++;
        printf("FAIL %s: big int holding the small value %" PRId64 "\n", what, i);
    } else {
        mo_err_clear();
    }
}

// The hash of a result, or ERR when the operation raised.
static int64_t hash_of(Value r, const char *what) {
    if (r == V_ERR) {
        mo_err_clear();
        return ERR;
    }
    check_canonical(r, what);
    return mo_int_hash(r);
}

static uint64_t double_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static double bits_double(uint64_t u) {
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static char *to_text(Value v, int base) {
    StrBuf b = STRBUF_INIT;
    if (mo_int_to_strbuf(v, base, &b) < 0) {
        mo_err_clear();
        mo_strbuf_free(&b);
        return NULL;
    }
    return b.data ? b.data : strdup("");
}

// ----------------------------------------------------------------- tables

static void test_operands(void) {
    size_t n = NCASES(operand_hex);
    for (size_t i = 0; i < n; i++) {
        const UnaryCase *c = &unary_cases[i];
        Value a = parse(operand_hex[i], 16), d = parse(operand_dec[i], 10);
        check_canonical(a, "parse hex");
        CHECK(mo_int_cmp(a, d) == 0, "operand %zu: hex and decimal parse differ", i);
        CHECK(mo_int_hash(a) == c->hash, "operand %zu: hash %" PRId64 " != %" PRId64, i, mo_int_hash(a), c->hash);
        char *t = to_text(a, 10);
        CHECK(t && strcmp(t, operand_dec[i]) == 0, "operand %zu: str() differs", i);
        free(t);
        t = to_text(a, 16);
        CHECK(t && strcmp(t, operand_hex[i]) == 0, "operand %zu: hex text differs", i);
        free(t);
        for (int base = 2; base <= 8; base += 6) {
            t = to_text(a, base);
            int64_t len = (int64_t)strlen(t) - (t[0] == '-');
            CHECK(len == (base == 2 ? c->bin_len : c->oct_len), "operand %zu: base %d length", i, base);
            Value back = parse(t, base);
            CHECK(mo_int_cmp(back, a) == 0, "operand %zu: base %d round trip", i, base);
            free(t);
        }
        CHECK((int64_t)mo_int_bit_length(a) == c->bit_length, "operand %zu: bit_length", i);
        CHECK((int64_t)mo_bigint_bit_count(a) == c->bit_count, "operand %zu: bit_count", i);
        CHECK(hash_of(mo_int_unop(a, MO_UNOP_NEG), "neg") == c->neg, "operand %zu: -a", i);
        CHECK(hash_of(mo_int_unop(a, MO_UNOP_INVERT), "invert") == c->invert, "operand %zu: ~a", i);
        CHECK(hash_of(mo_int_unop(a, MO_UNOP_ABS), "abs") == c->abs, "operand %zu: abs(a)", i);
        CHECK(hash_of(mo_int_binop(a, mo_smallint(3), MO_OP_POW), "cube") == c->cube, "operand %zu: a**3", i);
        double dv;
        if (mo_int_to_double(a, &dv) < 0) {
            mo_err_clear();
            CHECK(c->dbl == NOVF, "operand %zu: float(a) overflowed", i);
        } else {
            CHECK(double_bits(dv) == c->dbl, "operand %zu: float(a) = %.17g, expected %.17g", i, dv,
                  bits_double(c->dbl));
        }
        CHECK(hash_of(mo_bigint_isqrt(mo_int_unop(a, MO_UNOP_ABS)), "isqrt") == c->isqrt, "operand %zu: isqrt", i);
        for (size_t k = 0; k < NCASES(shift_counts); k++) {
            Value s = mo_smallint(shift_counts[k]);
            CHECK(hash_of(mo_int_binop(a, s, MO_OP_LSHIFT), "lshift") == c->lshift[k], "operand %zu << %d", i,
                  shift_counts[k]);
            CHECK(hash_of(mo_int_binop(a, s, MO_OP_RSHIFT), "rshift") == c->rshift[k], "operand %zu >> %d", i,
                  shift_counts[k]);
        }
    }
}

static void test_pairs(void) {
    size_t np = NCASES(pair_operands);
    Value ops[NCASES(pair_operands)];
    for (size_t i = 0; i < np; i++)
        ops[i] = parse(operand_hex[pair_operands[i]], 16);
    static const struct {
        int op;
        const char *name;
        size_t offset;
    } binops[] = {
        {MO_OP_ADD, "+", offsetof(BinaryCase, add)},           {MO_OP_SUB, "-", offsetof(BinaryCase, sub)},
        {MO_OP_MUL, "*", offsetof(BinaryCase, mul)},           {MO_OP_FLOORDIV, "//", offsetof(BinaryCase, floordiv)},
        {MO_OP_MOD, "%", offsetof(BinaryCase, mod)},           {MO_OP_AND, "&", offsetof(BinaryCase, and_)},
        {MO_OP_OR, "|", offsetof(BinaryCase, or_)},            {MO_OP_XOR, "^", offsetof(BinaryCase, xor_)},
    };
    for (size_t i = 0; i < np; i++) {
        for (size_t j = 0; j < np; j++) {
            const BinaryCase *c = &binary_cases[i * np + j];
            Value a = ops[i], b = ops[j];
            for (size_t k = 0; k < NCASES(binops); k++) {
                int64_t want = *(const int64_t *)((const char *)c + binops[k].offset);
                int64_t got = hash_of(mo_int_binop(a, b, binops[k].op), binops[k].name);
                CHECK(got == want, "operands %d %s %d: hash %" PRId64 ", expected %" PRId64, pair_operands[i],
                      binops[k].name, pair_operands[j], got, want);
            }
            CHECK(mo_int_cmp(a, b) == c->cmp, "operands %d cmp %d", pair_operands[i], pair_operands[j]);
            Value q = mo_int_binop(a, b, MO_OP_TRUEDIV);
            if (q == V_ERR) {
                mo_err_clear();
                CHECK(c->truediv == NOVF, "operands %d / %d raised", pair_operands[i], pair_operands[j]);
            } else {
                CHECK(double_bits(mo_float_val(q)) == c->truediv, "operands %d / %d = %.17g, expected %.17g",
                      pair_operands[i], pair_operands[j], mo_float_val(q), bits_double(c->truediv));
            }
        }
    }
}

static void test_truediv(void) {
    for (size_t i = 0; i < NCASES(truediv_cases); i++) {
        const DivCase *c = &truediv_cases[i];
        Value q = mo_int_binop(parse(c->a, 16), parse(c->b, 16), MO_OP_TRUEDIV);
        if (q == V_ERR) {
            mo_err_clear();
            CHECK(c->q == NOVF, "truediv case %zu raised", i);
        } else {
            CHECK(double_bits(mo_float_val(q)) == c->q, "truediv case %zu: %.17g, expected %.17g", i,
                  mo_float_val(q), bits_double(c->q));
        }
    }
}

static void test_cmp_double(void) {
    for (size_t i = 0; i < NCASES(cmp_double_cases); i++) {
        const CmpDoubleCase *c = &cmp_double_cases[i];
        int got = mo_int_cmp_double(parse(c->a, 16), bits_double(c->d));
        got = (got > 0) - (got < 0);
        CHECK(got == c->cmp, "cmp_double case %zu: %d, expected %d", i, got, c->cmp);
    }
}

static void test_from_double(void) {
    for (size_t i = 0; i < NCASES(from_double_cases); i++) {
        const FromDoubleCase *c = &from_double_cases[i];
        CHECK(hash_of(mo_int_from_double(bits_double(c->d)), "from_double") == c->hash, "int(%.17g)",
              bits_double(c->d));
    }
    Value r = mo_int_from_double(NAN);
    CHECK(r == V_ERR && mo_err_matches(&mo_exc_ValueError), "int(nan) raises ValueError");
    mo_err_clear();
    r = mo_int_from_double(-INFINITY);
    CHECK(r == V_ERR && mo_err_matches(&mo_exc_OverflowError), "int(-inf) raises OverflowError");
    mo_err_clear();
}

static void test_powmod(void) {
    for (size_t i = 0; i < NCASES(powmod_cases); i++) {
        const PowModCase *c = &powmod_cases[i];
        Value r = mo_int_pow_mod(parse(c->a, 16), parse(c->e, 16), parse(c->m, 16));
        CHECK(hash_of(r, "powmod") == c->r, "powmod case %zu", i);
    }
}

// The message of the pending exception, as "!message".
static char *error_text(void) {
    Value e = mo_err_fetch();
    Value s = mo_str(e);
    char *t = malloc((size_t)mo_str_size(s) + 2);
    t[0] = '!';
    memcpy(t + 1, mo_str_data(s), (size_t)mo_str_size(s) + 1);
    return t;
}

static void test_parse(void) {
    for (size_t i = 0; i < NCASES(parse_cases); i++) {
        const ParseCase *c = &parse_cases[i];
        Value r = mo_int_from_str(c->text, c->len, c->base);
        char got[512];
        if (r == V_ERR) {
            char *t = error_text();
            snprintf(got, sizeof got, "%s", t);
            free(t);
        } else {
            check_canonical(r, "parse");
            snprintf(got, sizeof got, "=%" PRId64, mo_int_hash(r));
        }
        CHECK(strcmp(got, c->expect) == 0, "int(%.30s, %d): got %.200s\n   expected %.200s", c->text, c->base, got,
              c->expect);
    }
    // The int -> str limit.
    Value big = mo_int_binop(mo_smallint(10), mo_smallint(5000), MO_OP_POW);
    Value s = mo_int_to_str(big);
    CHECK(s == V_ERR, "str(10**5000) raises");
    if (s == V_ERR) {
        char *t = error_text();
        CHECK(strcmp(t, "!Exceeds the limit (4300 digits) for integer string conversion; use "
                        "sys.set_int_max_str_digits() to increase the limit") == 0,
              "limit message: %s", t);
        free(t);
    }
    Value ok = mo_int_binop(mo_smallint(10), mo_smallint(4299), MO_OP_POW);
    s = mo_int_to_str(ok);
    CHECK(s != V_ERR && mo_str_size(s) == 4300, "str(10**4299) has 4300 digits");
    mo_err_clear();
}

// -------------------------------------------------------- identities

// A random int of `digits` 32-bit digits (sign random), with occasional
// runs of all-ones and all-zeros digits to provoke carries.
static Value random_int(int64_t digits) {
    BigIntObject *r = mo_bigint_alloc(digits);
    for (int64_t i = 0; i < digits; i++) {
        uint64_t x = rnd();
        r->digits[i] = (x & 0x300) == 0 ? 0xFFFFFFFFu : (x & 0x300) == 0x100 ? 0 : (Digit)(x >> 32);
    }
    if (digits)
        r->digits[digits - 1] |= 1;
    return mo_bigint_finish(r, digits, rnd() & 1);
}

static void test_identities(void) {
    static const int64_t sizes[] = {1, 2, 3, 5, 17, 47, 48, 49, 96, 150, 400, 1000, 3000};
    int bad = 0;
    for (int round = 0; round < 6; round++) {
        for (size_t i = 0; i < NCASES(sizes); i++) {
            for (size_t j = 0; j < NCASES(sizes); j++) {
                Value a = random_int(sizes[i]), b = random_int(sizes[j]);
                Value q = mo_int_binop(a, b, MO_OP_FLOORDIV), r = mo_int_binop(a, b, MO_OP_MOD);
                check_canonical(q, "q");
                check_canonical(r, "r");
                // q*b + r == a, r has b's sign and |r| < |b|.
                Value back = mo_int_binop(mo_int_binop(q, b, MO_OP_MUL), r, MO_OP_ADD);
                bool ok = mo_int_cmp(back, a) == 0;
                ok &= mo_int_sign(r) == 0 || mo_int_sign(r) == mo_int_sign(b);
                ok &= mo_int_cmp(mo_int_unop(r, MO_UNOP_ABS), mo_int_unop(b, MO_UNOP_ABS)) < 0;
                // (a*b)//b == a and (a*b) % b == 0.
                Value p = mo_int_binop(a, b, MO_OP_MUL);
                ok &= mo_int_cmp(mo_int_binop(p, b, MO_OP_FLOORDIV), a) == 0;
                ok &= mo_int_binop(p, b, MO_OP_MOD) == mo_smallint(0);
                // (a+b)^2 == a^2 + 2ab + b^2: squaring against products.
                Value s = mo_int_binop(a, b, MO_OP_ADD);
                Value lhs = mo_int_binop(s, s, MO_OP_MUL);
                Value rhs = mo_int_binop(mo_int_binop(a, a, MO_OP_MUL), mo_int_binop(b, b, MO_OP_MUL), MO_OP_ADD);
                rhs = mo_int_binop(rhs, mo_int_binop(p, mo_smallint(1), MO_OP_LSHIFT), MO_OP_ADD);
                ok &= mo_int_cmp(lhs, rhs) == 0;
                // (a ^ b) ^ b == a; a & b + a | b == a + b.
                ok &= mo_int_cmp(mo_int_binop(mo_int_binop(a, b, MO_OP_XOR), b, MO_OP_XOR), a) == 0;
                ok &= mo_int_cmp(mo_int_binop(mo_int_binop(a, b, MO_OP_AND), mo_int_binop(a, b, MO_OP_OR), MO_OP_ADD),
                                 s) == 0;
                if (!ok && bad++ < 10)
                    printf("FAIL identities for sizes %" PRId64 " x %" PRId64 "\n", sizes[i], sizes[j]);
                if (ok)
                    passed++;
                else
                    failed++;
            }
        }
    }
    // Decimal round trips of random sizes.
    for (int k = 0; k < 40; k++) {
        Value a = random_int((int64_t)(rnd() % 400) + 1);
        char *t = to_text(a, 10);
        Value back = parse(t, 10);
        CHECK(mo_int_cmp(back, a) == 0, "decimal round trip of %zu digits", strlen(t));
        free(t);
    }
}

// The seam between small and big ints.
static void test_boundaries(void) {
    for (int k = 40; k <= 70; k++) {
        for (int d = -2; d <= 2; d++) {
            Value p = mo_int_binop(mo_smallint(1), mo_smallint(k), MO_OP_LSHIFT);
            Value v = mo_int_binop(p, mo_smallint(d), MO_OP_ADD);
            for (int sign = 0; sign < 2; sign++) {
                if (sign)
                    v = mo_int_unop(v, MO_UNOP_NEG);
                check_canonical(v, "boundary");
                Value w = mo_int_binop(mo_int_binop(v, mo_smallint(1), MO_OP_ADD), mo_smallint(1), MO_OP_SUB);
                check_canonical(w, "boundary +1-1");
                CHECK(mo_int_cmp(w, v) == 0 && mo_int_hash(w) == mo_int_hash(v), "2^%d%+d: +1-1", k, d);
                Value x = mo_int_binop(mo_int_binop(v, mo_smallint(3), MO_OP_MUL), mo_smallint(3), MO_OP_FLOORDIV);
                check_canonical(x, "boundary *3//3");
                CHECK(mo_int_cmp(x, v) == 0, "2^%d%+d: *3//3", k, d);
            }
        }
    }
    // The overflow helpers the interpreter calls.
    int64_t m = MO_SMALLINT_MAX, n = MO_SMALLINT_MIN;
    Value s = mo_int_add_overflow(m, m);
    CHECK(mo_int_hash(s) == (int64_t)(2 * (uint64_t)m), "add_overflow");
    Value prod = mo_int_mul_overflow(n, n);     // 2^94
    CHECK(mo_int_bit_length(prod) == 95 && mo_bigint_bit_count(prod) == 1, "mul_overflow 2^94");
    prod = mo_int_mul_overflow(n, m);
    Value expect = mo_int_binop(mo_int_from_i64(n), mo_int_from_i64(m), MO_OP_MUL);
    CHECK(mo_int_cmp(prod, expect) == 0, "mul_overflow mixed signs");
    int64_t i64;
    CHECK(mo_int_to_i64(mo_int_from_i64(INT64_MIN), &i64) == 0 && i64 == INT64_MIN, "INT64_MIN round trip");
    CHECK(mo_int_to_i64(mo_int_from_u64(UINT64_MAX), &i64) < 0, "UINT64_MAX does not fit int64");
    mo_err_clear();
    // Error messages of the operators.
    static const struct {
        Value a, b;
        int op;
        const char *msg;
    } errs[] = {
        {MO_TAG_INT | 1, MO_TAG_INT | 0, MO_OP_TRUEDIV, "!division by zero"},
        {MO_TAG_INT | 1, MO_TAG_INT | 0, MO_OP_FLOORDIV, "!integer division or modulo by zero"},
        {MO_TAG_INT | 1, MO_TAG_INT | 0, MO_OP_MOD, "!integer modulo by zero"},
        {MO_TAG_INT | 0, MO_TAG_INT | 0xFFFFFFFFFFFFull, MO_OP_POW, "!0.0 cannot be raised to a negative power"},
        {MO_TAG_INT | 1, MO_TAG_INT | 0xFFFFFFFFFFFFull, MO_OP_LSHIFT, "!negative shift count"},
        {MO_TAG_INT | 1, MO_TAG_INT | 0xFFFFFFFFFFFFull, MO_OP_RSHIFT, "!negative shift count"},
    };
    for (size_t i = 0; i < NCASES(errs); i++) {
        Value r = mo_int_binop(errs[i].a, errs[i].b, errs[i].op);
        CHECK(r == V_ERR, "error case %zu raises", i);
        if (r == V_ERR) {
            char *t = error_text();
            CHECK(strcmp(t, errs[i].msg) == 0, "error case %zu: %s", i, t);
            free(t);
        }
    }
    Value r = mo_int_pow_mod(mo_smallint(2), mo_smallint(-1), mo_smallint(4));
    CHECK(r == V_ERR, "pow(2, -1, 4) raises");
    if (r == V_ERR) {
        char *t = error_text();
        CHECK(strcmp(t, "!base is not invertible for the given modulus") == 0, "%s", t);
        free(t);
    }
    r = mo_int_pow_mod(mo_smallint(2), mo_smallint(3), mo_smallint(0));
    CHECK(r == V_ERR, "pow(2, 3, 0) raises");
    if (r == V_ERR) {
        char *t = error_text();
        CHECK(strcmp(t, "!pow() 3rd argument cannot be 0") == 0, "%s", t);
        free(t);
    }
    // hash: -1 -> -2, 2^61 - 1 -> 0.
    CHECK(mo_int_hash(mo_smallint(-1)) == -2, "hash(-1)");
    Value mers = mo_int_binop(mo_int_binop(mo_smallint(1), mo_smallint(61), MO_OP_LSHIFT), mo_smallint(1), MO_OP_SUB);
    CHECK(mo_int_hash(mers) == 0, "hash(2**61 - 1)");
    CHECK(mo_int_hash(MO_TRUE) == 1 && mo_int_hash(MO_FALSE) == 0, "hash(True), hash(False)");
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void test_timing(void) {
    double t0 = now();
    Value p = mo_int_binop(mo_smallint(3), mo_smallint(100000), MO_OP_POW);
    double t1 = now();
    CHECK(mo_int_hash(p) == pow3_100000_hash, "hash(3**100000)");
    int64_t saved = mo_int_max_str_digits;
    mo_int_max_str_digits = 0;
    Value s = mo_int_to_str(p);
    mo_int_max_str_digits = saved;
    double t2 = now();
    CHECK(s != V_ERR && mo_str_size(s) == pow3_100000_len, "len(str(3**100000))");
    if (s != V_ERR) {
        CHECK(memcmp(mo_str_data(s), pow3_100000_head, 30) == 0, "head of str(3**100000)");
        CHECK(memcmp(mo_str_data(s) + mo_str_size(s) - 30, pow3_100000_tail, 30) == 0, "tail of str(3**100000)");
        mo_int_max_str_digits = 0;
        Value parsed = mo_int_from_str(mo_str_data(s), (size_t)mo_str_size(s), 10);
        mo_int_max_str_digits = saved;
        CHECK(parsed != V_ERR && mo_int_cmp(parsed, p) == 0, "int(str(3**100000))");
    }
    double t3 = now();
    Value f = mo_smallint(1);
    for (int i = 2; i <= 5000; i++)
        f = mo_int_binop(f, mo_smallint(i), MO_OP_MUL);
    double t4 = now();
    CHECK(mo_int_hash(f) == fact5000_hash, "hash(5000!)");
    printf("timing: 3**100000 %.1f ms, str() %.1f ms, int() %.1f ms, 5000! by steps %.1f ms\n", (t1 - t0) * 1e3,
           (t2 - t1) * 1e3, (t3 - t2) * 1e3, (t4 - t3) * 1e3);
    CHECK(t1 - t0 < 2.0 && t2 - t1 < 5.0, "3**100000 and its str() are not pathologically slow");
}

int main(int argc, char **argv) {
    mo_runtime_init(argc, argv);
    test_operands();
    test_pairs();
    test_truediv();
    test_cmp_double();
    test_from_double();
    test_powmod();
    test_parse();
    test_identities();
    test_boundaries();
    test_timing();
    CHECK(canonical_failures == 0, "%d non-canonical results", canonical_failures);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
