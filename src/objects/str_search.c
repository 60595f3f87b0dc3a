// src/objects/str_search.c — byte-level searching shared by str and bytes:
// find, rfind, count, and the (start, end) arguments of their methods.
//
// Both types search bytes: for str that is sound because UTF-8 is
// self-synchronising (a valid needle can only match a valid haystack at a
// code point boundary), and str's methods convert between code point
// indices and byte offsets around these calls.
//
// Read next: src/objects/str_methods.c.
#define _GNU_SOURCE     // memmem, memrchr
#include <string.h>

#include "objects/abstract.h"
#include "objects/int.h"
#include "objects/str_internal.h"

// For needles of two bytes or more: memchr finds candidates for the first
// byte (vectorised in libc), then the last byte and the rest are compared.
// When candidates keep failing (a needle whose first byte is common in the
// haystack), the rest goes to memmem, whose two-way search is linear.
int64_t mo_str_search_find(const char *h, int64_t hn, const char *n, int64_t nn) {
    if (nn == 0)
        return 0;
    if (nn > hn)
        return -1;
    if (nn == 1) {
        const char *p = memchr(h, n[0], (size_t)hn);
        return p ? p - h : -1;
    }
    const char *p = h, *last = h + hn - nn;    // the last possible start
    char first = n[0], final = n[nn - 1];
    int64_t misses = 0;
    while (p <= last) {
        p = memchr(p, first, (size_t)(last - p + 1));
        if (!p)
            return -1;
        if (p[nn - 1] == final && memcmp(p + 1, n + 1, (size_t)(nn - 2)) == 0)
            return p - h;
        p++;
        if (++misses > 32 && misses * 16 > p - h) {
            const char *q = memmem(p, (size_t)(h + hn - p), n, (size_t)nn);
            return q ? q - h : -1;
        }
    }
    return -1;
}

int64_t mo_str_search_rfind(const char *h, int64_t hn, const char *n, int64_t nn) {
    if (nn == 0)
        return hn;
    if (nn > hn)
        return -1;
    if (nn == 1) {
        const char *p = memrchr(h, n[0], (size_t)hn);
        return p ? p - h : -1;
    }
    // Scan backwards for the last byte of the needle, then compare.
    char last = n[nn - 1];
    int64_t end = hn;   // candidates end strictly before or at `end`
    while (end >= nn) {
        const char *p = memrchr(h + nn - 1, last, (size_t)(end - nn + 1));
        if (!p)
            return -1;
        int64_t start = (p - h) - (nn - 1);
        if (memcmp(h + start, n, (size_t)nn) == 0)
            return start;
        end = (p - h);
    }
    return -1;
}

int64_t mo_str_search_count(const char *h, int64_t hn, const char *n, int64_t nn, int64_t max) {
    int64_t count = 0;
    if (nn == 0)
        return hn + 1 < max ? hn + 1 : max;
    if (nn == 1 && max >= hn) {
        // One byte (in UTF-8 text, an ASCII character, which never occurs
        // inside another character's encoding): a plain counting loop.
        const unsigned char c = (unsigned char)n[0];
        const unsigned char *p = (const unsigned char *)h;
        for (int64_t i = 0; i < hn; i++)
            count += p[i] == c;
        return count;
    }
    int64_t pos = 0;
    while (count < max && pos + nn <= hn) {
        int64_t at = mo_str_search_find(h + pos, hn - pos, n, nn);
        if (at < 0)
            break;
        count++;
        pos += at + nn;
    }
    return count;
}

int mo_str_index_value(Value v, int64_t *out, TypeObject *overflow, const char *message) {
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return 0;
    }
    if (mo_is_bool(v)) {
        *out = v == MO_TRUE;
        return 0;
    }
    Value i = mo_number_index(v);
    if (i == V_ERR)
        return -1;
    if (mo_int_to_i64(i, out) < 0) {
        if (mo_err_matches(&mo_exc_OverflowError)) {
            mo_err_clear();
            mo_err_format(overflow, message, v);
        }
        return -1;
    }
    return 0;
}

static int slice_index(Value v, int64_t *out) {
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return 0;
    }
    if (!mo_is_int(v) && !mo_type(v)->index) {
        mo_err_format(&mo_exc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return mo_index_clamped(v, out);
}

int mo_str_search_range(Value vstart, Value vend, int64_t len, int64_t *start, int64_t *end) {
    int64_t s = 0, e = INT64_MAX;
    if (vstart != MO_NULL && vstart != MO_NONE && slice_index(vstart, &s) < 0)
        return -1;
    if (vend != MO_NULL && vend != MO_NONE && slice_index(vend, &e) < 0)
        return -1;
    if (e > len) {
        e = len;
    } else if (e < 0) {
        e += len;
        if (e < 0)
            e = 0;
    }
    if (s < 0) {
        s += len;
        if (s < 0)
            s = 0;
    }
    *start = s;
    *end = e;
    return 0;
}
