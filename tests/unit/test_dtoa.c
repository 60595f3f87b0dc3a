// tests/unit/test_dtoa.c — src/runtime/dtoa.c against python3 and glibc.
//
// Three kinds of checks:
//   1. Tables of python3's answers (tests/unit/dtoa_cases.inc, written by
//      tests/format/gen_dtoa_cases.py): repr, float(str), round(x, n), hash,
//      divmod.
//   2. Random doubles: the fast shortest-digits path against the exact one,
//      every result round-tripping and not beatable by one digit fewer;
//      fixed-precision digits against glibc's exact printf; parsing against
//      glibc's strtod. MO_TEST_RANDOM=N sets how many (default 200000).
//   3. A timing line for repr (informational; never fails).
// Prints "N passed, N failed"; exits 1 on any failure.
#include "runtime/dtoa.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct ReprCase {
    uint64_t bits;
    const char *repr;
} ReprCase;
typedef struct ParseCase {
    const char *text;
    size_t len;
    int kind;  // 0: invalid, 1: a value (bits), 2: a nan (bits give the sign)
    uint64_t bits;
} ParseCase;
typedef struct RoundCase {
    uint64_t bits;
    int ndigits;
    int overflow;
    uint64_t result;
} RoundCase;
typedef struct HashCase {
    uint64_t bits;
    int64_t hash;
} HashCase;
typedef struct IntHashCase {
    int64_t value;
    int64_t hash;
} IntHashCase;
typedef struct DivCase {
    uint64_t x, y, quotient, remainder;
} DivCase;

#include "dtoa_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static long passed, failed;

#define CHECK(cond, ...)                                                                 \
    do {                                                                                 \
        if (cond) {                                                                      \
            passed++;                                                                    \
        } else {                                                                         \
            if (failed++ < 40) {                                                         \
                fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                     \
                fprintf(stderr, __VA_ARGS__);                                            \
                fputc('\n', stderr);                                                     \
            }                                                                            \
        }                                                                                \
    } while (0)

static double from_bits(uint64_t b) {
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}

static uint64_t to_bits(double x) {
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    return b;
}

// Equal as Python sees results: same bits, or both nan.
static bool same(double a, double b) {
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return to_bits(a) == to_bits(b);
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

// ------------------------------------------------------------------ tables

static void test_repr_table(void) {
    for (size_t i = 0; i < COUNT(repr_cases); i++) {
        double x = from_bits(repr_cases[i].bits);
        char buf[MO_DTOA_REPR_SIZE];
        size_t n = mo_dtoa_repr(x, buf);
        CHECK(n == strlen(buf) && strcmp(buf, repr_cases[i].repr) == 0, "repr(%a) = %s, want %s", x,
              buf, repr_cases[i].repr);
    }
}

// Does the text look like a tokenizer literal (so the literal parser
// must agree with float())?
static bool literal_shaped(const char *s, size_t n) {
    if (n == 0 || !((s[0] >= '0' && s[0] <= '9') || s[0] == '.'))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!strchr("0123456789._eE+-", s[i]) || s[i] == '\0')
            return false;
    return true;
}

static void test_parse_table(void) {
    for (size_t i = 0; i < COUNT(parse_cases); i++) {
        const ParseCase *c = &parse_cases[i];
        double x = 0;
        int rc = mo_dtoa_parse(c->text, c->len, &x);
        const char *shown = c->len > 60 ? "(long input)" : c->text;
        if (c->kind == 0) {
            CHECK(rc == -1, "float(%s) accepted (%a), want ValueError", shown, x);
        } else if (c->kind == 1) {
            CHECK(rc == 0 && to_bits(x) == c->bits, "float(%s) = %a (rc %d), want %a", shown, x, rc,
                  from_bits(c->bits));
        } else {
            CHECK(rc == 0 && isnan(x) && signbit(x) == signbit(from_bits(c->bits)),
                  "float(%s) = %a (rc %d), want a nan", shown, x, rc);
        }
        if (literal_shaped(c->text, c->len)) {
            double y = 0;
            int rc2 = mo_dtoa_parse_literal(c->text, c->len, &y);
            if (c->kind == 0)
                CHECK(rc2 == -1, "literal %s accepted", shown);
            else
                CHECK(rc2 == 0 && to_bits(y) == c->bits, "literal %s = %a, want %a", shown, y,
                      from_bits(c->bits));
        }
    }
    // The literal parser takes no sign, whitespace or words.
    double y;
    CHECK(mo_dtoa_parse_literal("-1", 2, &y) == -1, "literal -1 accepted");
    CHECK(mo_dtoa_parse_literal(" 1", 2, &y) == -1, "literal ' 1' accepted");
    CHECK(mo_dtoa_parse_literal("inf", 3, &y) == -1, "literal inf accepted");
    CHECK(mo_dtoa_parse_literal("1j", 2, &y) == -1, "literal 1j accepted");
    // Embedded NUL: the length, not the NUL, ends the input.
    CHECK(mo_dtoa_parse("1\0", 2, &y) == -1, "float('1\\0') accepted");
    CHECK(mo_dtoa_parse("12", 1, &y) == 0 && y == 1.0, "length not honoured");
}

static void test_round_table(void) {
    for (size_t i = 0; i < COUNT(round_cases); i++) {
        const RoundCase *c = &round_cases[i];
        double x = from_bits(c->bits);
        int overflow = -1;
        double r = mo_dtoa_round(x, c->ndigits, &overflow);
        if (c->overflow)
            CHECK(overflow == 1, "round(%a, %d) = %a, want OverflowError", x, c->ndigits, r);
        else
            CHECK(overflow == 0 && to_bits(r) == c->result, "round(%a, %d) = %a (overflow %d), want %a",
                  x, c->ndigits, r, overflow, from_bits(c->result));
    }
    int overflow;
    CHECK(isnan(mo_dtoa_round(NAN, 2, &overflow)) && !overflow, "round(nan)");
    CHECK(mo_dtoa_round(INFINITY, -2, &overflow) == INFINITY && !overflow, "round(inf)");
    CHECK(mo_dtoa_round(2.675, 2, &overflow) == 2.67, "round(2.675, 2)");
    CHECK(to_bits(mo_dtoa_round(-0.5, 0, &overflow)) == to_bits(-0.0), "round(-0.5)");
    CHECK(mo_dtoa_round(12345.0, -2, &overflow) == 12300.0, "round(12345.0, -2)");
    CHECK(mo_dtoa_round(0.5, 0, &overflow) == 0.0 && mo_dtoa_round(1.5, 0, &overflow) == 2.0,
          "round half even");
    CHECK(mo_dtoa_round(1.5, 2147483647, &overflow) == 1.5, "round huge n");
    CHECK(to_bits(mo_dtoa_round(-1.5, -2147483647 - 1, &overflow)) == to_bits(-0.0), "round tiny n");
}

static void test_rounded_extremes(void) {
    char d[MO_DTOA_MAX_DIGITS];
    int decpt;
    int n = mo_dtoa_rounded(1.5, MO_DTOA_FIXED, 2147483647, d, &decpt);
    CHECK(n == 2 && memcmp(d, "15", 2) == 0 && decpt == 1, "1.5 to INT_MAX places");
    n = mo_dtoa_rounded(1.5, MO_DTOA_FIXED, -2147483647 - 1, d, &decpt);
    CHECK(n == 0, "1.5 to INT_MIN places: %d digits", n);
    n = mo_dtoa_rounded(5e-324, MO_DTOA_SIGNIFICANT, 2147483647, d, &decpt);
    CHECK(n == 751 && decpt == -323 && memcmp(d, "4940656458412", 13) == 0, "5e-324 exactly: %d", n);
    // The longest exact expansion: the largest subnormal, 767 digits.
    n = mo_dtoa_rounded(nextafter(2.2250738585072014e-308, 0), MO_DTOA_FIXED, 2000, d, &decpt);
    CHECK(n == 767 && decpt == -307, "largest subnormal: %d digits", n);
    n = mo_dtoa_rounded(0.0, MO_DTOA_SIGNIFICANT, 5, d, &decpt);
    CHECK(n == 0, "zero");
    n = mo_dtoa_rounded(9.5, MO_DTOA_FIXED, 0, d, &decpt);
    CHECK(n == 1 && d[0] == '1' && decpt == 2, "9.5 rounds up to 10 (half to even)");
    n = mo_dtoa_rounded(0.5, MO_DTOA_FIXED, 0, d, &decpt);
    CHECK(n == 0, "0.5 rounds to 0 (half to even)");
    n = mo_dtoa_rounded(99999.5, MO_DTOA_SIGNIFICANT, 5, d, &decpt);
    CHECK(n == 1 && d[0] == '1' && decpt == 6, "99999.5 to 5 digits carries");
}

static void test_hash_table(void) {
    for (size_t i = 0; i < COUNT(hash_cases); i++) {
        double x = from_bits(hash_cases[i].bits);
        int64_t h = mo_hash_double(x);
        CHECK(h == hash_cases[i].hash, "hash(%a) = %lld, want %lld", x, (long long)h,
              (long long)hash_cases[i].hash);
    }
    for (size_t i = 0; i < COUNT(int_hash_cases); i++) {
        int64_t v = int_hash_cases[i].value;
        int64_t h = mo_hash_int64(v);
        CHECK(h == int_hash_cases[i].hash, "hash(%lld) = %lld, want %lld", (long long)v,
              (long long)h, (long long)int_hash_cases[i].hash);
        // An int and an equal float hash alike.
        double d = (double)v;
        if ((int64_t)d == v && d < 9.2e18)
            CHECK(mo_hash_double(d) == h, "hash(float(%lld)) != hash(%lld)", (long long)v,
                  (long long)v);
    }
    CHECK(mo_hash_double(INFINITY) == 314159 && mo_hash_double(-INFINITY) == -314159, "hash(inf)");
    CHECK(mo_hash_double(-1.0) == -2 && mo_hash_int64(-1) == -2, "hash(-1)");
    CHECK(mo_hash_double(0.5) == INT64_C(1152921504606846976), "hash(0.5)");
    CHECK(mo_hash_double(NAN) == 0, "hash(nan) is the caller's");
}

static void test_div_table(void) {
    for (size_t i = 0; i < COUNT(div_cases); i++) {
        const DivCase *c = &div_cases[i];
        double x = from_bits(c->x), y = from_bits(c->y);
        double q, r;
        mo_float_divmod(x, y, &q, &r);
        double want_q = from_bits(c->quotient), want_r = from_bits(c->remainder);
        CHECK(same(q, want_q) && same(r, want_r), "divmod(%a, %a) = (%a, %a), want (%a, %a)", x, y,
              q, r, want_q, want_r);
        CHECK(same(mo_float_floordiv(x, y), want_q), "%a // %a", x, y);
        CHECK(same(mo_float_mod(x, y), want_r), "%a %% %a", x, y);
    }
}

// ------------------------------------------------------------------ random

// A random finite nonzero double: raw bit patterns (all exponents),
// "everyday" magnitudes, short decimals like 12.34, dyadic values whose
// decimal expansions end in 5 (rounding ties), or neighbours of powers of
// ten.
static double random_double(int kind) {
    for (;;) {
        uint64_t b = rng();
        double x;
        if (kind == 0)
            x = from_bits(b);
        else if (kind == 1)
            x = ldexp((double)(b >> 11), (int)(rng() % 120) - 113);
        else if (kind == 2)
            x = (double)(b % 10000000) / pow(10, (double)(rng() % 12));
        else if (kind == 3)
            x = ldexp((double)(b % 100000), -(int)(rng() % 12));  // exact decimal ties
        else
            x = nextafter(pow(10, (double)((int)(rng() % 600) - 300)), (b & 1) ? 0 : INFINITY);
        if (isfinite(x) && x != 0)
            return x;
    }
}

static void check_shortest(double x) {
    char fast[MO_DTOA_SHORTEST_SIZE], exact[MO_DTOA_SHORTEST_SIZE];
    int p1, p2;
    int n1 = mo_dtoa_shortest(x, fast, &p1);
    int n2 = mo_dtoa_shortest_exact(x, exact, &p2);
    CHECK(n1 == n2 && p1 == p2 && memcmp(fast, exact, (size_t)n1) == 0,
          "shortest(%a): fast %.*s/%d, exact %.*s/%d", x, n1, fast, p1, n2, exact, p2);
    // Round trip through glibc's strtod, and no shorter string works.
    char buf[64];
    snprintf(buf, sizeof buf, "0.%.*se%d", n2, exact, p2);
    CHECK(strtod(buf, NULL) == fabs(x), "shortest(%a) = %s does not round-trip", x, buf);
    if (n2 > 1) {
        snprintf(buf, sizeof buf, "%.*e", n2 - 2, fabs(x));
        CHECK(strtod(buf, NULL) != fabs(x), "shortest(%a) has %d digits but %s works", x, n2, buf);
    }
}

// Fixed-precision digits against glibc's printf, which is exact.
static void check_rounded(double x) {
    char d[MO_DTOA_MAX_DIGITS], want[1200];
    int decpt;
    int prec = (int)(rng() % 25);
    int n = mo_dtoa_rounded(x, MO_DTOA_SIGNIFICANT, prec + 1, d, &decpt);
    snprintf(want, sizeof want, "%.*e", prec, fabs(x));
    // want is "d.ddde±XX": compare the digits (ours drop trailing zeros).
    char wd[64];
    int wn = 0;
    for (const char *p = want; *p && *p != 'e'; p++)
        if (*p != '.')
            wd[wn++] = *p;
    int wexp = atoi(strchr(want, 'e') + 1) + 1;
    while (wn > 0 && wd[wn - 1] == '0')
        wn--;
    CHECK(n == wn && memcmp(d, wd, (size_t)n) == 0 && decpt == wexp, "%%.%de of %a: %.*s/%d vs %s",
          prec, x, n, d, decpt, want);
    if (fabs(x) < 1e22 && fabs(x) > 1e-22) {
        int places = (int)(rng() % 30) - 5;
        n = mo_dtoa_rounded(x, MO_DTOA_FIXED, places, d, &decpt);
        if (places >= 0) {
            snprintf(want, sizeof want, "%.*f", places, fabs(x));
            // Rebuild our value as text the same way and compare.
            char got[1200];
            int k = 0;
            if (n == 0 || decpt <= 0) {
                got[k++] = '0';
            } else {
                for (int i = 0; i < decpt; i++)
                    got[k++] = i < n ? d[i] : '0';
            }
            if (places > 0) {
                got[k++] = '.';
                for (int i = 0; i < places; i++) {
                    int idx = decpt + i;
                    got[k++] = idx >= 0 && idx < n ? d[idx] : '0';
                }
            }
            got[k] = '\0';
            CHECK(strcmp(got, want) == 0, "%%.%df of %a: %s vs %s", places, x, got, want);
        }
    }
}

static void check_parse(double x) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", (int)(rng() % 20), x);
    double got = 0;
    int rc = mo_dtoa_parse(buf, strlen(buf), &got);
    CHECK(rc == 0 && to_bits(got) == to_bits(strtod(buf, NULL)), "parse(%s) = %a, strtod %a", buf,
          got, strtod(buf, NULL));
}

static void test_random(long count) {
    for (long i = 0; i < count; i++) {
        double x = random_double((int)(i % 5));
        check_shortest(x);
        check_rounded(x);
        check_parse(x);
    }
}

// ------------------------------------------------------------------ timing

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void report_timing(void) {
    enum { N = 200000 };
    static double xs[N];
    const char *names[3] = {"random bits", "everyday", "short decimals"};
    for (int kind = 0; kind < 3; kind++) {
        for (int i = 0; i < N; i++)
            xs[i] = random_double(kind);
        char buf[MO_DTOA_REPR_SIZE];
        size_t total = 0;
        double t0 = now();
        for (int i = 0; i < N; i++)
            total += mo_dtoa_repr(xs[i], buf);
        double t1 = now();
        printf("repr timing (%s): %.0f ns/call (%zu bytes)\n", names[kind], (t1 - t0) / N * 1e9,
               total);
    }
}

int main(void) {
    const char *env = getenv("MO_TEST_RANDOM");
    long count = env ? atol(env) : 200000;
    test_repr_table();
    test_parse_table();
    test_round_table();
    test_rounded_extremes();
    test_hash_table();
    test_div_table();
    test_random(count);
    report_timing();
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed ? 1 : 0;
}
