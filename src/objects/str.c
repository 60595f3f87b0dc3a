// src/objects/str.c — the core of `str`: making strings, interning, hashing,
// comparing, repr, the formatter behind mo_str_format / mo_err_format, code
// point offsets, and the type's slots and iterator.
//
// Invariants (see str.h for the layout):
// - `length` and `size` never change after mo_str_finish; `hash` is -1 until
//   first computed and never -1 afterwards.
// - ASCII-ness is `size == length`, cached in MO_STR_ASCII.
// - A non-ASCII string longer than INDEX_STRIDE code points whose size fits
//   in 32 bits has room, after data[size] (the NUL), aligned to 4, for
//   (length - 1) / INDEX_STRIDE uint32 byte offsets, entry k-1 being the
//   offset of code point k * INDEX_STRIDE. The table is filled the first
//   time an offset past the first stride is asked for, which sets
//   MO_STR_INDEXED.
// - The empty string and every one-character string below U+0100 are static
//   objects: mo_str_finish hands them out instead of new copies, so `c == d`
//   pointer-compares for one-character strings in that range.
// - Interned strings live in a malloc'd open-addressing table that the
//   collector scans conservatively (mo_gc_add_region): they are never freed.
//
// Read next: src/objects/str_methods.c (the methods of str).
#define _GNU_SOURCE     // memmem
#include "objects/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"

#define INDEX_STRIDE 32

// ------------------------------------------------------------ UTF-8 basics

const uint8_t mo_utf8_seqlen[256] = {
    // 0x00-0x7F: ASCII
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    // 0x80-0xBF: continuation bytes (never a lead in valid data)
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    // 0xC0-0xDF: two bytes
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    // 0xE0-0xEF: three bytes; 0xF0-0xF7: four; 0xF8-0xFF: invalid
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1,
};

static inline uint64_t load64(const char *p) {
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w;
}

#define HIGH_BITS 0x8080808080808080ull

// The number of bytes of a word that have their top bit set in `bits`
// (which has no other bits): a SWAR sum, since libgcc's popcount is a call
// on baseline x86-64.
static inline int count_high(uint64_t bits) {
    return (int)(((bits >> 7) * 0x0101010101010101ull) >> 56);
}

// Counting code points is counting the bytes that are not continuation
// bytes (10xxxxxx). A byte is a continuation byte when bit 7 is set and bit
// 6 is clear; shifting the word left by one lines bit 6 up under bit 7.
int64_t mo_utf8_length(const char *s, size_t n) {
    size_t cont = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w = load64(s + i);
        if (w & HIGH_BITS)
            cont += (size_t)count_high(w & ~(w << 1) & HIGH_BITS);
    }
    for (; i < n; i++)
        cont += ((uint8_t)s[i] & 0xC0) == 0x80;
    return (int64_t)(n - cont);
}

uint32_t mo_utf8_decode(const char *s, int64_t *pos) {
    const uint8_t *p = (const uint8_t *)s + *pos;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pos += 1;
        return c;
    }
    if (c < 0xE0) {
        *pos += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pos += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pos += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

// Validates one sequence at s[i]; returns its length or 0 if invalid.
// Surrogates (ED A0..BF xx) are accepted, as str.h's invariant allows.
static int utf8_valid_seq(const uint8_t *s, size_t i, size_t n) {
    uint8_t c = s[i];
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return i + 1 < n && (s[i + 1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (i + 2 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[i + 1] < 0xA0)
            return 0;   // overlong
        return 3;
    }
    if (c < 0xF5) {
        if (i + 3 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
            (s[i + 3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))
            return 0;   // overlong, or above U+10FFFF
        return 4;
    }
    return 0;
}

int64_t mo_utf8_count(const char *s, size_t n, bool *ascii) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    int64_t count = 0;
    bool all_ascii = true;
    while (i < n) {
        if (i + 8 <= n && !(load64(s + i) & HIGH_BITS)) {
            i += 8;
            count += 8;
            continue;
        }
        int len = utf8_valid_seq(p, i, n);
        if (!len)
            return -1;
        if (len > 1)
            all_ascii = false;
        i += (size_t)len;
        count++;
    }
    if (ascii)
        *ascii = all_ascii;
    return count;
}

// ------------------------------------------------------- shared singletons

// Layout-compatible with StrObject, with room for a short text.
typedef struct SmallStr {
    Object hdr;
    int64_t length;
    int64_t size;
    int64_t hash;
    char data[8];
} SmallStr;

_Static_assert(offsetof(SmallStr, data) == offsetof(StrObject, data), "SmallStr layout");

static SmallStr small_strs[256];
static SmallStr empty_str;
static bool small_ready;
Value mo_str_empty;

static void init_small(void) {
    empty_str = (SmallStr){MO_STATIC_HEADER(&mo_str_type), 0, 0, -1, {0}};
    empty_str.hdr.aux = MO_STR_ASCII | MO_STR_INTERNED;
    for (uint32_t c = 0; c < 256; c++) {
        SmallStr *s = &small_strs[c];
        *s = (SmallStr){MO_STATIC_HEADER(&mo_str_type), 1, 1, -1, {0}};
        if (c < 0x80) {
            s->data[0] = (char)c;
            s->hdr.aux = MO_STR_ASCII | MO_STR_INTERNED;
        } else {
            s->data[0] = (char)(0xC0 | (c >> 6));
            s->data[1] = (char)(0x80 | (c & 0x3F));
            s->size = 2;
            s->hdr.aux = MO_STR_INTERNED;
        }
    }
    mo_str_empty = mo_obj(&empty_str);
    small_ready = true;
}

static inline void ensure_small(void) {
    if (__builtin_expect(!small_ready, 0))
        init_small();
}

Value mo_str_latin1_char(uint32_t cp) {
    ensure_small();
    return mo_obj(&small_strs[cp]);
}

// ------------------------------------------------------------ construction

static size_t index_bytes(int64_t size, int64_t length) {
    if (size == length || length <= INDEX_STRIDE || size > (int64_t)UINT32_MAX)
        return 0;
    // Padding to align the table plus the table itself.
    return 3 + (size_t)((length - 1) / INDEX_STRIDE) * sizeof(uint32_t);
}

static uint32_t *index_table(StrObject *o) {
    uintptr_t p = (uintptr_t)(o->data + o->size + 1);
    return (uint32_t *)((p + 3) & ~(uintptr_t)3);
}

StrObject *mo_str_alloc(int64_t size, int64_t length) {
    if (size < 0 || size > (int64_t)1 << 56) {
        mo_err_no_memory();
        return NULL;
    }
    size_t extra = index_bytes(size, length);
    StrObject *o = mo_gc_alloc(&mo_str_type, sizeof(StrObject) + (size_t)size + 1 + extra);
    if (!o)
        return NULL;
    o->length = length;
    o->size = size;
    o->hash = -1;
    o->data[size] = '\0';
    o->hdr.aux = size == length ? MO_STR_ASCII : 0;
    return o;
}

// Counting lead bytes a word at a time; only the words where a multiple
// of INDEX_STRIDE code points is reached are looked at byte by byte.
static void build_index(StrObject *o) {
    uint32_t *table = index_table(o);
    const uint8_t *p = (const uint8_t *)o->data;
    int64_t size = o->size, entries = (o->length - 1) / INDEX_STRIDE;
    int64_t pos = 0, count = 0, mark = INDEX_STRIDE, k = 0;
    while (k < entries) {
        if (pos + 8 <= size) {
            uint64_t w = load64((const char *)p + pos);
            int64_t leads = 8 - count_high(w & ~(w << 1) & HIGH_BITS);
            if (mark >= count + leads) {
                count += leads;
                pos += 8;
                continue;
            }
        }
        // Byte by byte through this word (or the tail).
        for (int64_t end = pos + 8 < size ? pos + 8 : size; pos < end && k < entries; pos++) {
            if ((p[pos] & 0xC0) == 0x80)
                continue;
            if (count == mark) {
                table[k++] = (uint32_t)pos;
                mark += INDEX_STRIDE;
            }
            count++;
        }
    }
    o->hdr.aux |= MO_STR_INDEXED;
}

Value mo_str_finish(StrObject *o) {
    if (o->size <= 2) {
        if (o->length == 0)
            return mo_str_empty;
        if (o->length == 1) {
            uint8_t c = (uint8_t)o->data[0];
            if (c < 0x80)
                return mo_str_latin1_char(c);
            if (c < 0xC4)
                return mo_str_latin1_char(((c & 0x1Fu) << 6) | ((uint8_t)o->data[1] & 0x3Fu));
        }
    }
    // The offset table, if the string has room for one, is filled on first
    // use (mo_str_offset): most strings are never indexed far from the
    // start, and building it is most of the cost of making a long slice.
    return mo_obj(o);
}

Value mo_str_new_known(const char *utf8, int64_t size, int64_t length) {
    ensure_small();
    if (length <= 1) {
        if (length == 0)
            return mo_str_empty;
        if (size == 1)
            return mo_obj(&small_strs[(uint8_t)utf8[0]]);
    }
    StrObject *o = mo_str_alloc(size, length);
    if (!o)
        return V_ERR;
    memcpy(o->data, utf8, (size_t)size);
    return mo_str_finish(o);
}

Value mo_str_new(const char *utf8, size_t n) {
    return mo_str_new_known(utf8, (int64_t)n, n <= 1 ? (int64_t)n : mo_utf8_length(utf8, n));
}

Value mo_str_from_cstr(const char *s) { return mo_str_new(s, strlen(s)); }

Value mo_str_from_strbuf(StrBuf *b) {
    if (b->failed) {
        mo_strbuf_free(b);
        return mo_err_no_memory();
    }
    Value r = mo_str_new(b->data ? b->data : "", b->len);
    mo_strbuf_free(b);
    return r;
}

Value mo_str_from_codepoint(uint32_t cp) {
    if (cp < 256)
        return mo_str_latin1_char(cp);
    StrBuf b = STRBUF_INIT;
    char tmp[8];
    b.data = tmp;   // never grown: put_codepoint writes at most 4 bytes
    b.cap = sizeof tmp;
    mo_strbuf_put_codepoint(&b, cp);
    return mo_str_new_known(tmp, (int64_t)b.len, 1);
}

Value mo_str_from_latin1(const char *s, size_t n) {
    size_t high = 0;
    for (size_t i = 0; i < n; i++)
        high += (uint8_t)s[i] >> 7;
    if (!high)
        return mo_str_new_known(s, (int64_t)n, (int64_t)n);
    StrObject *o = mo_str_alloc((int64_t)(n + high), (int64_t)n);
    if (!o)
        return V_ERR;
    char *d = o->data;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if (c < 0x80) {
            *d++ = (char)c;
        } else {
            *d++ = (char)(0xC0 | (c >> 6));
            *d++ = (char)(0x80 | (c & 0x3F));
        }
    }
    return mo_str_finish(o);
}

Value mo_str_from_ucs4(const uint32_t *cps, size_t n) {
    int64_t size = 0;
    for (size_t i = 0; i < n; i++)
        size += cps[i] < 0x80 ? 1 : cps[i] < 0x800 ? 2 : cps[i] < 0x10000 ? 3 : 4;
    StrObject *o = mo_str_alloc(size, (int64_t)n);
    if (!o)
        return V_ERR;
    StrBuf b = {o->data, 0, (size_t)size + 1, false};
    for (size_t i = 0; i < n; i++)
        mo_strbuf_put_codepoint(&b, cps[i]);
    return mo_str_finish(o);
}

// ---------------------------------------------------------------- offsets

int64_t mo_str_offset(Value s, int64_t index) {
    StrObject *o = mo_str_obj(s);
    if (o->hdr.aux & MO_STR_ASCII)
        return index;
    if (index >= o->length)
        return o->size;
    const uint8_t *p = (const uint8_t *)o->data;
    int64_t pos = 0, todo = index;
    if (!(o->hdr.aux & MO_STR_INDEXED) && index >= INDEX_STRIDE && index_bytes(o->size, o->length))
        build_index(o);
    if (o->hdr.aux & MO_STR_INDEXED) {
        int64_t k = index / INDEX_STRIDE;
        if (k)
            pos = index_table(o)[k - 1];
        todo = index - k * INDEX_STRIDE;
    } else if (index > o->length / 2) {
        // Walk back from the end: step over continuation bytes.
        pos = o->size;
        for (int64_t n = o->length - index; n > 0; n--) {
            pos--;
            while ((p[pos] & 0xC0) == 0x80)
                pos--;
        }
        return pos;
    }
    while (todo-- > 0)
        pos += mo_utf8_seqlen[p[pos]];
    return pos;
}

uint32_t mo_str_char(Value s, int64_t index) {
    int64_t pos = mo_str_offset(s, index);
    return mo_utf8_decode(mo_str_data(s), &pos);
}

Value mo_str_substr(Value s, int64_t start, int64_t stop) {
    if (start <= 0 && stop >= mo_str_len(s) && mo_is_exact(s, &mo_str_type))
        return s;
    if (stop <= start) {
        ensure_small();
        return mo_str_empty;
    }
    int64_t a = mo_str_offset(s, start);
    int64_t b = mo_str_is_ascii(s) ? stop : a + (stop - start == 1
                                                     ? mo_utf8_seqlen[(uint8_t)mo_str_data(s)[a]]
                                                     : mo_str_offset(s, stop) - a);
    return mo_str_new_known(mo_str_data(s) + a, b - a, stop - start);
}

// ---------------------------------------------------------------- hashing

// SipHash-1-3 (Aumasson & Bernstein; one compression round, three
// finalization rounds) with an all-zero key. This is what CPython 3.11 does
// under PYTHONHASHSEED=0, the setting its test oracle runs with: equal
// hashes give equal set layouts, so sets of strings print in CPython's order.
// The hasher is incremental so that text can be fed as CPython's fixed-width
// code units without building them in memory.
typedef struct SipState {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;      // pending bytes, little-endian
    unsigned ntail;     // how many bytes of `tail` are filled
    uint64_t total;     // bytes fed so far
} SipState;

static inline uint64_t rotl64(uint64_t x, unsigned b) { return (x << b) | (x >> (64 - b)); }

static inline void sip_round(SipState *s) {
    s->v0 += s->v1; s->v1 = rotl64(s->v1, 13); s->v1 ^= s->v0; s->v0 = rotl64(s->v0, 32);
    s->v2 += s->v3; s->v3 = rotl64(s->v3, 16); s->v3 ^= s->v2;
    s->v0 += s->v3; s->v3 = rotl64(s->v3, 21); s->v3 ^= s->v0;
    s->v2 += s->v1; s->v1 = rotl64(s->v1, 17); s->v1 ^= s->v2; s->v2 = rotl64(s->v2, 32);
}

static inline void sip_init(SipState *s) {
    // The key (k0, k1) is zero, so v_i are the constants themselves.
    s->v0 = 0x736f6d6570736575ull;
    s->v1 = 0x646f72616e646f6dull;
    s->v2 = 0x6c7967656e657261ull;
    s->v3 = 0x7465646279746573ull;
    s->tail = 0;
    s->ntail = 0;
    s->total = 0;
}

static inline void sip_word(SipState *s, uint64_t m) {
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

static inline void sip_byte(SipState *s, uint8_t b) {
    s->tail |= (uint64_t)b << (8 * s->ntail);
    s->total++;
    if (++s->ntail == 8) {
        sip_word(s, s->tail);
        s->tail = 0;
        s->ntail = 0;
    }
}

static void sip_bytes(SipState *s, const uint8_t *p, size_t n) {
    while (n && s->ntail) {
        sip_byte(s, *p++);
        n--;
    }
    for (; n >= 8; n -= 8, p += 8) {
        uint64_t m = 0;
        for (unsigned i = 0; i < 8; i++)
            m |= (uint64_t)p[i] << (8 * i);
        sip_word(s, m);
        s->total += 8;
    }
    while (n--)
        sip_byte(s, *p++);
}

static int64_t sip_finish(SipState *s) {
    uint64_t b = (s->total << 56) | s->tail;
    sip_word(s, b);
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    int64_t h = (int64_t)(s->v0 ^ s->v1 ^ s->v2 ^ s->v3);
    return h == -1 ? -2 : h;
}

int64_t mo_str_hash_bytes(const char *p, size_t n) {
    if (n == 0)
        return 0;
    SipState s;
    sip_init(&s);
    sip_bytes(&s, (const uint8_t *)p, n);
    return sip_finish(&s);
}

// The hash of UTF-8 text `p[0:n]`: CPython hashes a string's code points as
// 1-, 2- or 4-byte little-endian units, the narrowest that holds them all.
int64_t mo_str_hash_utf8(const char *p, size_t n) {
    const uint8_t *u = (const uint8_t *)p;
    uint32_t max = 0;
    for (size_t i = 0; i < n; i++)
        if (u[i] >= 0x80) {
            max = 0x80;
            break;
        }
    if (max == 0)
        return mo_str_hash_bytes(p, n);
    for (int64_t i = 0; i < (int64_t)n;) {
        uint32_t cp = mo_utf8_decode(p, &i);
        if (cp > max)
            max = cp;
    }
    unsigned width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    SipState s;
    sip_init(&s);
    for (int64_t i = 0; i < (int64_t)n;) {
        uint32_t cp = mo_utf8_decode(p, &i);
        for (unsigned k = 0; k < width; k++)
            sip_byte(&s, (uint8_t)(cp >> (8 * k)));
    }
    return sip_finish(&s);
}

int64_t mo_str_hash(Value s) {
    StrObject *o = mo_str_obj(s);
    if (o->hash != -1)
        return o->hash;
    o->hash = (o->hdr.aux & MO_STR_ASCII) ? mo_str_hash_bytes(o->data, (size_t)o->size)
                                          : mo_str_hash_utf8(o->data, (size_t)o->size);
    return o->hash;
}

// -------------------------------------------------------------- comparing

bool mo_str_eq(Value a, Value b) {
    if (a == b)
        return true;
    StrObject *x = mo_str_obj(a), *y = mo_str_obj(b);
    if (x->size != y->size)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    // Two distinct interned exact strs are never equal.
    if ((x->hdr.aux & y->hdr.aux & MO_STR_INTERNED) && x->hdr.type == &mo_str_type &&
        y->hdr.type == &mo_str_type)
        return false;
    return memcmp(x->data, y->data, (size_t)x->size) == 0;
}

// UTF-8 byte order is code point order (surrogates included), so memcmp
// compares by code points.
int mo_str_cmp(Value a, Value b) {
    StrObject *x = mo_str_obj(a), *y = mo_str_obj(b);
    int64_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c)
        return c;
    return (x->size > y->size) - (x->size < y->size);
}

bool mo_str_eq_cstr(Value s, const char *c) {
    size_t n = strlen(c);
    return (size_t)mo_str_size(s) == n && memcmp(mo_str_data(s), c, n) == 0;
}

// ------------------------------------------------------------ concatenate

Value mo_str_concat(Value a, Value b) {
    StrObject *x = mo_str_obj(a), *y = mo_str_obj(b);
    if (y->size == 0 && x->hdr.type == &mo_str_type)
        return a;
    if (x->size == 0 && y->hdr.type == &mo_str_type)
        return b;
    StrObject *o = mo_str_alloc(x->size + y->size, x->length + y->length);
    if (!o)
        return V_ERR;
    memcpy(o->data, x->data, (size_t)x->size);
    memcpy(o->data + x->size, y->data, (size_t)y->size);
    return mo_str_finish(o);
}

Value mo_str_join_array(const Value *items, size_t n) {
    if (n == 1 && mo_is_exact(items[0], &mo_str_type))
        return items[0];
    int64_t size = 0, length = 0;
    for (size_t i = 0; i < n; i++) {
        size += mo_str_size(items[i]);
        length += mo_str_len(items[i]);
    }
    StrObject *o = mo_str_alloc(size, length);
    if (!o)
        return V_ERR;
    char *d = o->data;
    for (size_t i = 0; i < n; i++) {
        memcpy(d, mo_str_data(items[i]), (size_t)mo_str_size(items[i]));
        d += mo_str_size(items[i]);
    }
    return mo_str_finish(o);
}

// -------------------------------------------------------------- interning

// Open addressing with linear probing over raw StrObject pointers; the
// table is at most half full.
static StrObject **intern_table;
static size_t intern_cap, intern_count;
static void *intern_end;    // read by the collector: the table's end

static bool intern_grow(void) {
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    StrObject **t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    for (size_t i = 0; i < intern_cap; i++) {
        StrObject *o = intern_table[i];
        if (!o)
            continue;
        size_t j = (size_t)o->hash & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = o;
    }
    if (intern_table) {
        mo_gc_remove_region(intern_table);
        free(intern_table);
    }
    intern_table = t;
    intern_cap = cap;
    intern_end = t + cap;
    mo_gc_add_region(t, &intern_end);
    return true;
}

// Finds the interned string with these bytes, or the empty slot where it
// would go (*slot). The table must exist.
static StrObject *intern_find(const char *s, size_t n, int64_t hash, size_t *slot) {
    size_t j = (size_t)hash & (intern_cap - 1);
    for (;;) {
        StrObject *o = intern_table[j];
        if (!o) {
            *slot = j;
            return NULL;
        }
        if (o->hash == hash && (size_t)o->size == n && memcmp(o->data, s, n) == 0)
            return o;
        j = (j + 1) & (intern_cap - 1);
    }
}

static Value intern_insert(Value s) {
    // s is an exact str, not yet interned, with its hash computed, and no
    // equal string is in the table.
    if ((intern_count + 1) * 2 > intern_cap && !intern_grow())
        return mo_err_no_memory();
    StrObject *o = mo_str_obj(s);
    size_t slot;
    intern_find(o->data, (size_t)o->size, o->hash, &slot);
    intern_table[slot] = o;
    intern_count++;
    o->hdr.aux |= MO_STR_INTERNED;
    return s;
}

Value mo_str_intern(Value s) {
    StrObject *o = mo_str_obj(s);
    if ((o->hdr.aux & MO_STR_INTERNED) && o->hdr.type == &mo_str_type)
        return s;
    if (o->size <= 2 && o->length <= 1)
        return mo_str_new_known(o->data, o->size, o->length);
    int64_t h = mo_str_hash(s);
    if (intern_table) {
        size_t slot;
        StrObject *found = intern_find(o->data, (size_t)o->size, h, &slot);
        if (found)
            return mo_obj(found);
    }
    if (o->hdr.type != &mo_str_type) {
        // Subclass instances are never interned; an exact copy is.
        s = mo_str_new_known(o->data, o->size, o->length);
        if (s == V_ERR)
            return V_ERR;
        mo_str_hash(s);
    }
    return intern_insert(s);
}

Value mo_str_intern_cstr(const char *s) {
    size_t n = strlen(s);
    if (n <= 1 || !intern_table) {
        Value v = mo_str_new(s, n);
        return v == V_ERR ? V_ERR : mo_str_intern(v);
    }
    int64_t h = mo_str_hash_utf8(s, n);
    size_t slot;
    StrObject *found = intern_find(s, n, h, &slot);
    if (found)
        return mo_obj(found);
    Value v = mo_str_new(s, n);
    if (v == V_ERR)
        return V_ERR;
    mo_str_obj(v)->hash = h;
    return intern_insert(v);
}

// ------------------------------------------------------------------- repr

static const char hexdigits[] = "0123456789abcdef";

static void put_escape(StrBuf *b, uint32_t c) {
    char tmp[10];
    int n;
    if (c < 0x100) {
        tmp[0] = '\\';
        tmp[1] = 'x';
        n = 2;
        for (int i = 1; i >= 0; i--)
            tmp[n++] = hexdigits[(c >> (4 * i)) & 0xF];
    } else if (c < 0x10000) {
        tmp[0] = '\\';
        tmp[1] = 'u';
        n = 2;
        for (int i = 3; i >= 0; i--)
            tmp[n++] = hexdigits[(c >> (4 * i)) & 0xF];
    } else {
        tmp[0] = '\\';
        tmp[1] = 'U';
        n = 2;
        for (int i = 7; i >= 0; i--)
            tmp[n++] = hexdigits[(c >> (4 * i)) & 0xF];
    }
    mo_strbuf_append(b, tmp, (size_t)n);
}

// isprintable with a bitmap for U+0080..U+07FF (Latin, Greek, Cyrillic,
// Hebrew, Arabic), the non-ASCII text repr meets most.
static bool printable(uint32_t c) {
    static uint8_t bits[0x800 / 8];
    static bool ready;
    if (c >= 0x800)
        return mo_unicode_isprintable(c);
    if (!ready) {
        for (uint32_t k = 0x80; k < 0x800; k++)
            if (mo_unicode_isprintable(k))
                bits[k >> 3] |= (uint8_t)(1u << (k & 7));
        ready = true;
    }
    return bits[c >> 3] & (1u << (c & 7));
}

void mo_str_repr_into(StrBuf *b, Value s, bool ascii_only) {
    const char *d = mo_str_data(s);
    int64_t n = mo_str_size(s);
    // Single quotes unless the text has a ' and no ".
    char quote = '\'';
    if (memchr(d, '\'', (size_t)n) && !memchr(d, '"', (size_t)n))
        quote = '"';
    mo_strbuf_reserve(b, (size_t)n + 2);
    mo_strbuf_putc(b, quote);
    int64_t i = 0;
    while (i < n) {
        // Copy a run of characters that need no escaping in one go.
        int64_t run = i;
        while (run < n) {
            uint8_t c = (uint8_t)d[run];
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != (uint8_t)quote) {
                run++;
                continue;
            }
            if (c < 0x80 || ascii_only)
                break;
            int64_t next = run;
            if (!printable(mo_utf8_decode(d, &next)))
                break;
            run = next;
        }
        if (run > i) {
            mo_strbuf_append(b, d + i, (size_t)(run - i));
            i = run;
            if (i >= n)
                break;
        }
        int64_t start = i;
        uint32_t c = mo_utf8_decode(d, &i);
        if (c == (uint32_t)quote || c == '\\') {
            mo_strbuf_putc(b, '\\');
            mo_strbuf_putc(b, (char)c);
        } else if (c == '\n') {
            mo_strbuf_append(b, "\\n", 2);
        } else if (c == '\t') {
            mo_strbuf_append(b, "\\t", 2);
        } else if (c == '\r') {
            mo_strbuf_append(b, "\\r", 2);
        } else if (c < 0x20 || c == 0x7F) {
            put_escape(b, c);
        } else if (c >= 0x80 && (ascii_only || !printable(c))) {
            put_escape(b, c);
        } else {
            mo_strbuf_append(b, d + start, (size_t)(i - start));
        }
    }
    mo_strbuf_putc(b, quote);
}

Value mo_str_repr(Value s) {
    StrBuf b = STRBUF_INIT;
    mo_str_repr_into(&b, s, false);
    return mo_str_from_strbuf(&b);
}

// ---------------------------------------------------------------- vformat

// Appends text of `length` code points (`n` bytes), truncated to `prec`
// code points when prec >= 0, padded with spaces to `width` code points.
static void put_text(StrBuf *b, const char *s, size_t n, int64_t length, int width, int prec,
                     bool left) {
    if (prec >= 0 && length > prec) {
        int64_t pos = 0;
        for (int i = 0; i < prec; i++)
            pos += mo_utf8_seqlen[(uint8_t)s[pos]];
        n = (size_t)pos;
        length = prec;
    }
    if (!left && width > length)
        mo_strbuf_fill(b, ' ', (size_t)(width - length));
    mo_strbuf_append(b, s, n);
    if (left && width > length)
        mo_strbuf_fill(b, ' ', (size_t)(width - length));
}

void mo_str_vformat(StrBuf *b, const char *fmt, va_list ap) {
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            mo_strbuf_puts(b, p);
            return;
        }
        mo_strbuf_append(b, p, (size_t)(pct - p));
        p = pct + 1;
        if (*p == '%') {
            mo_strbuf_putc(b, '%');
            p++;
            continue;
        }
        // Rebuild the conversion spec for snprintf, with '*' resolved.
        char spec[48];
        size_t sl = 0;
        spec[sl++] = '%';
        bool left = false;
        while (*p && strchr("-+ #0", *p)) {
            if (*p == '-')
                left = true;
            if (sl < 8)
                spec[sl++] = *p;
            p++;
        }
        int width = -1, prec = -1;
        if (*p == '*') {
            width = va_arg(ap, int);
            if (width < 0) {
                left = true;
                width = -width;
            }
            p++;
        } else if (*p >= '0' && *p <= '9') {
            width = 0;
            while (*p >= '0' && *p <= '9')
                width = width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') {
                prec = va_arg(ap, int);
                p++;
            } else {
                while (*p >= '0' && *p <= '9')
                    prec = prec * 10 + (*p++ - '0');
            }
        }
        if (left && !memchr(spec, '-', sl))
            spec[sl++] = '-';
        if (width >= 0)
            sl += (size_t)snprintf(spec + sl, sizeof spec - sl - 8, "%d", width);
        if (prec >= 0)
            sl += (size_t)snprintf(spec + sl, sizeof spec - sl - 8, ".%d", prec);
        char lenmod[3] = {0};
        if (*p == 'h' || *p == 'l') {
            lenmod[0] = *p++;
            if (*p == lenmod[0])
                lenmod[1] = *p++;
        } else if (*p == 'z' || *p == 'j' || *p == 't') {
            lenmod[0] = *p++;
        }
        char conv = *p;
        if (!conv)
            return;
        p++;
        for (int i = 0; lenmod[i]; i++)
            spec[sl++] = lenmod[i];
        spec[sl++] = conv;
        spec[sl] = '\0';
        switch (conv) {
        case 'R':
        case 'S':
        case 'U':
        case 'T': {
            Value v = va_arg(ap, Value);
            if (conv == 'T') {
                const char *name = mo_type_name(v);
                put_text(b, name, strlen(name), mo_utf8_length(name, strlen(name)), width, prec,
                         left);
                break;
            }
            Value t = conv == 'R' ? mo_repr(v) : conv == 'S' ? mo_str(v) : v;
            if (t == V_ERR)
                return;     // the exception stays set; the caller reports it
            put_text(b, mo_str_data(t), (size_t)mo_str_size(t), mo_str_len(t), width, prec, left);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            size_t n = strlen(s);
            int64_t length = mo_utf8_count(s, n, NULL);
            if (length >= 0) {
                put_text(b, s, n, length, width, prec, left);
                break;
            }
            // Not UTF-8 (a file name, say): decode with U+FFFD for bad
            // bytes, as CPython's %s does, so the str stays valid.
            StrBuf fixed = STRBUF_INIT;
            const uint8_t *u = (const uint8_t *)s;
            length = 0;
            for (size_t i = 0; i < n; length++) {
                int len = utf8_valid_seq(u, i, n);
                if (len && !(len == 3 && u[i] == 0xED && u[i + 1] >= 0xA0)) {
                    mo_strbuf_append(&fixed, s + i, (size_t)len);
                    i += (size_t)len;
                } else {
                    mo_strbuf_put_codepoint(&fixed, 0xFFFD);
                    i++;
                }
            }
            put_text(b, fixed.data ? fixed.data : "", fixed.len, length, width, prec, left);
            mo_strbuf_free(&fixed);
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            StrBuf one = STRBUF_INIT;
            mo_strbuf_put_codepoint(&one, (uint32_t)c & 0x1FFFFF);
            put_text(b, one.data ? one.data : "", one.len, 1, width, -1, left);
            mo_strbuf_free(&one);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            if (lenmod[0] == 'l' && lenmod[1] == 'l')
                mo_strbuf_printf(b, spec, va_arg(ap, long long));
            else if (lenmod[0] == 'l')
                mo_strbuf_printf(b, spec, va_arg(ap, long));
            else if (lenmod[0] == 'z')
                mo_strbuf_printf(b, spec, va_arg(ap, size_t));
            else if (lenmod[0] == 'j')
                mo_strbuf_printf(b, spec, va_arg(ap, intmax_t));
            else if (lenmod[0] == 't')
                mo_strbuf_printf(b, spec, va_arg(ap, ptrdiff_t));
            else
                mo_strbuf_printf(b, spec, va_arg(ap, int));
            break;
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
        case 'a':
        case 'A':
            mo_strbuf_printf(b, spec, va_arg(ap, double));
            break;
        case 'p':
            mo_strbuf_printf(b, spec, va_arg(ap, void *));
            break;
        default:
            // Unknown conversion: copy it through, as CPython does.
            mo_strbuf_append(b, pct, (size_t)(p - pct));
            break;
        }
    }
}

Value mo_str_format(const char *fmt, ...) {
    StrBuf b = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    mo_str_vformat(&b, fmt, ap);
    va_end(ap);
    if (mo_err_occurred()) {
        mo_strbuf_free(&b);
        return V_ERR;
    }
    return mo_str_from_strbuf(&b);
}

// ------------------------------------------------------------------ slots

static Value str_repr_slot(Value self) { return mo_str_repr(self); }

static Value str_str_slot(Value self) {
    if (mo_is_exact(self, &mo_str_type))
        return self;
    StrObject *o = mo_str_obj(self);
    return mo_str_new_known(o->data, o->size, o->length);
}

static int64_t str_hash_slot(Value self) { return mo_str_hash(self); }

static Value str_richcompare(Value a, Value b, int op) {
    if (!mo_is_str(a) || !mo_is_str(b))
        return MO_NOTIMPL;
    if (op == MO_CMP_EQ)
        return mo_bool(mo_str_eq(a, b));
    if (op == MO_CMP_NE)
        return mo_bool(!mo_str_eq(a, b));
    int c = a == b ? 0 : mo_str_cmp(a, b);
    switch (op) {
    case MO_CMP_LT: return mo_bool(c < 0);
    case MO_CMP_LE: return mo_bool(c <= 0);
    case MO_CMP_GT: return mo_bool(c > 0);
    default: return mo_bool(c >= 0);
    }
}

static int64_t str_len_slot(Value self) { return mo_str_len(self); }

static int str_truth(Value self) { return mo_str_size(self) != 0; }

// An index-sized integer from an int-like key; IndexError (as CPython's
// PyNumber_AsSsize_t with IndexError) when it does not fit.
static int index_of(Value key, int64_t *out) {
    return mo_str_index_value(key, out, &mo_exc_IndexError, MO_STR_FIT_MSG);
}

// The byte offset `step` code points away from the one at `pos`.
static inline int64_t step_from(const uint8_t *d, int64_t pos, int64_t step) {
    if (step > 0) {
        for (int64_t k = 0; k < step; k++)
            pos += mo_utf8_seqlen[d[pos]];
    } else {
        for (int64_t k = 0; k < -step; k++) {
            pos--;
            while ((d[pos] & 0xC0) == 0x80)
                pos--;
        }
    }
    return pos;
}

static Value slice_step(Value self, int64_t start, int64_t step, int64_t n) {
    StrObject *o = mo_str_obj(self);
    if (o->hdr.aux & MO_STR_ASCII) {
        StrObject *r = mo_str_alloc(n, n);
        if (!r)
            return V_ERR;
        const char *src = o->data + start;
        for (int64_t i = 0; i < n; i++)
            r->data[i] = src[i * step];
        return mo_str_finish(r);
    }
    const uint8_t *d = (const uint8_t *)o->data;
    if (step == -1) {
        // Reversal: the code points are contiguous, so the size is known.
        int64_t hi = mo_str_offset(self, start);
        hi += mo_utf8_seqlen[d[hi]];
        int64_t lo = mo_str_offset(self, start - n + 1);
        StrObject *r = mo_str_alloc(hi - lo, n);
        if (!r)
            return V_ERR;
        char *out = r->data;
        for (int64_t q = hi; q > lo;) {
            uint8_t c = d[q - 1];
            if (c < 0x80) {
                *out++ = (char)c;
                q--;
                continue;
            }
            int64_t st = q - 1;
            while ((d[st] & 0xC0) == 0x80)
                st--;
            for (int64_t i = st; i < q; i++)
                *out++ = (char)d[i];
            q = st;
        }
        return mo_str_finish(r);
    }
    // Two walks over the selected code points: one sums their sizes, the
    // other copies them into the result.
    int64_t first = mo_str_offset(self, start), size = 0, pos = first;
    for (int64_t i = 0; i < n; i++) {
        size += mo_utf8_seqlen[d[pos]];
        if (i + 1 < n)
            pos = step_from(d, pos, step);
    }
    StrObject *r = mo_str_alloc(size, n);
    if (!r)
        return V_ERR;
    char *out = r->data;
    pos = first;
    for (int64_t i = 0; i < n; i++) {
        int len = mo_utf8_seqlen[d[pos]];
        for (int k = 0; k < len; k++)
            *out++ = (char)d[pos + k];
        if (i + 1 < n)
            pos = step_from(d, pos, step);
    }
    return mo_str_finish(r);
}

static Value str_getitem(Value self, Value key) {
    StrObject *o = mo_str_obj(self);
    int64_t i;
    if (mo_is_smallint(key)) {
        i = mo_smallint_val(key);
    } else if (mo_is_exact(key, &mo_slice_type)) {
        int64_t start, stop, step, n;
        if (mo_slice_indices(key, o->length, &start, &stop, &step, &n) < 0)
            return V_ERR;
        if (step == 1)
            return mo_str_substr(self, start, start + n);
        if (n <= 0) {
            ensure_small();
            return mo_str_empty;
        }
        return slice_step(self, start, step, n);
    } else if (mo_is_int(key) || mo_type(key)->index) {
        if (index_of(key, &i) < 0)
            return V_ERR;
    } else {
        return mo_err_format(&mo_exc_TypeError, "string indices must be integers, not '%T'", key);
    }
    if (i < 0)
        i += o->length;
    if (i < 0 || i >= o->length)
        return mo_err_format(&mo_exc_IndexError, "string index out of range");
    if (o->hdr.aux & MO_STR_ASCII)
        return mo_str_latin1_char((uint8_t)o->data[i]);
    int64_t pos = mo_str_offset(self, i);
    return mo_str_new_known(o->data + pos, mo_utf8_seqlen[(uint8_t)o->data[pos]], 1);
}

static int str_contains(Value self, Value item) {
    if (!mo_is_str(item)) {
        mo_err_format(&mo_exc_TypeError, "'in <string>' requires string as left operand, not %T",
                      item);
        return -1;
    }
    int64_t n = mo_str_size(item);
    if (n == 0)
        return 1;
    if (n == 1)
        return memchr(mo_str_data(self), mo_str_data(item)[0], (size_t)mo_str_size(self)) != NULL;
    return memmem(mo_str_data(self), (size_t)mo_str_size(self), mo_str_data(item), (size_t)n) !=
           NULL;
}

static Value str_repeat(Value s, Value count) {
    int64_t n;
    if (mo_str_index_value(count, &n, &mo_exc_OverflowError, MO_STR_FIT_MSG) < 0)
        return V_ERR;
    StrObject *o = mo_str_obj(s);
    if (n <= 0 || o->size == 0) {
        ensure_small();
        return mo_str_empty;
    }
    if (n == 1 && o->hdr.type == &mo_str_type)
        return s;
    if (o->size > INT64_MAX / n)
        return mo_err_format(&mo_exc_OverflowError, "repeated string is too long");
    StrObject *r = mo_str_alloc(o->size * n, o->length * n);
    if (!r)
        return V_ERR;
    int64_t total = o->size * n, done = o->size;
    if (o->size == 1) {
        memset(r->data, o->data[0], (size_t)total);
    } else {
        // Doubling copies: log2(n) memcpy calls.
        memcpy(r->data, o->data, (size_t)o->size);
        while (done < total) {
            int64_t chunk = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, (size_t)chunk);
            done += chunk;
        }
    }
    return mo_str_finish(r);
}

static bool is_index_like(Value v) { return mo_is_int(v) || mo_type(v)->index != NULL; }

// Gives the other operand's reflected method its chance before str raises
// its own TypeError (CPython tries nb_add of both sides before sq_concat).
// Only classes can have one: the built-in types' slots know nothing of str.
static Value try_other(Value a, Value b, int op) {
    TypeObject *tb = mo_type(b);
    if (tb->binop && (tb->flags & MO_TPFLAG_HEAPTYPE) && !(tb->flags & MO_TPFLAG_STR_SUBCLASS))
        return tb->binop(a, b, op);
    return MO_NOTIMPL;
}

static Value str_binop(Value a, Value b, int op) {
    int base = op & ~MO_OP_INPLACE;
    if (base == MO_OP_ADD) {
        if (!mo_is_str(a))
            return MO_NOTIMPL;
        if (mo_is_str(b))
            return mo_str_concat(a, b);
        Value r = try_other(a, b, op);
        if (r != MO_NOTIMPL)
            return r;
        return mo_err_format(&mo_exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
    }
    if (base == MO_OP_MUL) {
        Value s = mo_is_str(a) ? a : b, n = mo_is_str(a) ? b : a;
        if (is_index_like(n))
            return str_repeat(s, n);
        if (s == a) {
            Value r = try_other(a, b, op);
            if (r != MO_NOTIMPL)
                return r;
        }
        return mo_err_format(&mo_exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                             n);
    }
    if (base == MO_OP_MOD && mo_is_str(a))
        return mo_str_percent_format(a, b);
    return MO_NOTIMPL;
}

// ---------------------------------------------------------------- iterator

typedef struct StrIterObject {
    Object hdr;
    Value str;
    int64_t pos;    // byte offset of the next code point
} StrIterObject;

TypeObject mo_str_iterator_type, mo_str_ascii_iterator_type;

static void str_iter_trace(Object *self) { mo_gc_mark(((StrIterObject *)self)->str); }

static Value iter_self(Value self) { return self; }

static Value str_iter(Value self) {
    TypeObject *t = mo_str_is_ascii(self) ? &mo_str_ascii_iterator_type : &mo_str_iterator_type;
    StrIterObject *it = mo_gc_alloc(t, sizeof *it);
    if (!it)
        return V_ERR;
    it->str = self;
    return mo_obj(it);
}

static Value str_ascii_iternext(Value self) {
    StrIterObject *it = (StrIterObject *)mo_ptr(self);
    StrObject *o = mo_str_obj(it->str);
    if (it->pos >= o->size)
        return MO_NULL;
    return mo_str_latin1_char((uint8_t)o->data[it->pos++]);
}

static Value str_iternext(Value self) {
    StrIterObject *it = (StrIterObject *)mo_ptr(self);
    StrObject *o = mo_str_obj(it->str);
    if (it->pos >= o->size)
        return MO_NULL;
    int64_t pos = it->pos;
    int len = mo_utf8_seqlen[(uint8_t)o->data[pos]];
    it->pos += len;
    return mo_str_new_known(o->data + pos, len, 1);
}

static Value str_iter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    StrIterObject *it = (StrIterObject *)mo_ptr(self);
    StrObject *o = mo_str_obj(it->str);
    if (o->hdr.aux & MO_STR_ASCII)
        return mo_smallint(o->size - it->pos);
    return mo_smallint(mo_utf8_length(o->data + it->pos, (size_t)(o->size - it->pos)));
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_str_ascii_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "str_ascii_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(StrIterObject),
    .iter = iter_self,
    .iternext = str_ascii_iternext,
    .trace = str_iter_trace,
    .methods = str_iter_methods,
};

TypeObject mo_str_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "str_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(StrIterObject),
    .iter = iter_self,
    .iternext = str_iternext,
    .trace = str_iter_trace,
    .methods = str_iter_methods,
};

// ------------------------------------------------------------------ str()

// Instances of str subclasses: the text stays where every accessor expects
// it, and the fields the class adds (its __dict__, which type.c places at
// `dictoffset` >= sizeof(StrObject) as for a fixed-size base) move to after
// the text, at mo_str_extra().
static size_t extra_offset(int64_t size, int64_t length) {
    size_t end = offsetof(StrObject, data) + (size_t)size + 1 + index_bytes(size, length);
    return (end + 7) & ~(size_t)7;
}

void *mo_str_extra(Value s) {
    StrObject *o = mo_str_obj(s);
    return (char *)o + extra_offset(o->size, o->length);
}

static Value new_subtype(TypeObject *type, Value s) {
    StrObject *src = mo_str_obj(s);
    size_t extra = type->basicsize > sizeof(StrObject) ? type->basicsize - sizeof(StrObject) : 0;
    StrObject *o = mo_gc_alloc(type, extra_offset(src->size, src->length) + extra);
    if (!o)
        return V_ERR;
    o->length = src->length;
    o->size = src->size;
    o->hash = -1;
    o->hdr.aux = src->hdr.aux & MO_STR_ASCII;
    memcpy(o->data, src->data, (size_t)src->size + 1);
    // The offset table, if the string has room for one, is filled on first
    // use (mo_str_offset): most strings are never indexed far from the
    // start, and building it is most of the cost of making a long slice.
    return mo_obj(o);
}

// Exact strs hold no references; a subclass instance may hold a __dict__.
static void str_trace(Object *self) {
    TypeObject *t = self->type;
    if (t != &mo_str_type && t->dictoffset >= sizeof(StrObject))
        mo_gc_mark(*(Value *)((char *)mo_str_extra(mo_obj(self)) + t->dictoffset - sizeof(StrObject)));
}

static Value str_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3];
    if (mo_str_bind_kw("str", args, nargs, kwnames, names, 3, a) < 0)
        return V_ERR;
    Value r;
    ensure_small();
    if (a[0] == MO_NULL && a[1] == MO_NULL && a[2] == MO_NULL) {
        r = mo_str_empty;
    } else if (a[1] == MO_NULL && a[2] == MO_NULL) {
        r = mo_str(a[0]);
    } else {
        if (a[1] != MO_NULL && !mo_is_str(a[1]))
            return mo_err_format(&mo_exc_TypeError, "str() argument 'encoding' must be str, not %T",
                                 a[1]);
        if (a[2] != MO_NULL && !mo_is_str(a[2]))
            return mo_err_format(&mo_exc_TypeError, "str() argument 'errors' must be str, not %T",
                                 a[2]);
        Value obj = a[0] == MO_NULL ? mo_bytes_new("", 0) : a[0];
        if (mo_is_str(obj))
            return mo_err_format(&mo_exc_TypeError, "decoding str is not supported");
        const char *bd;
        int64_t bn;
        if (!mo_bytes_like(obj, &bd, &bn))
            return mo_err_format(&mo_exc_TypeError,
                                 "decoding to str: need a bytes-like object, %T found", obj);
        r = mo_bytes_decode(obj, a[1] == MO_NULL ? "utf-8" : mo_str_data(a[1]),
                            a[2] == MO_NULL ? "strict" : mo_str_data(a[2]));
    }
    if (r == V_ERR || type == &mo_str_type)
        return r;
    return new_subtype(type, r);
}

// ------------------------------------------------------------------ type

TypeObject mo_str_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "str",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_STR_SUBCLASS,
    .basicsize = sizeof(StrObject),
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .truth = str_truth,
    .binop = str_binop,
    .new_ = str_new,
    .trace = str_trace,
    .methods = mo_str_methods,
};

void mo_str_init(void) {
    static bool done;
    ensure_small();
    if (done)
        return;
    done = true;
    mo_type_ready(&mo_str_type);
    mo_type_ready(&mo_str_iterator_type);
    mo_type_ready(&mo_str_ascii_iterator_type);
}
