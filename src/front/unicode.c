// src/front/unicode.c — identifier, printable and name tables (unicode.h).
//
// The tables come from CPython's own unicodedata (Unicode 14.0, the version
// Python 3.11 uses), generated into unicode_tables.inc by unicode_gen.py:
// sorted code point ranges, searched by bisection, and a sorted name table
// for "\N{...}" covering the commonly named blocks (names of CJK unified
// ideographs and Hangul syllables are computed instead, as CPython does).
// Names outside those blocks are reported as unknown.
#include "front/unicode.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/strbuf.h"

typedef struct Range { uint32_t lo, hi; } Range;
typedef struct NamedChar { const char *name; uint32_t cp; } NamedChar;
typedef struct Decomposition { uint32_t cp; uint16_t start, len; } Decomposition;
typedef struct CombiningClass { uint32_t cp; uint8_t ccc; } CombiningClass;
typedef struct Composition { uint32_t first, second, composite; } Composition;

// xid_start_ranges, xid_continue_ranges, non_printable_ranges (all above
// U+007F) and named_chars, generated from CPython's unicodedata.
#include "front/unicode_tables.inc"

static bool in_ranges(const Range *r, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].lo)
            hi = mid;
        else if (cp > r[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define IN(table, cp) in_ranges(table, sizeof(table) / sizeof(table[0]), cp)

bool mo_unicode_is_xid_start(uint32_t cp) {
    if (cp < 0x80)
        return isalpha((int)cp) || cp == '_';
    return IN(xid_start_ranges, cp);
}

bool mo_unicode_is_xid_continue(uint32_t cp) {
    if (cp < 0x80)
        return isalnum((int)cp) || cp == '_';
    return IN(xid_continue_ranges, cp);
}

bool mo_unicode_is_printable(uint32_t cp) {
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return !IN(non_printable_ranges, cp);
}

int mo_unicode_decode_utf8(const unsigned char *s, size_t n, uint32_t *cp,
                           bool allow_surrogates) {
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3; v = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4; v = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF)
        return 0;
    if (v >= 0xD800 && v <= 0xDFFF && !allow_surrogates)
        return 0;
    *cp = v;
    return len;
}

// ----------------------------------------------------------------- NFKC

#define S_BASE 0xAC00
#define L_BASE 0x1100
#define V_BASE 0x1161
#define T_BASE 0x11A7
#define L_COUNT 19
#define V_COUNT 21
#define T_COUNT 28
#define N_COUNT (V_COUNT * T_COUNT)
#define S_COUNT (L_COUNT * N_COUNT)

static int ccc_of(uint32_t cp) {
    if (cp < 0x300)
        return 0;
    size_t lo = 0, hi = sizeof ccc_table / sizeof ccc_table[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < ccc_table[mid].cp)
            hi = mid;
        else if (cp > ccc_table[mid].cp)
            lo = mid + 1;
        else
            return ccc_table[mid].ccc;
    }
    return 0;
}

static const Decomposition *decomposition_of(uint32_t cp) {
    size_t lo = 0, hi = sizeof nfkd_index / sizeof nfkd_index[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < nfkd_index[mid].cp)
            hi = mid;
        else if (cp > nfkd_index[mid].cp)
            lo = mid + 1;
        else
            return &nfkd_index[mid];
    }
    return NULL;
}

static uint32_t compose(uint32_t a, uint32_t b) {
    // Hangul: L + V, LV + T.
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE &&
        b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    size_t lo = 0, hi = sizeof compose_pairs / sizeof compose_pairs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const Composition *c = &compose_pairs[mid];
        if (a < c->first || (a == c->first && b < c->second))
            hi = mid;
        else if (a > c->first || b > c->second)
            lo = mid + 1;
        else
            return c->composite;
    }
    return 0;
}

// Appends the compatibility decomposition of `cp`.
static bool decompose(uint32_t cp, uint32_t **buf, size_t *n, size_t *cap) {
    uint32_t tmp[4];
    const uint32_t *seq = &cp;
    size_t len = 1;
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        uint32_t s = cp - S_BASE;
        tmp[0] = L_BASE + s / N_COUNT;
        tmp[1] = V_BASE + (s % N_COUNT) / T_COUNT;
        len = 2;
        if (s % T_COUNT)
            tmp[len++] = T_BASE + s % T_COUNT;
        seq = tmp;
    } else if (cp >= 0x80) {
        const Decomposition *d = decomposition_of(cp);
        if (d) {
            seq = nfkd_pool + d->start;
            len = d->len;
        }
    }
    if (*n + len > *cap) {
        size_t ncap = (*cap + len) * 2;
        uint32_t *nbuf = realloc(*buf, ncap * sizeof **buf);
        if (!nbuf)
            return false;
        *buf = nbuf;
        *cap = ncap;
    }
    memcpy(*buf + *n, seq, len * sizeof *seq);
    *n += len;
    return true;
}

bool mo_unicode_nfkc(const char *s, size_t len, StrBuf *out) {
    uint32_t *cps = NULL;
    size_t n = 0, cap = 0;
    const unsigned char *u = (const unsigned char *)s, *end = u + len;
    while (u < end) {
        uint32_t cp;
        int k = mo_unicode_decode_utf8(u, (size_t)(end - u), &cp, true);
        if (k <= 0) {
            cp = *u;
            k = 1;
        }
        if (!decompose(cp, &cps, &n, &cap)) {
            free(cps);
            return false;
        }
        u += k;
    }
    // Canonical ordering: stable-sort each run of combining marks by class.
    for (size_t i = 1; i < n; i++) {
        int c = ccc_of(cps[i]);
        if (c == 0)
            continue;
        size_t j = i;
        while (j > 0 && ccc_of(cps[j - 1]) > c) {
            uint32_t t = cps[j];
            cps[j] = cps[j - 1];
            cps[j - 1] = t;
            j--;
        }
    }
    // Canonical composition.
    size_t w = 0;
    ptrdiff_t starter = -1;
    int last_class = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        int cc = ccc_of(c);
        if (starter >= 0) {
            bool adjacent = (size_t)starter == w - 1;
            if (adjacent || (last_class != 0 && last_class < cc)) {
                uint32_t comp = compose(cps[starter], c);
                if (comp) {
                    cps[starter] = comp;
                    continue;
                }
            }
        }
        if (cc == 0) {
            starter = (ptrdiff_t)w;
            last_class = 0;
        } else {
            last_class = cc;
        }
        cps[w++] = c;
    }
    for (size_t i = 0; i < w; i++)
        mo_strbuf_put_codepoint(out, cps[i]);
    free(cps);
    return !out->failed;
}

// ------------------------------------------------------------ \N{} names

static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                     "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA",
                                     "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI",
                                     "I"};
static const char *const jamo_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                     "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                     "SS", "NG", "J", "C", "K", "T", "P", "H"};

// The longest jamo short name at `s` (CPython's find_syllable).
static int find_jamo(const char *s, size_t n, const char *const *table, int count, int *len) {
    int pos = -1;
    *len = -1;
    for (int i = 0; i < count; i++) {
        int l = (int)strlen(table[i]);
        if (l <= *len || (size_t)l > n)
            continue;
        if (strncmp(s, table[i], (size_t)l) == 0) {
            *len = l;
            pos = i;
        }
    }
    if (*len == -1)
        *len = 0;
    return pos;
}

static bool hex_name(const char *s, size_t n, uint32_t *out) {
    if (n < 4 || n > 5)
        return false;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return false;
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return true;
}

bool mo_unicode_lookup_name(const char *name, size_t len, uint32_t *cp) {
    // Names are matched without regard to case, as CPython does.
    char upper[256];
    if (len == 0 || len >= sizeof upper)
        return false;
    for (size_t i = 0; i < len; i++)
        upper[i] = (char)toupper((unsigned char)name[i]);
    upper[len] = '\0';
    size_t lo = 0, hi = sizeof named_chars / sizeof named_chars[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(upper, named_chars[mid].name);
        if (c == 0) {
            *cp = named_chars[mid].cp;
            return true;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len > sizeof cjk - 1 && memcmp(name, cjk, sizeof cjk - 1) == 0) {
        uint32_t v;
        // Computed names must be spelled in upper case.
        if (!hex_name(name + sizeof cjk - 1, len - (sizeof cjk - 1), &v))
            return false;
        static const Range unified[] = {
            {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
            {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
        };
        if (!IN(unified, v))
            return false;
        *cp = v;
        return true;
    }
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (len > sizeof hangul - 1 && memcmp(name, hangul, sizeof hangul - 1) == 0) {
        const char *s = name + sizeof hangul - 1;
        size_t n = len - (sizeof hangul - 1);
        int l_len, v_len, t_len;
        int l = find_jamo(s, n, jamo_l, 19, &l_len);
        s += l_len, n -= (size_t)l_len;
        int v = find_jamo(s, n, jamo_v, 21, &v_len);
        s += v_len, n -= (size_t)v_len;
        int t = find_jamo(s, n, jamo_t, 28, &t_len);
        n -= (size_t)t_len;
        if (l != -1 && v != -1 && t != -1 && n == 0) {
            *cp = 0xAC00 + (uint32_t)((l * 21 + v) * 28 + t);
            return true;
        }
    }
    return false;
}
