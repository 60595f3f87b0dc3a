// tests/unit/test_format.c — src/runtime/format.c against python3.
//
// The tables in tests/unit/format_cases.inc (written by
// tests/format/gen_format_cases.py) hold python3's format(x, spec) for
// floats, ints and strs over hand-picked and random specs, and its %
// formatting results. Each case goes through the same calls the object
// layer makes: mo_format_parse_spec with the type's default, then the
// formatter for the type; an expected error is "!ValueError: message" or
// "!OverflowError: message". Big ints are converted to digits here.
// Prints "N passed, N failed"; exits 1 on any failure.
#include "runtime/format.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct FloatFormatCase {
    uint64_t bits;
    const char *spec;
    size_t spec_len;
    const char *expect;
} FloatFormatCase;
typedef struct IntFormatCase {
    const char *decimal;
    const char *spec;
    size_t spec_len;
    const char *expect;
} IntFormatCase;
typedef struct StrFormatCase {
    const char *text;
    size_t nbytes;
    size_t nchars;
    const char *spec;
    size_t spec_len;
    const char *expect;
} StrFormatCase;
typedef struct PercentFloatCase {
    uint64_t bits;
    int flags, width, precision;
    char conv;
    const char *expect;
} PercentFloatCase;
typedef struct PercentIntCase {
    const char *decimal;
    int flags, width, precision;
    char conv;
    const char *expect;
} PercentIntCase;

#include "format_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

// Under AddressSanitizer, let a huge malloc return NULL (as libc's does)
// instead of aborting: the MemoryError paths are under test.
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }

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

// What a call produced, in the tables' notation.
static void outcome(int rc, StrBuf *out, const char *errmsg, char *buf, size_t size) {
    if (rc == MO_FORMAT_OK)
        snprintf(buf, size, "%s", out->data ? out->data : "");
    else if (rc == MO_FORMAT_VALUE_ERROR)
        snprintf(buf, size, "!ValueError: %s", errmsg);
    else if (rc == MO_FORMAT_OVERFLOW_ERROR)
        snprintf(buf, size, "!OverflowError: %s", errmsg);
    else
        snprintf(buf, size, "!MemoryError");
}

static char got[1 << 16];

static void check_outcome(const char *what, const char *spec, const char *expect) {
    CHECK(strcmp(got, expect) == 0, "%s with spec '%s': got '%s', want '%s'", what, spec, got,
          expect);
}

// ------------------------------------------------------------------ floats

static void test_float_table(void) {
    for (size_t i = 0; i < COUNT(float_format_cases); i++) {
        const FloatFormatCase *c = &float_format_cases[i];
        double x = from_bits(c->bits);
        FormatSpec spec;
        char errmsg[MO_FORMAT_ERRMSG_SIZE] = "";
        StrBuf out = STRBUF_INIT;
        int rc = mo_format_parse_spec(c->spec, c->spec_len, 0, "float", &spec, errmsg, sizeof errmsg);
        if (rc == MO_FORMAT_OK)
            rc = mo_format_float(&out, x, &spec, "float", errmsg, sizeof errmsg);
        outcome(rc, &out, errmsg, got, sizeof got);
        char what[64];
        snprintf(what, sizeof what, "format(%.17g)", x);
        check_outcome(what, c->spec, c->expect);
        mo_strbuf_free(&out);
    }
}

// ------------------------------------------------------------------- ints

// The decimal string's magnitude in `base`, most significant first, by
// long division of the decimal digits.
static size_t to_base(const char *decimal, int base, char *out) {
    char work[400];
    size_t n = 0;
    for (const char *p = decimal; *p; p++)
        if (*p >= '0' && *p <= '9')
            work[n++] = (char)(*p - '0');
    char rev[1400];
    size_t nrev = 0;
    for (;;) {
        size_t start = 0;
        while (start < n && work[start] == 0)
            start++;
        if (start == n)
            break;
        int rem = 0;
        for (size_t i = start; i < n; i++) {
            int cur = rem * 10 + work[i];
            work[i] = (char)(cur / base);
            rem = cur % base;
        }
        rev[nrev++] = "0123456789abcdef"[rem];
    }
    if (nrev == 0)
        rev[nrev++] = '0';
    for (size_t i = 0; i < nrev; i++)
        out[i] = rev[nrev - 1 - i];
    return nrev;
}

static bool fits_int64(const char *decimal, int64_t *v) {
    char *end;
    errno = 0;
    long long x = strtoll(decimal, &end, 10);
    if (errno || *end)
        return false;
    *v = x;
    return true;
}

static void test_int_table(void) {
    for (size_t i = 0; i < COUNT(int_format_cases); i++) {
        const IntFormatCase *c = &int_format_cases[i];
        FormatSpec spec;
        char errmsg[MO_FORMAT_ERRMSG_SIZE] = "";
        StrBuf out = STRBUF_INIT;
        bool negative = c->decimal[0] == '-';
        int rc = mo_format_parse_spec(c->spec, c->spec_len, 'd', "int", &spec, errmsg, sizeof errmsg);
        if (rc == MO_FORMAT_OK) {
            int base = mo_format_int_base(&spec);
            if (base == 0) {
                double x = strtod(c->decimal, NULL);
                rc = mo_format_float(&out, x, &spec, "int", errmsg, sizeof errmsg);
            } else {
                char digits[1400];
                size_t n = to_base(c->decimal, base > 0 ? base : 10, digits);
                rc = mo_format_int_digits(&out, negative, digits, n, &spec, "int", errmsg,
                                          sizeof errmsg);
            }
        }
        outcome(rc, &out, errmsg, got, sizeof got);
        char what[128];
        snprintf(what, sizeof what, "format(%.60s)", c->decimal);
        check_outcome(what, c->spec, c->expect);
        mo_strbuf_free(&out);

        // The int64 convenience must agree.
        int64_t v;
        if (fits_int64(c->decimal, &v)) {
            rc = mo_format_parse_spec(c->spec, c->spec_len, 'd', "int", &spec, errmsg, sizeof errmsg);
            if (rc == MO_FORMAT_OK)
                rc = mo_format_int64(&out, v, &spec, "int", errmsg, sizeof errmsg);
            outcome(rc, &out, errmsg, got, sizeof got);
            check_outcome("mo_format_int64", c->spec, c->expect);
            mo_strbuf_free(&out);
        }
    }
    // Digits in uppercase or with leading zeros are accepted.
    FormatSpec spec;
    char errmsg[MO_FORMAT_ERRMSG_SIZE];
    StrBuf out = STRBUF_INIT;
    mo_format_parse_spec("#x", 2, 'd', "int", &spec, errmsg, sizeof errmsg);
    mo_format_int_digits(&out, false, "00FF", 4, &spec, "int", errmsg, sizeof errmsg);
    CHECK(strcmp(out.data, "0xff") == 0, "uppercase digits: %s", out.data);
    mo_strbuf_free(&out);
    mo_format_parse_spec("", 0, 'd', "int", &spec, errmsg, sizeof errmsg);
    mo_format_int_digits(&out, false, "", 0, &spec, "int", errmsg, sizeof errmsg);
    CHECK(strcmp(out.data, "0") == 0, "empty digits: %s", out.data);
    mo_strbuf_free(&out);
    // A subclass's name appears in messages.
    mo_format_parse_spec("s", 1, 'd', "MyInt", &spec, errmsg, sizeof errmsg);
    int rc = mo_format_int64(&out, 5, &spec, "MyInt", errmsg, sizeof errmsg);
    CHECK(rc == MO_FORMAT_VALUE_ERROR &&
              strcmp(errmsg, "Unknown format code 's' for object of type 'MyInt'") == 0,
          "type name: %s", errmsg);
    mo_strbuf_free(&out);
}

// ---------------------------------------------------------------- strings

static void test_str_table(void) {
    for (size_t i = 0; i < COUNT(str_format_cases); i++) {
        const StrFormatCase *c = &str_format_cases[i];
        FormatSpec spec;
        char errmsg[MO_FORMAT_ERRMSG_SIZE] = "";
        StrBuf out = STRBUF_INIT;
        int rc = mo_format_parse_spec(c->spec, c->spec_len, 's', "str", &spec, errmsg, sizeof errmsg);
        if (rc == MO_FORMAT_OK)
            rc = mo_format_str(&out, c->text, c->nbytes, c->nchars, &spec, "str", errmsg,
                               sizeof errmsg);
        outcome(rc, &out, errmsg, got, sizeof got);
        char what[128];
        snprintf(what, sizeof what, "format('%s')", c->text);
        check_outcome(what, c->spec, c->expect);
        mo_strbuf_free(&out);
    }
}

// -------------------------------------------------------------- % style

static void test_percent_tables(void) {
    for (size_t i = 0; i < COUNT(percent_float_cases); i++) {
        const PercentFloatCase *c = &percent_float_cases[i];
        StrBuf out = STRBUF_INIT;
        int rc = mo_format_percent_float(&out, from_bits(c->bits), c->flags, c->width, c->precision,
                                         c->conv);
        CHECK(rc == MO_FORMAT_OK && strcmp(out.data, c->expect) == 0,
              "%%-format %.17g flags %d width %d prec %d conv %c: got '%s', want '%s'",
              from_bits(c->bits), c->flags, c->width, c->precision, c->conv, out.data, c->expect);
        mo_strbuf_free(&out);
    }
    for (size_t i = 0; i < COUNT(percent_int_cases); i++) {
        const PercentIntCase *c = &percent_int_cases[i];
        StrBuf out = STRBUF_INIT;
        int base = c->conv == 'x' || c->conv == 'X' ? 16 : c->conv == 'o' ? 8 : 10;
        char digits[1400];
        size_t n = to_base(c->decimal, base, digits);
        int rc = mo_format_percent_int_digits(&out, c->decimal[0] == '-', digits, n, c->flags,
                                              c->width, c->precision, c->conv);
        CHECK(rc == MO_FORMAT_OK && strcmp(out.data, c->expect) == 0,
              "%%-format %s flags %d width %d prec %d conv %c: got '%s', want '%s'", c->decimal,
              c->flags, c->width, c->precision, c->conv, out.data, c->expect);
        mo_strbuf_free(&out);
        int64_t v;
        if (fits_int64(c->decimal, &v)) {
            rc = mo_format_percent_int64(&out, v, c->flags, c->width, c->precision, c->conv);
            CHECK(rc == MO_FORMAT_OK && strcmp(out.data, c->expect) == 0,
                  "%%-format int64 %s: got '%s', want '%s'", c->decimal, out.data, c->expect);
            mo_strbuf_free(&out);
        }
    }
}

// ----------------------------------------------------------------- other

static void test_misc(void) {
    StrBuf out = STRBUF_INIT;
    mo_format_float_repr(&out, 0.1);
    mo_format_float_repr(&out, -0.0);
    mo_format_float_repr(&out, 1e16);
    CHECK(strcmp(out.data, "0.1-0.01e+16") == 0, "repr: %s", out.data);
    mo_strbuf_free(&out);

    // A huge precision is laid out as a count of zeros, not materialized
    // digit by digit, and a huge width is padding.
    FormatSpec spec;
    char errmsg[MO_FORMAT_ERRMSG_SIZE];
    mo_format_parse_spec(".100000f", 8, 0, "float", &spec, errmsg, sizeof errmsg);
    int rc = mo_format_float(&out, 0.5, &spec, "float", errmsg, sizeof errmsg);
    CHECK(rc == MO_FORMAT_OK && out.len == 100002 && memcmp(out.data, "0.5000", 6) == 0,
          "'.100000f': %zu bytes", out.len);
    mo_strbuf_free(&out);
    mo_format_parse_spec("0=100000,", 9, 0, "float", &spec, errmsg, sizeof errmsg);
    rc = mo_format_float(&out, -1.5, &spec, "float", errmsg, sizeof errmsg);
    CHECK(rc == MO_FORMAT_OK && out.len == 100000 && out.data[0] == '-' && out.data[1] == '0' &&
              memcmp(out.data + out.len - 6, ",001.5", 6) == 0,
          "'0=100000,': %zu bytes", out.len);
    mo_strbuf_free(&out);

    // Widths too big for memory fail fast with MemoryError, as in CPython.
    const char *huge[] = {"0=999999999999999999,", "999999999999999999", "\xe2\x82\xac^999999999999999999",
                          "0=999999999999999999"};
    for (size_t i = 0; i < COUNT(huge); i++) {
        mo_format_parse_spec(huge[i], strlen(huge[i]), 0, "float", &spec, errmsg, sizeof errmsg);
        rc = mo_format_float(&out, -1.5, &spec, "float", errmsg, sizeof errmsg);
        CHECK(rc == MO_FORMAT_MEMORY_ERROR, "spec '%s': rc %d", huge[i], rc);
        mo_strbuf_free(&out);
    }

    // Long messages are truncated, not overrun.
    char small[24];
    rc = mo_format_parse_spec("abcdefghijklmnop", 16, 0, "float", &spec, small, sizeof small);
    CHECK(rc == MO_FORMAT_VALUE_ERROR && strlen(small) == sizeof small - 1, "truncation");
    rc = mo_format_parse_spec("abc", 3, 0, "float", &spec, NULL, 0);
    CHECK(rc == MO_FORMAT_VALUE_ERROR, "NULL errmsg");

    // 'c' with a non-ASCII fill and payload counts code points.
    mo_format_parse_spec("\xe2\x82\xac^5c", 6, 'd', "int", &spec, errmsg, sizeof errmsg);
    rc = mo_format_int64(&out, 0x1F600, &spec, "int", errmsg, sizeof errmsg);
    CHECK(rc == MO_FORMAT_OK && strcmp(out.data, "\xe2\x82\xac\xe2\x82\xac\xf0\x9f\x98\x80\xe2\x82\xac\xe2\x82\xac") == 0,
          "'c' centred: %s", out.data);
    mo_strbuf_free(&out);
}

int main(void) {
    test_float_table();
    test_int_table();
    test_str_table();
    test_percent_tables();
    test_misc();
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed ? 1 : 0;
}
