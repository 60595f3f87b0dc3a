// src/objects/bytes.c — the `bytes` type and the codecs between str and
// bytes (utf-8, ascii, latin-1, utf-16 and utf-32 with their -le/-be forms).
//
// Invariants: data[size] is NUL; `hash` is -1 until computed and then never
// -1 (it equals the hash of the ASCII str with the same bytes, as CPython's
// hash(b'abc') == hash('abc')). The empty bytes object and the 256
// one-byte objects are static and shared.
//
// Codecs follow CPython exactly where a program can see it: which bytes an
// error covers (its start and end), the reason, and the message of
// UnicodeDecodeError / UnicodeEncodeError, whose attributes and __str__ this
// file also provides (hooked into the exception types by mo_bytes_init).
//
// Read next: src/objects/strformat.c (bytes % args shares str's engine).
#define _GNU_SOURCE     // memmem
#include "objects/bytes.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"

// ------------------------------------------------------------ construction

typedef struct SmallBytes {
    Object hdr;
    int64_t size;
    int64_t hash;
    char data[8];
} SmallBytes;

_Static_assert(offsetof(SmallBytes, data) == offsetof(BytesObject, data), "SmallBytes layout");

static SmallBytes small_bytes[256];
static SmallBytes empty_bytes;
static bool small_ready;
Value mo_bytes_empty;

static void ensure_small(void) {
    if (__builtin_expect(small_ready, 1))
        return;
    empty_bytes = (SmallBytes){MO_STATIC_HEADER(&mo_bytes_type), 0, -1, {0}};
    for (int c = 0; c < 256; c++) {
        small_bytes[c] = (SmallBytes){MO_STATIC_HEADER(&mo_bytes_type), 1, -1, {0}};
        small_bytes[c].data[0] = (char)c;
    }
    mo_bytes_empty = mo_obj(&empty_bytes);
    small_ready = true;
}

BytesObject *mo_bytes_alloc(int64_t n) {
    if (n < 0 || n > (int64_t)1 << 56) {
        mo_err_no_memory();
        return NULL;
    }
    BytesObject *o = mo_gc_alloc(&mo_bytes_type, sizeof(BytesObject) + (size_t)n + 1);
    if (!o)
        return NULL;
    o->size = n;
    o->hash = -1;
    o->data[n] = '\0';
    return o;
}

Value mo_bytes_new(const char *s, size_t n) {
    ensure_small();
    if (n <= 1)
        return n == 0 ? mo_bytes_empty : mo_obj(&small_bytes[(uint8_t)s[0]]);
    BytesObject *o = mo_bytes_alloc((int64_t)n);
    if (!o)
        return V_ERR;
    memcpy(o->data, s, n);
    return mo_obj(o);
}

static Value bytes_from_strbuf(StrBuf *b) {
    if (b->failed) {
        mo_strbuf_free(b);
        return mo_err_no_memory();
    }
    Value r = mo_bytes_new(b->data ? b->data : "", b->len);
    mo_strbuf_free(b);
    return r;
}

// bytes and bytearray alike, for the methods and slots they share.
static inline bool is_ba(Value v) { return mo_is_bytearray(v); }
// Bytes-like: bytes, bytearray, or a contiguous memoryview of either.
static inline bool is_byteslike(Value v) {
    const char *d;
    int64_t n;
    return mo_bytes_like(v, &d, &n);
}
static inline const char *bdata(Value v) {
    const char *d = "";
    int64_t n;
    mo_bytes_like(v, &d, &n);
    return d;
}
static inline int64_t bsize(Value v) {
    const char *d;
    int64_t n = 0;
    mo_bytes_like(v, &d, &n);
    return n;
}
// A result made as bytes, given the type of `self`: a bytearray's methods
// return bytearrays.
static Value like(Value self, Value r) {
    if (r == V_ERR || !is_ba(self))
        return r;
    return mo_bytearray_new(mo_bytes_data(r), (size_t)mo_bytes_size(r));
}

int64_t mo_bytes_hash(Value b) {
    BytesObject *o = mo_bytes_obj(b);
    if (o->hash == -1)
        o->hash = mo_str_hash_bytes(o->data, (size_t)o->size);
    return o->hash;
}

// ------------------------------------------------------------------- repr

static const char hexdigits[] = "0123456789abcdef";

// `always_escape_single`: bytearray's repr escapes ' even inside "...",
// a CPython quirk programs can see.
static void repr_into(StrBuf *b, const char *d, int64_t n, bool always_escape_single) {
    char quote = '\'';
    if (memchr(d, '\'', (size_t)n) && !memchr(d, '"', (size_t)n))
        quote = '"';
    mo_strbuf_reserve(b, (size_t)n + 3);
    mo_strbuf_putc(b, 'b');
    mo_strbuf_putc(b, quote);
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)d[i];
        if (c == (uint8_t)quote || c == '\\' || (c == '\'' && always_escape_single)) {
            mo_strbuf_putc(b, '\\');
            mo_strbuf_putc(b, (char)c);
        } else if (c == '\t') {
            mo_strbuf_append(b, "\\t", 2);
        } else if (c == '\n') {
            mo_strbuf_append(b, "\\n", 2);
        } else if (c == '\r') {
            mo_strbuf_append(b, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            char esc[4] = {'\\', 'x', hexdigits[c >> 4], hexdigits[c & 15]};
            mo_strbuf_append(b, esc, 4);
        } else {
            mo_strbuf_putc(b, (char)c);
        }
    }
    mo_strbuf_putc(b, quote);
}

Value mo_bytes_repr(Value v) {
    StrBuf b = STRBUF_INIT;
    repr_into(&b, mo_bytes_data(v), mo_bytes_size(v), false);
    return mo_str_from_strbuf(&b);
}

// ------------------------------------------------------- codec name lookup

enum {
    CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1,
    // The wide codecs: unit width 2 or 4, byte order from a BOM (decoding;
    // little-endian without one) or fixed by the name.
    CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE, CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE,
    CODEC_UNKNOWN
};

// Normalises like CPython's encodings.normalize_encoding (case, '-', '_'
// and spaces are equivalent) and maps the aliases of the three codecs.
static int codec_lookup(const char *name) {
    char norm[32];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        if (n + 1 >= sizeof norm)
            return CODEC_UNKNOWN;
        char c = (char)tolower((unsigned char)*p);
        norm[n++] = c == '-' || c == ' ' ? '_' : c;
    }
    norm[n] = '\0';
    static const struct {
        const char *name;
        int codec;
    } aliases[] = {
        {"utf_8", CODEC_UTF8},      {"utf8", CODEC_UTF8},         {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},        {"cp65001", CODEC_UTF8},      {"utf8_ucs2", CODEC_UTF8},
        {"utf8_ucs4", CODEC_UTF8},  {"ascii", CODEC_ASCII},       {"us_ascii", CODEC_ASCII},
        {"646", CODEC_ASCII},       {"us", CODEC_ASCII},          {"iso646_us", CODEC_ASCII},
        {"ansi_x3.4_1968", CODEC_ASCII}, {"cp367", CODEC_ASCII},  {"latin_1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},   {"latin", CODEC_LATIN1},      {"l1", CODEC_LATIN1},
        {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1},    {"iso_ir_100", CODEC_LATIN1}, {"iso_8859_1:1987", CODEC_LATIN1},
        {"utf_16", CODEC_UTF16},    {"utf16", CODEC_UTF16},       {"u16", CODEC_UTF16},
        {"utf_16_le", CODEC_UTF16LE}, {"utf_16le", CODEC_UTF16LE}, {"unicodelittleunmarked", CODEC_UTF16LE},
        {"utf_16_be", CODEC_UTF16BE}, {"utf_16be", CODEC_UTF16BE}, {"unicodebigunmarked", CODEC_UTF16BE},
        {"utf_32", CODEC_UTF32},    {"utf32", CODEC_UTF32},       {"u32", CODEC_UTF32},
        {"utf_32_le", CODEC_UTF32LE}, {"utf_32le", CODEC_UTF32LE},
        {"utf_32_be", CODEC_UTF32BE}, {"utf_32be", CODEC_UTF32BE},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].name) == 0)
            return aliases[i].codec;
    return CODEC_UNKNOWN;
}

static const char *const codec_names[] = {"utf-8",     "ascii",     "latin-1",   "utf-16",   "utf-16-le",
                                          "utf-16-be", "utf-32",    "utf-32-le", "utf-32-be"};

static bool codec_is_wide(int codec) { return codec >= CODEC_UTF16 && codec <= CODEC_UTF32BE; }

bool mo_bytes_codec_ascii_compatible(const char *encoding) {
    int codec = codec_lookup(encoding);
    return codec != CODEC_UNKNOWN && !codec_is_wide(codec);
}

enum {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_SURROGATEESCAPE,
    ERR_SURROGATEPASS, ERR_XMLCHARREF, ERR_UNKNOWN,
};

static int errors_lookup(const char *name) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "surrogateescape", "surrogatepass", "xmlcharrefreplace"};
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return ERR_UNKNOWN;
}

static Value unknown_handler(const char *errors) {
    return mo_err_format(&mo_exc_LookupError, "unknown error handler name '%s'", errors);
}

// ------------------------------------------------------ Unicode exceptions

static Value make_unicode_error(TypeObject *type, const char *encoding, Value object,
                                int64_t start, int64_t end, const char *reason) {
    Value enc = mo_str_from_cstr(encoding);
    if (enc == V_ERR)
        return V_ERR;
    Value rea = mo_str_from_cstr(reason);
    if (rea == V_ERR)
        return V_ERR;
    Value args = mo_tuple_pack(5, enc, object, mo_int_from_i64(start), mo_int_from_i64(end), rea);
    if (args == V_ERR)
        return V_ERR;
    Value exc = mo_call(mo_obj(type), mo_tuple_items(args), 5, MO_NULL);
    if (exc == V_ERR)
        return V_ERR;
    return mo_err_set(exc);
}

Value mo_str_decode_error(const char *encoding, const char *data, size_t n, int64_t start,
                          int64_t end, const char *reason) {
    Value obj = mo_bytes_new(data, n);
    if (obj == V_ERR)
        return V_ERR;
    return make_unicode_error(&mo_exc_UnicodeDecodeError, encoding, obj, start, end, reason);
}

Value mo_str_encode_error(const char *encoding, Value str, int64_t start, int64_t end,
                          const char *reason) {
    return make_unicode_error(&mo_exc_UnicodeEncodeError, encoding, str, start, end, reason);
}

// UnicodeDecodeError(encoding, object, start, end, reason) and the
// UnicodeEncodeError counterpart keep their arguments as attributes.
static Value unicode_error_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    bool decode = mo_isinstance_type(self, &mo_exc_UnicodeDecodeError);
    const char *name = decode ? "UnicodeDecodeError" : "UnicodeEncodeError";
    if (mo_args_no_kw(name, kwnames) < 0)
        return V_ERR;
    if (nargs != 5)
        return mo_err_format(&mo_exc_TypeError, "function takes exactly 5 arguments (%zu given)",
                             nargs);
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "argument 1 must be str, not %T", args[0]);
    if (decode ? !mo_is_bytes(args[1]) : !mo_is_str(args[1]))
        return mo_err_format(&mo_exc_TypeError, decode ? "argument 2 must be bytes-like object, not %T"
                                                       : "argument 2 must be str, not %T",
                             args[1]);
    if (!mo_is_int(args[2]))
        return mo_err_format(&mo_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                             args[2]);
    if (!mo_is_int(args[3]))
        return mo_err_format(&mo_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                             args[3]);
    if (!mo_is_str(args[4]))
        return mo_err_format(&mo_exc_TypeError, "argument 5 must be str, not %T", args[4]);
    Value t = mo_tuple_from_array(args, 5);
    if (t == V_ERR)
        return V_ERR;
    ExceptionObject *e = mo_exc_obj(self);
    e->args = t;
    static const char *const attrs[] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; i++)
        if (mo_dict_set_cstr(e->dict, attrs[i], args[i]) < 0)
            return V_ERR;
    return MO_NONE;
}

static Value unicode_error_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value t = mo_tuple_from_array(args, nargs);
    if (t == V_ERR)
        return V_ERR;
    return mo_exc_new(type, t);
}

static Value unicode_error_str(Value self) {
    ExceptionObject *e = mo_exc_obj(self);
    Value enc = mo_dict_get_cstr(e->dict, "encoding");
    Value obj = mo_dict_get_cstr(e->dict, "object");
    Value vstart = mo_dict_get_cstr(e->dict, "start");
    Value vend = mo_dict_get_cstr(e->dict, "end");
    Value reason = mo_dict_get_cstr(e->dict, "reason");
    if (enc == MO_NULL || obj == MO_NULL || vstart == MO_NULL || vend == MO_NULL ||
        reason == MO_NULL)
        return mo_str_empty;
    int64_t start, end;
    if (mo_int_to_i64(vstart, &start) < 0 || mo_int_to_i64(vend, &end) < 0)
        return V_ERR;
    bool decode = mo_isinstance_type(self, &mo_exc_UnicodeDecodeError);
    if (decode && mo_is_bytes(obj)) {
        if (start >= 0 && start < mo_bytes_size(obj) && end == start + 1)
            return mo_str_format("'%U' codec can't decode byte 0x%02x in position %lld: %U", enc,
                                 (uint8_t)mo_bytes_data(obj)[start], (long long)start, reason);
        return mo_str_format("'%U' codec can't decode bytes in position %lld-%lld: %U", enc,
                             (long long)start, (long long)(end - 1), reason);
    }
    if (!decode && mo_is_str(obj)) {
        if (start >= 0 && start < mo_str_len(obj) && end == start + 1) {
            uint32_t c = mo_str_char(obj, start);
            const char *fmt = c < 0x100 ? "'%U' codec can't encode character '\\x%02x' in position %lld: %U"
                            : c < 0x10000 ? "'%U' codec can't encode character '\\u%04x' in position %lld: %U"
                                          : "'%U' codec can't encode character '\\U%08x' in position %lld: %U";
            return mo_str_format(fmt, enc, (unsigned)c, (long long)start, reason);
        }
        return mo_str_format("'%U' codec can't encode characters in position %lld-%lld: %U", enc,
                             (long long)start, (long long)(end - 1), reason);
    }
    return mo_str_empty;
}

// ------------------------------------------------------------- decoding

// Checks the UTF-8 sequence at s[i]. Returns its length, or 0 with the end
// of the invalid range and the reason set, following CPython: the range is
// the lead byte plus the continuation bytes that were valid.
static inline int utf8_check(const uint8_t *s, int64_t i, int64_t n, bool surrogates, int64_t *err_end,
                      const char **reason) {
    uint8_t c = s[i];
    if (c < 0x80)
        return 1;
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED && !surrogates)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *err_end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k < need; k++) {
        if (i + k >= n) {
            *err_end = n;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t d = s[i + k];
        bool ok = k == 1 ? d >= lo && d <= hi : (d & 0xC0) == 0x80;
        if (!ok) {
            *err_end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

// Applies a decoding error handler to bytes [start, end); false when the
// handler is strict or unknown (the caller raises).
static bool decode_handle(StrBuf *out, int64_t *length, int handler, const uint8_t *s,
                          int64_t start, int64_t end) {
    switch (handler) {
    case ERR_IGNORE:
        return true;
    case ERR_REPLACE:
        mo_strbuf_put_codepoint(out, 0xFFFD);
        (*length)++;
        return true;
    case ERR_BACKSLASH:
        for (int64_t k = start; k < end; k++) {
            char esc[4] = {'\\', 'x', hexdigits[s[k] >> 4], hexdigits[s[k] & 15]};
            mo_strbuf_append(out, esc, 4);
            *length += 4;
        }
        return true;
    case ERR_SURROGATEESCAPE:
        for (int64_t k = start; k < end; k++) {
            if (s[k] < 0x80)
                return false;
            mo_strbuf_put_codepoint(out, 0xDC00u + s[k]);
            (*length)++;
        }
        return true;
    default:
        return false;
    }
}

static Value decode_utf8(const char *data, int64_t n, const char *errors) {
    const uint8_t *s = (const uint8_t *)data;
    int handler = errors ? errors_lookup(errors) : ERR_STRICT;
    bool surrogates = handler == ERR_SURROGATEPASS;
    // Fast path: valid input becomes the string with one copy.
    int64_t i = 0, length = 0, err_end = 0;
    const char *reason = NULL;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                length += 8;
                continue;
            }
        }
        uint8_t c = s[i];
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
            // Two-byte sequences (Latin, Greek, Cyrillic…) inline.
            i += 2;
            length++;
            continue;
        }
        int len = utf8_check(s, i, n, surrogates, &err_end, &reason);
        if (!len)
            break;
        i += len;
        length++;
    }
    if (i >= n)
        return mo_str_new_known(data, n, length);
    // Slow path: copy what was valid, then apply the handler at each error.
    StrBuf out = STRBUF_INIT;
    mo_strbuf_append(&out, data, (size_t)i);
    for (;;) {
        if (handler == ERR_UNKNOWN) {
            mo_strbuf_free(&out);
            return unknown_handler(errors);
        }
        if (!decode_handle(&out, &length, handler, s, i, err_end)) {
            mo_strbuf_free(&out);
            return mo_str_decode_error("utf-8", data, (size_t)n, i, err_end, reason);
        }
        i = err_end;
        while (i < n) {
            int len = utf8_check(s, i, n, surrogates, &err_end, &reason);
            if (!len)
                break;
            mo_strbuf_append(&out, data + i, (size_t)len);
            i += len;
            length++;
        }
        if (i >= n)
            break;
    }
    if (out.failed) {
        mo_strbuf_free(&out);
        return mo_err_no_memory();
    }
    Value r = mo_str_new_known(out.data ? out.data : "", (int64_t)out.len, length);
    mo_strbuf_free(&out);
    return r;
}

Value mo_str_decode_utf8(const char *s, size_t n) { return decode_utf8(s, (int64_t)n, NULL); }

static Value decode_ascii(const char *data, int64_t n, const char *errors) {
    const uint8_t *s = (const uint8_t *)data;
    int64_t i = 0;
    while (i < n && s[i] < 0x80)
        i++;
    if (i == n)
        return mo_str_new_known(data, n, n);
    int handler = errors_lookup(errors);
    StrBuf out = STRBUF_INIT;
    int64_t length = i;
    mo_strbuf_append(&out, data, (size_t)i);
    while (i < n) {
        if (s[i] < 0x80) {
            mo_strbuf_putc(&out, (char)s[i++]);
            length++;
            continue;
        }
        if (handler == ERR_UNKNOWN) {
            mo_strbuf_free(&out);
            return unknown_handler(errors);
        }
        if (!decode_handle(&out, &length, handler, s, i, i + 1)) {
            mo_strbuf_free(&out);
            return mo_str_decode_error("ascii", data, (size_t)n, i, i + 1,
                                       "ordinal not in range(128)");
        }
        i++;
    }
    if (out.failed) {
        mo_strbuf_free(&out);
        return mo_err_no_memory();
    }
    Value r = mo_str_new_known(out.data, (int64_t)out.len, length);
    mo_strbuf_free(&out);
    return r;
}

static bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

static uint32_t load_unit(const uint8_t *p, unsigned width, bool big) {
    uint32_t u = 0;
    for (unsigned k = 0; k < width; k++)
        u |= (uint32_t)p[big ? width - 1 - k : k] << (8 * k);
    return u;
}

// UTF-16 and UTF-32. Errors name the byte order actually used ('utf-16-le'
// for plain 'utf-16' without a BOM) and count positions from the start of
// the input, BOM included, as CPython's do.
static Value decode_wide(const char *data, int64_t n, int codec, const char *errors) {
    const uint8_t *s = (const uint8_t *)data;
    unsigned width = codec >= CODEC_UTF32 ? 4 : 2;
    bool big = codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    int64_t i = 0;
    if (codec == CODEC_UTF16 && n >= 2) {
        if (s[0] == 0xFF && s[1] == 0xFE)
            i = 2;
        else if (s[0] == 0xFE && s[1] == 0xFF)
            i = 2, big = true;
    } else if (codec == CODEC_UTF32 && n >= 4) {
        if (s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0)
            i = 4;
        else if (s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF)
            i = 4, big = true;
    }
    const char *name = width == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    int handler = errors ? errors_lookup(errors) : ERR_STRICT;
    StrBuf out = STRBUF_INIT;
    int64_t length = 0;
    while (i < n) {
        const char *reason = NULL;
        int64_t end = i;
        uint32_t cp = 0;
        if (n - i < (int64_t)width) {
            reason = "truncated data";
            end = n;
        } else if (width == 4) {
            cp = load_unit(s + i, 4, big);
            end = i + 4;
            if (cp > 0x10FFFF)
                reason = "code point not in range(0x110000)";
            else if (is_surrogate(cp) && handler != ERR_SURROGATEPASS)
                reason = "code point in surrogate code point range(0xd800, 0xe000)";
        } else {
            cp = load_unit(s + i, 2, big);
            end = i + 2;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (n - i < 4) {
                    reason = "unexpected end of data";
                    end = n;
                } else {
                    uint32_t lo = load_unit(s + i + 2, 2, big);
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        end = i + 4;
                    } else {
                        reason = "illegal UTF-16 surrogate";
                    }
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                reason = "illegal encoding";
            }
            if (reason && handler == ERR_SURROGATEPASS && is_surrogate(cp)) {
                // A lone surrogate passes through as itself.
                reason = NULL;
                end = i + 2;
            }
        }
        if (!reason) {
            mo_strbuf_put_codepoint(&out, cp);
            length++;
            i = end;
            continue;
        }
        if (handler == ERR_UNKNOWN) {
            mo_strbuf_free(&out);
            return unknown_handler(errors);
        }
        if (!decode_handle(&out, &length, handler, s, i, end)) {
            mo_strbuf_free(&out);
            return mo_str_decode_error(name, data, (size_t)n, i, end, reason);
        }
        i = end;
    }
    if (out.failed) {
        mo_strbuf_free(&out);
        return mo_err_no_memory();
    }
    Value r = mo_str_new_known(out.data ? out.data : "", (int64_t)out.len, length);
    mo_strbuf_free(&out);
    return r;
}

Value mo_bytes_decode_raw(const char *s, size_t n, const char *encoding, const char *errors) {
    int codec = codec_lookup(encoding);
    switch (codec) {
    case CODEC_UTF8:
        return decode_utf8(s, (int64_t)n, errors);
    case CODEC_ASCII:
        return decode_ascii(s, (int64_t)n, errors);
    case CODEC_LATIN1:
        return mo_str_from_latin1(s, n);
    case CODEC_UNKNOWN:
        return mo_err_format(&mo_exc_LookupError, "unknown encoding: %s", encoding);
    default:
        return decode_wide(s, (int64_t)n, codec, errors);
    }
}

Value mo_bytes_decode(Value bytes, const char *encoding, const char *errors) {
    return mo_bytes_decode_raw(bdata(bytes), (size_t)bsize(bytes), encoding, errors);
}

// ------------------------------------------------------------- encoding

static void put_backslash_escape(StrBuf *b, uint32_t c) {
    char tmp[12];
    int n;
    if (c < 0x100)
        n = snprintf(tmp, sizeof tmp, "\\x%02x", c);
    else if (c < 0x10000)
        n = snprintf(tmp, sizeof tmp, "\\u%04x", c);
    else
        n = snprintf(tmp, sizeof tmp, "\\U%08x", c);
    mo_strbuf_append(b, tmp, (size_t)n);
}


// Encodes str `s` with a code point limit (128 ascii, 256 latin-1, or
// 0x110000 for utf-8 where only surrogates fail).
static Value encode_limited(Value s, int codec, const char *errors) {
    const char *d = mo_str_data(s);
    int64_t n = mo_str_size(s);
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
    const char *encoding = codec_names[codec];
    const char *reason = codec == CODEC_ASCII    ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                                                 : "surrogates not allowed";
    int handler = -1;
    StrBuf out = STRBUF_INIT;
    mo_strbuf_reserve(&out, (size_t)n);
    int64_t pos = 0, index = 0;
    while (pos < n) {
        int64_t at = pos;
        uint32_t c = mo_utf8_decode(d, &pos);
        bool bad = codec == CODEC_UTF8 ? is_surrogate(c) : c >= limit;
        if (!bad) {
            if (codec == CODEC_UTF8)
                mo_strbuf_append(&out, d + at, (size_t)(pos - at));
            else
                mo_strbuf_putc(&out, (char)c);
            index++;
            continue;
        }
        // A run of unencodable characters [index, end_index).
        int64_t run_end = pos, end_index = index + 1;
        while (run_end < n) {
            int64_t p2 = run_end;
            uint32_t c2 = mo_utf8_decode(d, &p2);
            if (!(codec == CODEC_UTF8 ? is_surrogate(c2) : c2 >= limit))
                break;
            run_end = p2;
            end_index++;
        }
        if (handler < 0)
            handler = errors_lookup(errors);
        int64_t p = at;
        bool ok = true;
        for (int64_t k = index; k < end_index && ok; k++) {
            uint32_t ch = mo_utf8_decode(d, &p);
            switch (handler) {
            case ERR_IGNORE:
                break;
            case ERR_REPLACE:
                mo_strbuf_putc(&out, '?');
                break;
            case ERR_BACKSLASH:
                put_backslash_escape(&out, ch);
                break;
            case ERR_XMLCHARREF:
                mo_strbuf_printf(&out, "&#%u;", ch);
                break;
            case ERR_SURROGATEESCAPE:
                if (ch >= 0xDC80 && ch <= 0xDCFF)
                    mo_strbuf_putc(&out, (char)(ch - 0xDC00));
                else
                    ok = false;
                break;
            case ERR_SURROGATEPASS:
                if (codec == CODEC_UTF8 && is_surrogate(ch))
                    mo_strbuf_put_codepoint(&out, ch);
                else
                    ok = false;
                break;
            default:
                ok = false;
            }
        }
        if (!ok) {
            mo_strbuf_free(&out);
            if (handler == ERR_UNKNOWN)
                return unknown_handler(errors);
            return mo_str_encode_error(encoding, s, index, end_index, reason);
        }
        pos = run_end;
        index = end_index;
    }
    return bytes_from_strbuf(&out);
}

static void put_unit(StrBuf *b, uint32_t u, unsigned width, bool big) {
    for (unsigned k = 0; k < width; k++)
        mo_strbuf_putc(b, (char)(u >> (8 * (big ? width - 1 - k : k))));
}

static void put_wide(StrBuf *b, uint32_t c, unsigned width, bool big) {
    if (width == 2 && c >= 0x10000) {
        c -= 0x10000;
        put_unit(b, 0xD800 + (c >> 10), 2, big);
        put_unit(b, 0xDC00 + (c & 0x3FF), 2, big);
    } else {
        put_unit(b, c, width, big);
    }
}

static void put_wide_ascii(StrBuf *b, const char *text, size_t n, unsigned width, bool big) {
    for (size_t k = 0; k < n; k++)
        put_unit(b, (uint8_t)text[k], width, big);
}

// UTF-16 and UTF-32: plain 'utf-16'/'utf-32' write a little-endian BOM
// first; only surrogates cannot be encoded.
static Value encode_wide(Value s, int codec, const char *errors) {
    const char *d = mo_str_data(s);
    int64_t n = mo_str_size(s);
    unsigned width = codec >= CODEC_UTF32 ? 4 : 2;
    bool big = codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    StrBuf out = STRBUF_INIT;
    mo_strbuf_reserve(&out, (size_t)(mo_str_len(s) + 1) * width);
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32)
        put_unit(&out, 0xFEFF, width, false);
    int handler = -1;
    int64_t pos = 0, index = 0;
    while (pos < n) {
        int64_t at = pos;
        uint32_t c = mo_utf8_decode(d, &pos);
        if (!is_surrogate(c)) {
            put_wide(&out, c, width, big);
            index++;
            continue;
        }
        // Unlike utf-8, these codecs report one character at a time.
        int64_t run_end = pos, end_index = index + 1;
        if (handler < 0)
            handler = errors_lookup(errors);
        int64_t p = at;
        bool ok = true;
        for (int64_t k = index; k < end_index && ok; k++) {
            uint32_t ch = mo_utf8_decode(d, &p);
            char tmp[16];
            int len;
            switch (handler) {
            case ERR_IGNORE:
                break;
            case ERR_REPLACE:
                put_unit(&out, '?', width, big);
                break;
            case ERR_BACKSLASH:
                len = snprintf(tmp, sizeof tmp, "\\u%04x", ch);
                put_wide_ascii(&out, tmp, (size_t)len, width, big);
                break;
            case ERR_XMLCHARREF:
                len = snprintf(tmp, sizeof tmp, "&#%u;", ch);
                put_wide_ascii(&out, tmp, (size_t)len, width, big);
                break;
            case ERR_SURROGATEPASS:
                put_unit(&out, ch, width, big);
                break;
            default:
                ok = false;
            }
        }
        if (!ok) {
            mo_strbuf_free(&out);
            if (handler == ERR_UNKNOWN)
                return unknown_handler(errors);
            return mo_str_encode_error(codec_names[codec], s, index, end_index, "surrogates not allowed");
        }
        pos = run_end;
        index = end_index;
    }
    return bytes_from_strbuf(&out);
}

static bool has_surrogates(const char *d, int64_t n) {
    const char *p = d, *end = d + n;
    while ((p = memchr(p, 0xED, (size_t)(end - p))) != NULL) {
        if (p + 1 < end && (uint8_t)p[1] >= 0xA0)
            return true;
        p++;
    }
    return false;
}

Value mo_bytes_encode(Value s, const char *encoding, const char *errors) {
    int codec = codec_lookup(encoding);
    if (codec == CODEC_UNKNOWN)
        return mo_err_format(&mo_exc_LookupError, "unknown encoding: %s", encoding);
    if (codec_is_wide(codec))
        return encode_wide(s, codec, errors);
    const char *d = mo_str_data(s);
    int64_t n = mo_str_size(s);
    if (mo_str_is_ascii(s) || (codec == CODEC_UTF8 && !has_surrogates(d, n)))
        return mo_bytes_new(d, (size_t)n);
    return encode_limited(s, codec, errors);
}

// ------------------------------------------------------------------ slots

static Value bytes_repr_slot(Value self) { return mo_bytes_repr(self); }
static int64_t bytes_hash_slot(Value self) { return mo_bytes_hash(self); }
static int64_t bytes_len_slot(Value self) { return bsize(self); }
static int bytes_truth(Value self) { return bsize(self) != 0; }

static Value bytes_richcompare(Value a, Value b, int op) {
    if (!is_byteslike(a) || !is_byteslike(b))
        return MO_NOTIMPL;
    int64_t xn = bsize(a), yn = bsize(b);
    if (op == MO_CMP_EQ || op == MO_CMP_NE) {
        bool eq = xn == yn && memcmp(bdata(a), bdata(b), (size_t)xn) == 0;
        return mo_bool(op == MO_CMP_EQ ? eq : !eq);
    }
    int64_t m = xn < yn ? xn : yn;
    int c = memcmp(bdata(a), bdata(b), (size_t)m);
    if (!c)
        c = (xn > yn) - (xn < yn);
    switch (op) {
    case MO_CMP_LT: return mo_bool(c < 0);
    case MO_CMP_LE: return mo_bool(c <= 0);
    case MO_CMP_GT: return mo_bool(c > 0);
    default: return mo_bool(c >= 0);
    }
}

// Indexing for bytes and bytearray (whose slices are bytearrays).
static Value bytes_getitem(Value self, Value key) {
    const char *d = bdata(self);
    int64_t size = bsize(self), i;
    bool ba = is_ba(self);
    if (mo_is_smallint(key)) {
        i = mo_smallint_val(key);
    } else if (mo_is_exact(key, &mo_slice_type)) {
        int64_t start, stop, step, n;
        if (mo_slice_indices(key, size, &start, &stop, &step, &n) < 0)
            return V_ERR;
        if (bsize(self) != size) {
            // An __index__ resized this bytearray: resolve against its size now.
            size = bsize(self);
            if (mo_slice_indices(key, size, &start, &stop, &step, &n) < 0)
                return V_ERR;
        }
        d = bdata(self);
        if (n <= 0)
            n = 0;
        if (step == 1) {
            if (ba)
                return mo_bytearray_new(d + start, (size_t)n);
            return n == size && mo_is_exact(self, &mo_bytes_type) ? self
                                                                  : mo_bytes_new(d + start, (size_t)n);
        }
        ensure_small();
        if (n == 0)
            return ba ? mo_bytearray_new("", 0) : mo_bytes_empty;
        BytesObject *r = mo_bytes_alloc(n);
        if (!r)
            return V_ERR;
        for (int64_t k = 0; k < n; k++)
            r->data[k] = d[start + k * step];
        return like(self, mo_obj(r));
    } else if (mo_is_int(key) || mo_type(key)->index) {
        if (mo_str_index_value(key, &i, &mo_exc_IndexError, MO_STR_FIT_MSG) < 0)
            return V_ERR;
    } else {
        return mo_err_format(&mo_exc_TypeError, ba ? "bytearray indices must be integers or slices, not %T"
                                                   : "byte indices must be integers or slices, not %T",
                             key);
    }
    size = bsize(self);
    if (i < 0)
        i += size;
    if (i < 0 || i >= size)
        return mo_err_format(&mo_exc_IndexError, ba ? "bytearray index out of range" : "index out of range");
    return mo_smallint((uint8_t)bdata(self)[i]);
}

static int bytes_contains(Value self, Value item) {
    if (is_byteslike(item))
        return mo_str_search_find(bdata(self), bsize(self), bdata(item),
                                  bsize(item)) >= 0;
    if (mo_is_int(item) || mo_type(item)->index) {
        int64_t v;
        if (mo_str_index_value(item, &v, &mo_exc_OverflowError, MO_STR_FIT_MSG) < 0) {
            if (!mo_err_matches(&mo_exc_OverflowError))
                return -1;
            mo_err_clear();
            v = -1;
        }
        if (v < 0 || v > 255) {
            mo_err_format(&mo_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(bdata(self), (int)v, (size_t)bsize(self)) != NULL;
    }
    mo_err_format(&mo_exc_TypeError, "a bytes-like object is required, not '%T'", item);
    return -1;
}

static Value bytes_repeat(Value s, Value count) {
    int64_t n;
    if (mo_str_index_value(count, &n, &mo_exc_OverflowError, MO_STR_FIT_MSG) < 0)
        return V_ERR;
    int64_t size = bsize(s);
    ensure_small();
    if (n <= 0 || size == 0)
        return like(s, mo_bytes_empty);
    if (n == 1 && mo_is_exact(s, &mo_bytes_type))
        return s;
    if (size > INT64_MAX / n)
        return mo_err_format(&mo_exc_OverflowError, "repeated bytes are too long");
    int64_t total = size * n;
    BytesObject *r = mo_bytes_alloc(total);
    if (!r)
        return V_ERR;
    if (size == 1) {
        memset(r->data, bdata(s)[0], (size_t)total);
    } else {
        memcpy(r->data, bdata(s), (size_t)size);
        int64_t done = size;
        while (done < total) {
            int64_t chunk = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, (size_t)chunk);
            done += chunk;
        }
    }
    return like(s, mo_obj(r));
}

static Value bytes_binop(Value a, Value b, int op) {
    int base = op & ~MO_OP_INPLACE;
    if (base == MO_OP_ADD) {
        if (!is_byteslike(a))
            return MO_NOTIMPL;
        if (!is_byteslike(b)) {
            TypeObject *tb = mo_type(b);
            if (tb->binop && (tb->flags & MO_TPFLAG_HEAPTYPE)) {
                Value r = tb->binop(a, b, op);
                if (r != MO_NOTIMPL)
                    return r;
            }
            return mo_err_format(&mo_exc_TypeError, "can't concat %T to %T", b, a);
        }
        int64_t x = bsize(a), y = bsize(b);
        if (y == 0 && mo_is_exact(a, &mo_bytes_type))
            return a;
        if (x == 0 && mo_is_exact(b, &mo_bytes_type) && mo_is_exact(a, &mo_bytes_type))
            return b;
        BytesObject *r = mo_bytes_alloc(x + y);
        if (!r)
            return V_ERR;
        memcpy(r->data, bdata(a), (size_t)x);
        memcpy(r->data + x, bdata(b), (size_t)y);
        return like(a, mo_obj(r));
    }
    if (base == MO_OP_MUL) {
        Value s = is_byteslike(a) ? a : b, n = is_byteslike(a) ? b : a;
        if (mo_is_int(n) || mo_type(n)->index)
            return bytes_repeat(s, n);
        if (s == a) {
            TypeObject *tb = mo_type(b);
            if (tb->binop && (tb->flags & MO_TPFLAG_HEAPTYPE)) {
                Value r = tb->binop(a, b, op);
                if (r != MO_NOTIMPL)
                    return r;
            }
        }
        return mo_err_format(&mo_exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                             n);
    }
    if (base == MO_OP_MOD && is_byteslike(a))
        return like(a, mo_bytes_percent_format(a, b));
    return MO_NOTIMPL;
}

// --------------------------------------------------------------- iterator

typedef struct BytesIterObject {
    Object hdr;
    Value bytes;
    int64_t pos;
} BytesIterObject;

TypeObject mo_bytes_iterator_type, mo_bytearray_iterator_type;

static void bytes_iter_trace(Object *self) { mo_gc_mark(((BytesIterObject *)self)->bytes); }
static Value iter_self(Value self) { return self; }

static Value bytes_iter(Value self) {
    BytesIterObject *it = mo_gc_alloc(is_ba(self) ? &mo_bytearray_iterator_type : &mo_bytes_iterator_type,
                                      sizeof *it);
    if (!it)
        return V_ERR;
    it->bytes = self;
    return mo_obj(it);
}

static Value bytes_iternext(Value self) {
    BytesIterObject *it = (BytesIterObject *)mo_ptr(self);
    if (it->pos >= bsize(it->bytes))
        return MO_NULL;
    return mo_smallint((uint8_t)bdata(it->bytes)[it->pos++]);
}

static Value bytes_iter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    BytesIterObject *it = (BytesIterObject *)mo_ptr(self);
    int64_t left = bsize(it->bytes) - it->pos;
    return mo_smallint(left > 0 ? left : 0);
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_bytes_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "bytes_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(BytesIterObject),
    .iter = iter_self,
    .iternext = bytes_iternext,
    .trace = bytes_iter_trace,
    .methods = bytes_iter_methods,
};

TypeObject mo_bytearray_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "bytearray_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(BytesIterObject),
    .iter = iter_self,
    .iternext = bytes_iternext,
    .trace = bytes_iter_trace,
    .methods = bytes_iter_methods,
};

// ---------------------------------------------------------------- bytes()

// A byte value 0..255 from an int-like item of an iterable. CPython says
// "bytes must be…" for bytes() and "byte must be…" for bytearray.
static int byte_of(Value v, uint8_t *out, const char *range_msg) {
    int64_t i;
    if (mo_is_smallint(v)) {
        i = mo_smallint_val(v);
    } else if (mo_str_index_value(v, &i, &mo_exc_OverflowError, MO_STR_FIT_MSG) < 0) {
        if (!mo_err_matches(&mo_exc_OverflowError))
            return -1;
        mo_err_clear();
        i = -1;
    }
    if (i < 0 || i > 255) {
        mo_err_format(&mo_exc_ValueError, "%s", range_msg);
        return -1;
    }
    *out = (uint8_t)i;
    return 0;
}

static Value from_iterable(Value it, const char *range_msg);

Value mo_bytes_from_iterable(Value it) { return from_iterable(it, "bytes must be in range(0, 256)"); }

static Value from_iterable(Value it, const char *range_msg) {
    StrBuf b = STRBUF_INIT;
    if (mo_is_list(it) || mo_is_tuple(it)) {
        const Value *items = mo_is_list(it) ? mo_list_items(it) : mo_tuple_items(it);
        int64_t n = mo_is_list(it) ? mo_list_size(it) : mo_tuple_size(it);
        mo_strbuf_reserve(&b, (size_t)n);
        for (int64_t i = 0; i < n; i++) {
            uint8_t c;
            // A list may change under a __index__ call: re-read it each time.
            if (mo_is_list(it) && i >= mo_list_size(it))
                break;
            if (byte_of(mo_is_list(it) ? mo_list_items(it)[i] : items[i], &c, range_msg) < 0) {
                mo_strbuf_free(&b);
                return V_ERR;
            }
            mo_strbuf_putc(&b, (char)c);
        }
        return bytes_from_strbuf(&b);
    }
    Value iter = mo_iter(it);
    if (iter == V_ERR)
        return V_ERR;
    for (;;) {
        Value v = mo_next(iter);
        if (v == MO_NULL)
            break;
        uint8_t c;
        if (v == V_ERR || byte_of(v, &c, range_msg) < 0) {
            mo_strbuf_free(&b);
            return V_ERR;
        }
        mo_strbuf_putc(&b, (char)c);
    }
    if (mo_err_occurred()) {
        mo_strbuf_free(&b);
        return V_ERR;
    }
    return bytes_from_strbuf(&b);
}

// `tname` is "bytes" or "bytearray", for the messages.
static Value bytes_make(Value x, Value encoding, Value errors, const char *tname, const char *range_msg) {
    ensure_small();
    if (x == MO_NULL) {
        if (encoding != MO_NULL || errors != MO_NULL)
            return mo_err_format(&mo_exc_TypeError,
                                 encoding != MO_NULL ? "encoding without a string argument"
                                                     : "errors without a string argument");
        return mo_bytes_empty;
    }
    if (encoding != MO_NULL && !mo_is_str(encoding))
        return mo_err_format(&mo_exc_TypeError, "%s() argument 'encoding' must be str, not %T", tname,
                             encoding);
    if (errors != MO_NULL && !mo_is_str(errors))
        return mo_err_format(&mo_exc_TypeError, "%s() argument 'errors' must be str, not %T", tname,
                             errors);
    if (mo_is_str(x)) {
        if (encoding == MO_NULL)
            return mo_err_format(&mo_exc_TypeError, "string argument without an encoding");
        return mo_bytes_encode(x, mo_str_data(encoding),
                               errors == MO_NULL ? "strict" : mo_str_data(errors));
    }
    if (encoding != MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "encoding without a string argument");
    if (errors != MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "errors without a string argument");
    Value meth = mo_type_lookup(mo_type(x), mo_str_intern_cstr("__bytes__"));
    if (meth != MO_NULL) {
        Value r = mo_call_method_cstr(x, "__bytes__", NULL, 0);
        if (r == V_ERR)
            return V_ERR;
        if (!is_byteslike(r))
            return mo_err_format(&mo_exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        return r;
    }
    if (is_byteslike(x))
        return mo_is_exact(x, &mo_bytes_type)
                   ? x
                   : mo_bytes_new(bdata(x), (size_t)bsize(x));
    if (mo_is_int(x) || mo_type(x)->index) {
        int64_t n;
        if (mo_str_index_value(x, &n, &mo_exc_OverflowError, MO_STR_FIT_MSG) < 0)
            return V_ERR;
        if (n < 0)
            return mo_err_format(&mo_exc_ValueError, "negative count");
        BytesObject *r = mo_bytes_alloc(n);
        if (!r)
            return V_ERR;
        memset(r->data, 0, (size_t)n);
        return n == 0 ? mo_bytes_empty : mo_obj(r);
    }
    if (!mo_type(x)->iter && !mo_type(x)->getitem)
        return mo_err_format(&mo_exc_TypeError, "cannot convert '%T' object to %s", x, tname);
    return from_iterable(x, range_msg);
}

// Subclass instances keep their class's fields after the bytes (see
// mo_bytes_extra in bytes.h).
static size_t extra_offset(int64_t size) {
    return (offsetof(BytesObject, data) + (size_t)size + 1 + 7) & ~(size_t)7;
}

void *mo_bytes_extra(Value b) { return (char *)mo_ptr(b) + extra_offset(bsize(b)); }

static Value bytes_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (mo_str_bind_kw("bytes", args, nargs, kwnames, names, 3, a) < 0)
        return V_ERR;
    Value r = bytes_make(a[0], a[1], a[2], "bytes", "bytes must be in range(0, 256)");
    if (r == V_ERR || type == &mo_bytes_type)
        return r;
    size_t extra = type->basicsize > sizeof(BytesObject) ? type->basicsize - sizeof(BytesObject) : 0;
    BytesObject *o = mo_gc_alloc(type, extra_offset(bsize(r)) + extra);
    if (!o)
        return V_ERR;
    o->size = bsize(r);
    o->hash = -1;
    memcpy(o->data, bdata(r), (size_t)o->size + 1);
    return mo_obj(o);
}

// Exact bytes hold no references; a subclass instance may hold a __dict__.
static void bytes_trace(Object *self) {
    TypeObject *t = self->type;
    if (t != &mo_bytes_type && t->dictoffset >= sizeof(BytesObject))
        mo_gc_mark(*(Value *)((char *)mo_bytes_extra(mo_obj(self)) + t->dictoffset -
                              sizeof(BytesObject)));
}

// ---------------------------------------------------------------- methods
//
// bytes methods use ASCII semantics throughout (isspace is " \t\n\r\v\f",
// upper() touches only a-z), as CPython's do.

static bool b_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool b_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool b_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool b_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static bool b_alpha(uint8_t c) { return b_lower(c) || b_upper(c); }

static Value b_piece(Value self, const char *p, int64_t n) {
    if (is_ba(self))
        return mo_bytearray_new(p, (size_t)n);
    if (n == bsize(self) && mo_is_exact(self, &mo_bytes_type))
        return self;
    return mo_bytes_new(p, (size_t)n);
}

static Value self_or_copy(Value self) {
    return b_piece(self, bdata(self), bsize(self));
}

static int need_bytes(Value v) {
    if (!is_byteslike(v)) {
        mo_err_format(&mo_exc_TypeError, "a bytes-like object is required, not '%T'", v);
        return -1;
    }
    return 0;
}

// The `sub` of find/count/index: bytes or an int in range(256), as bytes.
static int sub_arg(Value v, char *tmp, const char **p, int64_t *n) {
    if (is_byteslike(v)) {
        *p = bdata(v);
        *n = bsize(v);
        return 0;
    }
    if (mo_is_int(v) || mo_type(v)->index) {
        int64_t x;
        if (mo_str_index_value(v, &x, &mo_exc_OverflowError, MO_STR_FIT_MSG) < 0) {
            if (!mo_err_matches(&mo_exc_OverflowError))
                return -1;
            mo_err_clear();
            x = -1;
        }
        if (x < 0 || x > 255) {
            mo_err_format(&mo_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        tmp[0] = (char)x;
        *p = tmp;
        *n = 1;
        return 0;
    }
    mo_err_format(&mo_exc_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
    return -1;
}

static Value bytes_decode_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (mo_str_bind_kw("decode", args, nargs, kwnames, names, 2, a) < 0)
        return V_ERR;
    if (a[0] != MO_NULL && !mo_is_str(a[0]))
        return mo_err_format(&mo_exc_TypeError, "decode() argument 'encoding' must be str, not %T", a[0]);
    if (a[1] != MO_NULL && !mo_is_str(a[1]))
        return mo_err_format(&mo_exc_TypeError, "decode() argument 'errors' must be str, not %T", a[1]);
    return mo_bytes_decode(self, a[0] == MO_NULL ? "utf-8" : mo_str_data(a[0]),
                           a[1] == MO_NULL ? "strict" : mo_str_data(a[1]));
}

static Value bytes_hex(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    if (mo_str_bind_kw("hex", args, nargs, kwnames, names, 2, a) < 0)
        return V_ERR;
    const char *d = bdata(self);
    int64_t n = bsize(self), group = 1;
    char sep = 0;
    if (a[0] != MO_NULL) {
        const char *sp;
        int64_t sn;
        if (mo_is_str(a[0])) {
            sp = mo_str_data(a[0]);
            sn = mo_str_len(a[0]);
        } else if (is_byteslike(a[0])) {
            sp = bdata(a[0]);
            sn = bsize(a[0]);
        } else {
            return mo_err_format(&mo_exc_TypeError, "object of type '%T' has no len()", a[0]);
        }
        if (sn != 1)
            return mo_err_format(&mo_exc_ValueError, "sep must be length 1.");
        if ((uint8_t)sp[0] >= 0x80)
            return mo_err_format(&mo_exc_ValueError, "sep must be ASCII.");
        sep = sp[0];
        if (a[1] != MO_NULL && mo_str_int_arg(a[1], &group) < 0)
            return V_ERR;
    }
    StrBuf b = STRBUF_INIT;
    mo_strbuf_reserve(&b, (size_t)n * 3);
    int64_t g = group < 0 ? -group : group;
    for (int64_t i = 0; i < n; i++) {
        // Separators count groups from the right for a positive
        // bytes_per_sep, from the left for a negative one.
        if (sep && g && i > 0 && (group > 0 ? (n - i) % g == 0 : i % g == 0))
            mo_strbuf_putc(&b, sep);
        uint8_t c = (uint8_t)d[i];
        mo_strbuf_putc(&b, hexdigits[c >> 4]);
        mo_strbuf_putc(&b, hexdigits[c & 15]);
    }
    return mo_str_from_strbuf(&b);
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 32;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static Value bytes_fromhex(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("bytes.fromhex", nargs, kwnames) < 0)
        return V_ERR;
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "fromhex() argument must be str, not %T", args[0]);
    const uint8_t *s = (const uint8_t *)mo_str_data(args[0]);
    int64_t n = mo_str_size(args[0]), i = 0;
    StrBuf b = STRBUF_INIT;
    while (i < n) {
        if (b_space(s[i])) {
            i++;
            continue;
        }
        int hi = hexval(s[i]);
        int lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            int64_t at = hi < 0 ? i : i + 1;
            mo_strbuf_free(&b);
            return mo_err_format(&mo_exc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %lld",
                                 (long long)mo_utf8_length((const char *)s, (size_t)at));
        }
        mo_strbuf_putc(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    Value r = bytes_from_strbuf(&b);
    if (r == V_ERR || cls == mo_obj(&mo_bytes_type))
        return r;
    return mo_call1(cls, r);
}

static Value join_impl(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value it = args[0], seq;
    if (mo_is_list(it) || mo_is_tuple(it)) {
        seq = it;
    } else {
        if (!mo_type(it)->iter && !mo_type(it)->getitem)
            return mo_err_format(&mo_exc_TypeError, "can only join an iterable");
        seq = mo_list_from_iterable(it);
        if (seq == V_ERR)
            return V_ERR;
    }
    bool is_list = mo_is_list(seq);
    int64_t n = is_list ? mo_list_size(seq) : mo_tuple_size(seq);
    const Value *items = is_list ? mo_list_items(seq) : mo_tuple_items(seq);
    int64_t ss = bsize(self), size = ss * (n > 0 ? n - 1 : 0);
    for (int64_t i = 0; i < n; i++) {
        if (!is_byteslike(items[i]))
            return mo_err_format(&mo_exc_TypeError,
                                 "sequence item %lld: expected a bytes-like object, %T found",
                                 (long long)i, items[i]);
        size += bsize(items[i]);
    }
    if (n == 1 && mo_is_exact(items[0], &mo_bytes_type))
        return items[0];
    ensure_small();
    if (size == 0)
        return mo_bytes_empty;
    BytesObject *r = mo_bytes_alloc(size);
    if (!r)
        return V_ERR;
    // Read the items again: a temporary `seq` is live only through this
    // use, and the allocation may have collected (and freed the item array
    // of) a list that nothing else referred to.
    items = is_list ? mo_list_items(seq) : mo_tuple_items(seq);
    char *out = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            memcpy(out, bdata(self), (size_t)ss);
            out += ss;
        }
        memcpy(out, bdata(items[i]), (size_t)bsize(items[i]));
        out += bsize(items[i]);
    }
    return mo_obj(r);
}

static Value bytes_join(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one(is_ba(self) ? "bytearray.join" : "bytes.join", nargs, kwnames) < 0)
        return V_ERR;
    return like(self, join_impl(self, args, nargs, kwnames));
}

static void reverse_list(Value list) {
    Value *items = mo_list_items(list);
    for (int64_t i = 0, j = mo_list_size(list) - 1; i < j; i++, j--) {
        Value t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

static int push(Value list, Value self, const char *p, int64_t n) {
    Value v = b_piece(self, p, n);
    return v == V_ERR ? -1 : mo_list_append(list, v);
}

static Value split_impl(Value self, const Value *args, size_t nargs, Value kwnames, bool right) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (mo_str_bind_kw(right ? "rsplit" : "split", args, nargs, kwnames, names, 2, a) < 0)
        return V_ERR;
    int64_t max = -1;
    if (a[1] != MO_NULL && mo_str_int_arg(a[1], &max) < 0)
        return V_ERR;
    if (max < 0)
        max = INT64_MAX;
    const char *d = bdata(self);
    int64_t n = bsize(self);
    Value list = mo_list_new_reserved(mo_list_split_prealloc(max));
    if (list == V_ERR)
        return V_ERR;
    if (a[0] == MO_NULL || a[0] == MO_NONE) {
        const uint8_t *u = (const uint8_t *)d;
        if (!right) {
            int64_t i = 0;
            for (;;) {
                while (i < n && b_space(u[i]))
                    i++;
                if (i >= n)
                    break;
                if (max-- == 0) {
                    if (push(list, self, d + i, n - i) < 0)
                        return V_ERR;
                    break;
                }
                int64_t j = i;
                while (j < n && !b_space(u[j]))
                    j++;
                if (push(list, self, d + i, j - i) < 0)
                    return V_ERR;
                i = j;
            }
        } else {
            int64_t i = n;
            for (;;) {
                while (i > 0 && b_space(u[i - 1]))
                    i--;
                if (i <= 0)
                    break;
                if (max-- == 0) {
                    if (push(list, self, d, i) < 0)
                        return V_ERR;
                    break;
                }
                int64_t j = i;
                while (j > 0 && !b_space(u[j - 1]))
                    j--;
                if (push(list, self, d + j, i - j) < 0)
                    return V_ERR;
                i = j;
            }
            reverse_list(list);
        }
        return list;
    }
    if (need_bytes(a[0]) < 0)
        return V_ERR;
    const char *sep = bdata(a[0]);
    int64_t sn = bsize(a[0]);
    if (sn == 0)
        return mo_err_format(&mo_exc_ValueError, "empty separator");
    if (!right) {
        int64_t pos = 0;
        while (max-- != 0) {
            int64_t at = mo_str_search_find(d + pos, n - pos, sep, sn);
            if (at < 0)
                break;
            if (push(list, self, d + pos, at) < 0)
                return V_ERR;
            pos += at + sn;
        }
        if (push(list, self, d + pos, n - pos) < 0)
            return V_ERR;
        return list;
    }
    int64_t end = n;
    while (max-- != 0) {
        int64_t at = mo_str_search_rfind(d, end, sep, sn);
        if (at < 0)
            break;
        if (push(list, self, d + at + sn, end - at - sn) < 0)
            return V_ERR;
        end = at;
    }
    if (push(list, self, d, end) < 0)
        return V_ERR;
    reverse_list(list);
    return list;
}

static Value bytes_split(Value self, const Value *a, size_t n, Value k) { return split_impl(self, a, n, k, false); }
static Value bytes_rsplit(Value self, const Value *a, size_t n, Value k) { return split_impl(self, a, n, k, true); }

static Value strip_impl(Value self, const Value *args, size_t nargs, Value kwnames, int how) {
    static const char *const names[] = {"strip", "lstrip", "rstrip"};
    static const char *const quals[] = {"bytes.strip", "bytes.lstrip", "bytes.rstrip"};
    int which = how == 3 ? 0 : how == 1 ? 1 : 2;
    if (mo_str_check_clinic(quals[which], names[which], nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    Value chars = nargs ? args[0] : MO_NONE;
    if (chars != MO_NONE && need_bytes(chars) < 0)
        return V_ERR;
    const uint8_t *d = (const uint8_t *)bdata(self);
    int64_t n = bsize(self), start = 0, end = n;
    bool set[256] = {false};
    if (chars != MO_NONE)
        for (int64_t i = 0; i < bsize(chars); i++)
            set[(uint8_t)bdata(chars)[i]] = true;
#define STRIPPABLE(c) (chars == MO_NONE ? b_space(c) : set[c])
    if (how & 1)
        while (start < n && STRIPPABLE(d[start]))
            start++;
    if (how & 2)
        while (end > start && STRIPPABLE(d[end - 1]))
            end--;
#undef STRIPPABLE
    return b_piece(self, (const char *)d + start, end - start);
}

static Value bytes_strip(Value self, const Value *a, size_t n, Value k) { return strip_impl(self, a, n, k, 3); }
static Value bytes_lstrip(Value self, const Value *a, size_t n, Value k) { return strip_impl(self, a, n, k, 1); }
static Value bytes_rstrip(Value self, const Value *a, size_t n, Value k) { return strip_impl(self, a, n, k, 2); }

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

static Value find_impl(Value self, const Value *args, size_t nargs, Value kwnames, int kind) {
    static const char *const names[] = {"find", "rfind", "index", "rindex", "count"};
    static const char *const quals[] = {"bytes.find", "bytes.rfind", "bytes.index", "bytes.rindex",
                                        "bytes.count"};
    if (mo_str_check_range(quals[kind], names[kind], nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    char tmp[1];
    const char *sub;
    int64_t sn, start, end;
    if (sub_arg(args[0], tmp, &sub, &sn) < 0)
        return V_ERR;
    if (mo_str_search_range(nargs > 1 ? args[1] : MO_NULL, nargs > 2 ? args[2] : MO_NULL,
                            bsize(self), &start, &end) < 0)
        return V_ERR;
    const char *d = bdata(self);
    if (kind == COUNT) {
        if (end - start < sn)
            return mo_smallint(0);
        if (sn == 0)
            return mo_smallint(end - start + 1);
        return mo_smallint(mo_str_search_count(d + start, end - start, sub, sn, INT64_MAX));
    }
    int64_t r = -1;
    if (end - start >= sn) {
        r = kind == FIND || kind == INDEX ? mo_str_search_find(d + start, end - start, sub, sn)
                                          : mo_str_search_rfind(d + start, end - start, sub, sn);
        if (r >= 0)
            r += start;
    }
    if (r < 0 && (kind == INDEX || kind == RINDEX))
        return mo_err_format(&mo_exc_ValueError, "subsection not found");
    return mo_smallint(r);
}

static Value bytes_find(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, FIND); }
static Value bytes_rfind(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, RFIND); }
static Value bytes_index(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, INDEX); }
static Value bytes_rindex(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, RINDEX); }
static Value bytes_count(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, COUNT); }

static Value swith(Value self, const Value *args, size_t nargs, Value kwnames, bool suffix) {
    const char *name = suffix ? "endswith" : "startswith";
    if (mo_str_check_range(suffix ? "bytes.endswith" : "bytes.startswith", name, nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    int64_t start, end;
    if (mo_str_search_range(nargs > 1 ? args[1] : MO_NULL, nargs > 2 ? args[2] : MO_NULL,
                            bsize(self), &start, &end) < 0)
        return V_ERR;
    Value x = args[0];
    int64_t count = 1;
    const Value *subs = &x;
    if (mo_is_tuple(x)) {
        count = mo_tuple_size(x);
        subs = mo_tuple_items(x);
    } else if (!is_byteslike(x)) {
        return mo_err_format(&mo_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T",
                             name, x);
    }
    for (int64_t i = 0; i < count; i++) {
        if (need_bytes(subs[i]) < 0)
            return V_ERR;
        int64_t sn = bsize(subs[i]);
        if (end - sn < start)
            continue;
        const char *at = bdata(self) + (suffix ? end - sn : start);
        if (memcmp(at, bdata(subs[i]), (size_t)sn) == 0)
            return MO_TRUE;
    }
    return MO_FALSE;
}

static Value bytes_startswith(Value self, const Value *a, size_t n, Value k) { return swith(self, a, n, k, false); }
static Value bytes_endswith(Value self, const Value *a, size_t n, Value k) { return swith(self, a, n, k, true); }

static Value bytes_replace(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_clinic("bytes.replace", "replace", nargs, kwnames, 2, 3) < 0)
        return V_ERR;
    if (need_bytes(args[0]) < 0 || need_bytes(args[1]) < 0)
        return V_ERR;
    int64_t max = -1;
    if (nargs > 2 && mo_str_int_arg(args[2], &max) < 0)
        return V_ERR;
    if (max < 0)
        max = INT64_MAX;
    const char *d = bdata(self), *od = bdata(args[0]), *nd = bdata(args[1]);
    int64_t n = bsize(self), on = bsize(args[0]), nn = bsize(args[1]);
    StrBuf b = STRBUF_INIT;
    if (max == 0)
        return self_or_copy(self);
    if (on == 0) {
        if (max > n + 1)
            max = n + 1;
        for (int64_t i = 0; i < n || i < max; i++) {
            if (i < max)
                mo_strbuf_append(&b, nd, (size_t)nn);
            if (i < n)
                mo_strbuf_putc(&b, d[i]);
        }
        return like(self, bytes_from_strbuf(&b));
    }
    int64_t pos = 0, done = 0;
    while (done < max) {
        int64_t at = mo_str_search_find(d + pos, n - pos, od, on);
        if (at < 0)
            break;
        mo_strbuf_append(&b, d + pos, (size_t)at);
        mo_strbuf_append(&b, nd, (size_t)nn);
        pos += at + on;
        done++;
    }
    if (done == 0) {
        mo_strbuf_free(&b);
        return self_or_copy(self);
    }
    mo_strbuf_append(&b, d + pos, (size_t)(n - pos));
    return like(self, bytes_from_strbuf(&b));
}

enum { B_LOWER, B_UPPER, B_SWAP, B_TITLE, B_CAPITALIZE };

static Value case_impl(Value self, int mode) {
    int64_t n = bsize(self);
    const char *d = bdata(self);
    ensure_small();
    if (n == 0)
        return mo_bytes_empty;
    BytesObject *r = mo_bytes_alloc(n);
    if (!r)
        return V_ERR;
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)d[i];
        bool up;
        switch (mode) {
        case B_UPPER: up = true; break;
        case B_SWAP: up = b_lower(c); break;
        case B_TITLE: up = !prev_cased; break;
        case B_CAPITALIZE: up = i == 0; break;
        default: up = false; break;
        }
        prev_cased = b_alpha(c);
        if (up && b_lower(c))
            c = (uint8_t)(c - 32);
        else if (!up && b_upper(c))
            c = (uint8_t)(c + 32);
        r->data[i] = (char)c;
    }
    return mo_obj(r);
}

#define B_CASE(fname, qual, mode)                                                        \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) {     \
        if (mo_str_check_noargs(qual, nargs, kwnames) < 0)                               \
            return V_ERR;                                                                \
        return like(self, case_impl(self, mode));                                        \
    }
B_CASE(bytes_lower, "bytes.lower", B_LOWER)
B_CASE(bytes_upper, "bytes.upper", B_UPPER)
B_CASE(bytes_swapcase, "bytes.swapcase", B_SWAP)
B_CASE(bytes_title, "bytes.title", B_TITLE)
B_CASE(bytes_capitalize, "bytes.capitalize", B_CAPITALIZE)

static Value all_of(Value self, bool (*pred)(uint8_t)) {
    int64_t n = bsize(self);
    const uint8_t *d = (const uint8_t *)bdata(self);
    if (n == 0)
        return MO_FALSE;
    for (int64_t i = 0; i < n; i++)
        if (!pred(d[i]))
            return MO_FALSE;
    return MO_TRUE;
}

static bool b_alnum(uint8_t c) { return b_alpha(c) || b_digit(c); }

#define B_PRED(fname, qual, pred)                                                        \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) {     \
        if (mo_str_check_noargs(qual, nargs, kwnames) < 0)                               \
            return V_ERR;                                                                \
        return all_of(self, pred);                                                       \
    }
B_PRED(bytes_isalnum, "bytes.isalnum", b_alnum)
B_PRED(bytes_isalpha, "bytes.isalpha", b_alpha)
B_PRED(bytes_isdigit, "bytes.isdigit", b_digit)
B_PRED(bytes_isspace, "bytes.isspace", b_space)

static Value bytes_isascii(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("bytes.isascii", nargs, kwnames) < 0)
        return V_ERR;
    const uint8_t *d = (const uint8_t *)bdata(self);
    for (int64_t i = 0; i < bsize(self); i++)
        if (d[i] >= 0x80)
            return MO_FALSE;
    return MO_TRUE;
}

// islower / isupper: no cased byte of the other case, and at least one.
static Value cased_pred(Value self, bool upper) {
    const uint8_t *d = (const uint8_t *)bdata(self);
    bool cased = false;
    for (int64_t i = 0; i < bsize(self); i++) {
        if (upper ? b_lower(d[i]) : b_upper(d[i]))
            return MO_FALSE;
        cased |= upper ? b_upper(d[i]) : b_lower(d[i]);
    }
    return mo_bool(cased);
}

static Value bytes_islower(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("bytes.islower", nargs, kwnames) < 0)
        return V_ERR;
    return cased_pred(self, false);
}

static Value bytes_isupper(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("bytes.isupper", nargs, kwnames) < 0)
        return V_ERR;
    return cased_pred(self, true);
}

static Value bytes_istitle(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("bytes.istitle", nargs, kwnames) < 0)
        return V_ERR;
    const uint8_t *d = (const uint8_t *)bdata(self);
    bool cased = false, prev = false;
    for (int64_t i = 0; i < bsize(self); i++) {
        if (b_upper(d[i])) {
            if (prev)
                return MO_FALSE;
            prev = cased = true;
        } else if (b_lower(d[i])) {
            if (!prev)
                return MO_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return mo_bool(cased);
}

static Value partition_impl(Value self, const Value *args, size_t nargs, Value kwnames, bool right) {
    if (mo_str_check_one(right ? "bytes.rpartition" : "bytes.partition", nargs, kwnames) < 0)
        return V_ERR;
    Value sep = args[0];
    if (need_bytes(sep) < 0)
        return V_ERR;
    int64_t sn = bsize(sep), n = bsize(self);
    if (sn == 0)
        return mo_err_format(&mo_exc_ValueError, "empty separator");
    const char *d = bdata(self);
    int64_t at = right ? mo_str_search_rfind(d, n, bdata(sep), sn)
                       : mo_str_search_find(d, n, bdata(sep), sn);
    ensure_small();
    Value whole = self_or_copy(self);
    if (whole == V_ERR)
        return V_ERR;
    Value e1 = b_piece(self, "", 0), e2 = b_piece(self, "", 0);
    if (e1 == V_ERR || e2 == V_ERR)
        return V_ERR;
    if (at < 0)
        return right ? mo_tuple_pack(3, e1, e2, whole) : mo_tuple_pack(3, whole, e1, e2);
    Value a = b_piece(self, d, at);
    if (a == V_ERR)
        return V_ERR;
    Value c = b_piece(self, d + at + sn, n - at - sn);
    if (c == V_ERR)
        return V_ERR;
    if (is_ba(self) && (sep = b_piece(self, bdata(sep), sn)) == V_ERR)
        return V_ERR;
    return mo_tuple_pack(3, a, sep, c);
}

static Value bytes_partition(Value self, const Value *a, size_t n, Value k) { return partition_impl(self, a, n, k, false); }
static Value bytes_rpartition(Value self, const Value *a, size_t n, Value k) { return partition_impl(self, a, n, k, true); }

static Value justify(Value self, const Value *args, size_t nargs, Value kwnames, int how) {
    static const char *const names[] = {"ljust", "rjust", "center"};
    static const char *const quals[] = {"bytes.ljust", "bytes.rjust", "bytes.center"};
    if (mo_str_check_clinic(quals[how], names[how], nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    int64_t width;
    if (mo_str_int_arg(args[0], &width) < 0)
        return V_ERR;
    char fill = ' ';
    if (nargs > 1) {
        if (!is_byteslike(args[1]) || bsize(args[1]) != 1)
            return mo_err_format(&mo_exc_TypeError,
                                 "%s() argument 2 must be a byte string of length 1, not %T",
                                 names[how], args[1]);
        fill = bdata(args[1])[0];
    }
    int64_t n = bsize(self);
    if (width <= n)
        return self_or_copy(self);
    int64_t total = width - n, left;
    if (how == 0)
        left = 0;
    else if (how == 1)
        left = total;
    else
        left = total / 2 + (total & width & 1);
    BytesObject *r = mo_bytes_alloc(width);
    if (!r)
        return V_ERR;
    memset(r->data, fill, (size_t)left);
    memcpy(r->data + left, bdata(self), (size_t)n);
    memset(r->data + left + n, fill, (size_t)(total - left));
    return like(self, mo_obj(r));
}

static Value bytes_ljust(Value self, const Value *a, size_t n, Value k) { return justify(self, a, n, k, 0); }
static Value bytes_rjust(Value self, const Value *a, size_t n, Value k) { return justify(self, a, n, k, 1); }
static Value bytes_center(Value self, const Value *a, size_t n, Value k) { return justify(self, a, n, k, 2); }

static Value bytes_zfill(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("bytes.zfill", nargs, kwnames) < 0)
        return V_ERR;
    int64_t width;
    if (mo_str_int_arg(args[0], &width) < 0)
        return V_ERR;
    int64_t n = bsize(self);
    if (width <= n)
        return self_or_copy(self);
    const char *d = bdata(self);
    BytesObject *r = mo_bytes_alloc(width);
    if (!r)
        return V_ERR;
    int64_t sign = n > 0 && (d[0] == '+' || d[0] == '-') ? 1 : 0;
    memcpy(r->data, d, (size_t)sign);
    memset(r->data + sign, '0', (size_t)(width - n));
    memcpy(r->data + sign + width - n, d + sign, (size_t)(n - sign));
    return like(self, mo_obj(r));
}

static Value bytes_expandtabs(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (mo_str_bind_kw("expandtabs", args, nargs, kwnames, names, 1, a) < 0)
        return V_ERR;
    int64_t tab = 8;
    if (a[0] != MO_NULL && mo_str_int_arg(a[0], &tab) < 0)
        return V_ERR;
    const char *d = bdata(self);
    int64_t n = bsize(self), col = 0;
    StrBuf b = STRBUF_INIT;
    for (int64_t i = 0; i < n; i++) {
        char c = d[i];
        if (c == '\t') {
            if (tab > 0) {
                mo_strbuf_fill(&b, ' ', (size_t)(tab - col % tab));
                col += tab - col % tab;
            }
        } else {
            mo_strbuf_putc(&b, c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return like(self, bytes_from_strbuf(&b));
}

static Value bytes_splitlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (mo_str_bind_kw("splitlines", args, nargs, kwnames, names, 1, a) < 0)
        return V_ERR;
    int keep = 0;
    if (a[0] != MO_NULL && (keep = mo_truth(a[0])) < 0)
        return V_ERR;
    const char *d = bdata(self);
    int64_t n = bsize(self), pos = 0;
    Value list = mo_list_new(0);
    if (list == V_ERR)
        return V_ERR;
    while (pos < n) {
        int64_t start = pos;
        while (pos < n && d[pos] != '\n' && d[pos] != '\r')
            pos++;
        int64_t eol = pos;
        if (pos < n) {
            pos += d[pos] == '\r' && pos + 1 < n && d[pos + 1] == '\n' ? 2 : 1;
        }
        if (push(list, self, d + start, (keep ? pos : eol) - start) < 0)
            return V_ERR;
    }
    return list;
}

static Value bytes_removeprefix(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("bytes.removeprefix", nargs, kwnames) < 0 || need_bytes(args[0]) < 0)
        return V_ERR;
    int64_t pn = bsize(args[0]), n = bsize(self);
    if (pn <= n && memcmp(bdata(self), bdata(args[0]), (size_t)pn) == 0)
        return b_piece(self, bdata(self) + pn, n - pn);
    return self_or_copy(self);
}

static Value bytes_removesuffix(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("bytes.removesuffix", nargs, kwnames) < 0 || need_bytes(args[0]) < 0)
        return V_ERR;
    int64_t pn = bsize(args[0]), n = bsize(self);
    if (pn && pn <= n && memcmp(bdata(self) + n - pn, bdata(args[0]), (size_t)pn) == 0)
        return b_piece(self, bdata(self), n - pn);
    return self_or_copy(self);
}

static Value bytes_maketrans(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_clinic("bytes.maketrans", "maketrans", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    if (need_bytes(args[0]) < 0 || need_bytes(args[1]) < 0)
        return V_ERR;
    if (bsize(args[0]) != bsize(args[1]))
        return mo_err_format(&mo_exc_ValueError, "maketrans arguments must have same length");
    BytesObject *r = mo_bytes_alloc(256);
    if (!r)
        return V_ERR;
    for (int i = 0; i < 256; i++)
        r->data[i] = (char)i;
    for (int64_t i = 0; i < bsize(args[0]); i++)
        r->data[(uint8_t)bdata(args[0])[i]] = bdata(args[1])[i];
    return mo_obj(r);
}

static Value bytes_translate(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"table", "delete"};
    Value a[2];
    if (mo_str_bind_kw("translate", args, nargs, kwnames, names, 2, a) < 0)
        return V_ERR;
    if (a[0] == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "translate() missing required argument 'table' (pos 1)");
    Value table = a[0];
    if (table != MO_NONE) {
        if (need_bytes(table) < 0)
            return V_ERR;
        if (bsize(table) != 256)
            return mo_err_format(&mo_exc_ValueError, "translation table must be 256 characters long");
    }
    bool del[256] = {false};
    if (a[1] != MO_NULL) {
        if (need_bytes(a[1]) < 0)
            return V_ERR;
        for (int64_t i = 0; i < bsize(a[1]); i++)
            del[(uint8_t)bdata(a[1])[i]] = true;
    }
    StrBuf b = STRBUF_INIT;
    const uint8_t *d = (const uint8_t *)bdata(self);
    for (int64_t i = 0; i < bsize(self); i++) {
        if (del[d[i]])
            continue;
        mo_strbuf_putc(&b, table == MO_NONE ? (char)d[i] : bdata(table)[d[i]]);
    }
    return like(self, bytes_from_strbuf(&b));
}

static Value bytes_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("bytes.__getnewargs__", nargs, kwnames) < 0)
        return V_ERR;
    Value copy = mo_bytes_new(bdata(self), (size_t)bsize(self));
    return copy == V_ERR ? V_ERR : mo_tuple_pack(1, copy);
}

const MethodDef mo_bytes_methods[] = {
    {"decode", bytes_decode_m, 0, "Decode the bytes using the codec registered for encoding."},
    {"hex", bytes_hex, 0, "Create a string of hexadecimal numbers from a bytes object."},
    {"fromhex", bytes_fromhex, MO_METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {"join", bytes_join, 0, "Concatenate any number of bytes objects."},
    {"split", bytes_split, 0, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"rsplit", bytes_rsplit, 0, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"strip", bytes_strip, 0, "Strip leading and trailing bytes contained in the argument."},
    {"lstrip", bytes_lstrip, 0, "Strip leading bytes contained in the argument."},
    {"rstrip", bytes_rstrip, 0, "Strip trailing bytes contained in the argument."},
    {"find", bytes_find, 0, "Return the lowest index in B where subsection sub is found."},
    {"rfind", bytes_rfind, 0, "Return the highest index in B where subsection sub is found."},
    {"index", bytes_index, 0, "Return the lowest index in B where subsection sub is found."},
    {"rindex", bytes_rindex, 0, "Return the highest index in B where subsection sub is found."},
    {"count", bytes_count, 0, "Return the number of non-overlapping occurrences of subsection sub."},
    {"startswith", bytes_startswith, 0, "Return True if B starts with the specified prefix, False otherwise."},
    {"endswith", bytes_endswith, 0, "Return True if B ends with the specified suffix, False otherwise."},
    {"replace", bytes_replace, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"lower", bytes_lower, 0, "Return a copy of B with all ASCII characters converted to lowercase."},
    {"upper", bytes_upper, 0, "Return a copy of B with all ASCII characters converted to uppercase."},
    {"swapcase", bytes_swapcase, 0, "Return a copy of B with uppercase ASCII characters converted to lowercase and vice versa."},
    {"title", bytes_title, 0, "Return a titlecased version of B."},
    {"capitalize", bytes_capitalize, 0, "Return a copy of B with only its first character capitalized (ASCII) and the rest lower-cased."},
    {"isalnum", bytes_isalnum, 0, "Return True if all characters in B are alphanumeric and there is at least one character in B, False otherwise."},
    {"isalpha", bytes_isalpha, 0, "Return True if all characters in B are alphabetic and there is at least one character in B, False otherwise."},
    {"isascii", bytes_isascii, 0, "Return True if B is empty or all characters in B are ASCII, False otherwise."},
    {"isdigit", bytes_isdigit, 0, "Return True if all characters in B are digits and there is at least one character in B, False otherwise."},
    {"islower", bytes_islower, 0, "Return True if all cased characters in B are lowercase and there is at least one cased character in B, False otherwise."},
    {"isupper", bytes_isupper, 0, "Return True if all cased characters in B are uppercase and there is at least one cased character in B, False otherwise."},
    {"isspace", bytes_isspace, 0, "Return True if all characters in B are whitespace and there is at least one character in B, False otherwise."},
    {"istitle", bytes_istitle, 0, "Return True if B is a titlecased string and there is at least one character in B, False otherwise."},
    {"partition", bytes_partition, 0, "Partition the bytes into three parts using the given separator."},
    {"rpartition", bytes_rpartition, 0, "Partition the bytes into three parts using the given separator."},
    {"center", bytes_center, 0, "Return a centered string of length width."},
    {"ljust", bytes_ljust, 0, "Return a left-justified string of length width."},
    {"rjust", bytes_rjust, 0, "Return a right-justified string of length width."},
    {"zfill", bytes_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"expandtabs", bytes_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"splitlines", bytes_splitlines, 0, "Return a list of the lines in the bytes, breaking at line boundaries."},
    {"removeprefix", bytes_removeprefix, 0, "Return a bytes object with the given prefix string removed if present."},
    {"removesuffix", bytes_removesuffix, 0, "Return a bytes object with the given suffix string removed if present."},
    {"maketrans", bytes_maketrans, MO_METH_STATIC, "Return a translation table useable for the bytes or bytearray translate method."},
    {"translate", bytes_translate, 0, "Return a copy with each character mapped by the given translation table."},
    {"__getnewargs__", bytes_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// -------------------------------------------------------------- bytearray
//
// A bytearray shares every read-only method and slot above (they read
// through bdata/bsize and make their results with `like`); what follows is
// its storage and the mutating operations.

static ByteArrayObject *ba_obj(Value v) { return (ByteArrayObject *)mo_ptr(v); }

// Makes room for `need` bytes plus a NUL; growth is geometric so appending
// byte by byte is amortised O(1).
static int ba_reserve(ByteArrayObject *o, int64_t need) {
    if (need + 1 <= o->capacity)
        return 0;
    if (need > ((int64_t)1 << 56)) {
        mo_err_no_memory();
        return -1;
    }
    int64_t cap = o->capacity * 2 > need + 1 ? o->capacity * 2 : need + 1;
    if (cap < 16)
        cap = 16;
    char *p = o->data ? mo_mem_realloc(o->data, (size_t)o->capacity, (size_t)cap)
                      : mo_mem_alloc((size_t)cap);
    if (!p)
        return -1;
    o->data = p;
    o->capacity = cap;
    return 0;
}

static int ba_set_size(ByteArrayObject *o, int64_t n) {
    if (ba_reserve(o, n) < 0)
        return -1;
    o->size = n;
    o->data[n] = '\0';
    return 0;
}

static Value ba_alloc(TypeObject *type) {
    size_t extra = type->basicsize > sizeof(ByteArrayObject) ? type->basicsize : sizeof(ByteArrayObject);
    ByteArrayObject *o = mo_gc_alloc(type, extra);
    return o ? mo_obj(o) : V_ERR;
}

Value mo_bytearray_new(const char *s, size_t n) {
    Value v = ba_alloc(&mo_bytearray_type);
    if (v == V_ERR || ba_set_size(ba_obj(v), (int64_t)n) < 0)
        return V_ERR;
    if (n)
        memcpy(ba_obj(v)->data, s, n);
    return v;
}

// Replaces bytes [start, stop) with src[0 .. n); src may point into `o`.
static int ba_splice(ByteArrayObject *o, int64_t start, int64_t stop, const char *src, int64_t n) {
    char *copy = NULL;
    if (n && o->data && src >= o->data && src < o->data + o->capacity) {
        copy = malloc((size_t)n);
        if (!copy) {
            mo_err_no_memory();
            return -1;
        }
        memcpy(copy, src, (size_t)n);
        src = copy;
    }
    int64_t old = o->size, tail = old - stop, size = old - (stop - start) + n;
    if (ba_reserve(o, size) < 0) {
        free(copy);
        return -1;
    }
    memmove(o->data + start + n, o->data + stop, (size_t)tail);
    if (n)
        memcpy(o->data + start, src, (size_t)n);
    o->size = size;
    o->data[size] = '\0';
    free(copy);
    return 0;
}

static void ba_finalize(Object *self) {
    ByteArrayObject *o = (ByteArrayObject *)self;
    if (o->data)
        mo_mem_free(o->data, (size_t)o->capacity);
    o->data = NULL;
    o->capacity = o->size = 0;
}

static Value ba_repr(Value self) {
    StrBuf b = STRBUF_INIT;
    mo_strbuf_puts(&b, mo_type_name(self));
    mo_strbuf_putc(&b, '(');
    repr_into(&b, bdata(self), bsize(self), true);
    mo_strbuf_putc(&b, ')');
    return mo_str_from_strbuf(&b);
}

// A byte value for ba[i] = v / append / insert.
static int byte_arg(Value v, uint8_t *out) {
    int64_t x;
    if (mo_str_index_value(v, &x, &mo_exc_OverflowError, MO_STR_FIT_MSG) < 0) {
        if (!mo_err_matches(&mo_exc_OverflowError))
            return -1;
        mo_err_clear();
        x = -1;
    }
    if (x < 0 || x > 255) {
        mo_err_format(&mo_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)x;
    return 0;
}

// The bytes of a value assigned to a slice: bytes-like, or an iterable of
// ints (not an int, not a str). Returns a bytes object.
static Value assigned_bytes(Value v) {
    const char *d;
    int64_t n;
    if (mo_bytes_like(v, &d, &n))
        return mo_bytes_new(d, (size_t)n);
    if (mo_is_int(v) || mo_is_str(v) || (!mo_type(v)->iter && !mo_type(v)->getitem))
        return mo_err_format(&mo_exc_TypeError,
                             "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return from_iterable(v, "byte must be in range(0, 256)");
}

static int ba_setitem(Value self, Value key, Value v) {
    ByteArrayObject *o = ba_obj(self);
    if (mo_is_exact(key, &mo_slice_type)) {
        // The new bytes first: collecting them may run Python code that
        // resizes this bytearray, and the indices must fit what is left.
        Value b = MO_NULL;
        if (v != MO_NULL && (b = assigned_bytes(v)) == V_ERR)
            return -1;
        int64_t start, stop, step, n;
        if (mo_slice_indices(key, o->size, &start, &stop, &step, &n) < 0)
            return -1;
        if (v == MO_NULL) {
            if (step == 1)
                return n > 0 ? ba_splice(o, start, start + n, "", 0) : 0;
            // Deleting an extended slice: compact the kept bytes.
            if (step < 0) {
                start += (n - 1) * step;
                step = -step;
            }
            int64_t w = start;
            for (int64_t r = start, k = 0; r < o->size; r++) {
                if (k < n && r == start + k * step) {
                    k++;
                    continue;
                }
                o->data[w++] = o->data[r];
            }
            o->size = w;
            o->data[w] = '\0';
            return 0;
        }
        int64_t bn = mo_bytes_size(b);
        if (step == 1) {
            if (n < 0)
                n = 0;
            return ba_splice(o, start, start + n, mo_bytes_data(b), bn);
        }
        if (bn != n) {
            mo_err_format(&mo_exc_ValueError,
                          "attempt to assign bytes of size %lld to extended slice of size %lld",
                          (long long)bn, (long long)n);
            return -1;
        }
        for (int64_t k = 0; k < n; k++)
            o->data[start + k * step] = mo_bytes_data(b)[k];
        return 0;
    }
    if (!mo_is_int(key) && !mo_type(key)->index) {
        mo_err_format(&mo_exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    int64_t i;
    if (mo_str_index_value(key, &i, &mo_exc_IndexError, MO_STR_FIT_MSG) < 0)
        return -1;
    uint8_t c = 0;
    if (v != MO_NULL && byte_arg(v, &c) < 0)
        return -1;
    if (i < 0)
        i += o->size;
    if (i < 0 || i >= o->size) {
        mo_err_format(&mo_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (v == MO_NULL)
        return ba_splice(o, i, i + 1, "", 0);
    o->data[i] = (char)c;
    return 0;
}

static Value ba_binop(Value a, Value b, int op) {
    if (op == (MO_OP_ADD | MO_OP_INPLACE) && is_ba(a)) {
        const char *d;
        int64_t n;
        if (!mo_bytes_like(b, &d, &n))
            return mo_err_format(&mo_exc_TypeError, "can't concat %T to %T", b, a);
        ByteArrayObject *o = ba_obj(a);
        return ba_splice(o, o->size, o->size, d, n) < 0 ? V_ERR : a;
    }
    if (op == (MO_OP_MUL | MO_OP_INPLACE) && is_ba(a) && (mo_is_int(b) || mo_type(b)->index)) {
        Value r = bytes_repeat(a, b);
        if (r == V_ERR)
            return V_ERR;
        ByteArrayObject *o = ba_obj(a);
        return ba_splice(o, 0, o->size, bdata(r), bsize(r)) < 0 ? V_ERR : a;
    }
    return bytes_binop(a, b, op);
}

static Value ba_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    return ba_alloc(type);
}

static Value ba_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (mo_str_bind_kw("bytearray", args, nargs, kwnames, names, 3, a) < 0)
        return V_ERR;
    Value r = bytes_make(a[0], a[1], a[2], "bytearray", "byte must be in range(0, 256)");
    if (r == V_ERR)
        return V_ERR;
    ByteArrayObject *o = ba_obj(self);
    return ba_splice(o, 0, o->size, bdata(r), bsize(r)) < 0 ? V_ERR : MO_NONE;
}

static Value ba_append(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("bytearray.append", nargs, kwnames) < 0)
        return V_ERR;
    uint8_t c;
    if (byte_arg(args[0], &c) < 0)
        return V_ERR;
    ByteArrayObject *o = ba_obj(self);
    if (ba_set_size(o, o->size + 1) < 0)
        return V_ERR;
    o->data[o->size - 1] = (char)c;
    return MO_NONE;
}

static Value ba_extend(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("bytearray.extend", nargs, kwnames) < 0)
        return V_ERR;
    Value v = args[0];
    // A str is iterated like any iterable, so its first character is what
    // fails ("'str' object cannot be interpreted as an integer"), as in 3.11.
    if (!mo_type(v)->iter && !mo_type(v)->getitem && !is_byteslike(v))
        return mo_err_format(&mo_exc_TypeError, "can't extend bytearray with %T", v);
    Value b = is_byteslike(v) ? v : from_iterable(v, "byte must be in range(0, 256)");
    if (b == V_ERR)
        return V_ERR;
    ByteArrayObject *o = ba_obj(self);
    return ba_splice(o, o->size, o->size, bdata(b), bsize(b)) < 0 ? V_ERR : MO_NONE;
}

static Value ba_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_clinic("bytearray.pop", "pop", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    ByteArrayObject *o = ba_obj(self);
    int64_t i = -1;
    if (nargs && mo_str_int_arg(args[0], &i) < 0)
        return V_ERR;
    if (o->size == 0)
        return mo_err_format(&mo_exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += o->size;
    if (i < 0 || i >= o->size)
        return mo_err_format(&mo_exc_IndexError, "pop index out of range");
    uint8_t c = (uint8_t)o->data[i];
    if (ba_splice(o, i, i + 1, "", 0) < 0)
        return V_ERR;
    return mo_smallint(c);
}

static Value ba_insert(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_clinic("bytearray.insert", "insert", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    int64_t i;
    uint8_t c;
    if (mo_str_int_arg(args[0], &i) < 0 || byte_arg(args[1], &c) < 0)
        return V_ERR;
    ByteArrayObject *o = ba_obj(self);
    if (i < 0) {
        i += o->size;
        if (i < 0)
            i = 0;
    }
    if (i > o->size)
        i = o->size;
    char ch = (char)c;
    return ba_splice(o, i, i, &ch, 1) < 0 ? V_ERR : MO_NONE;
}

static Value ba_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("bytearray.remove", nargs, kwnames) < 0)
        return V_ERR;
    uint8_t c;
    if (byte_arg(args[0], &c) < 0)
        return V_ERR;
    ByteArrayObject *o = ba_obj(self);
    const char *p = o->data ? memchr(o->data, c, (size_t)o->size) : NULL;
    if (!p)
        return mo_err_format(&mo_exc_ValueError, "value not found in bytearray");
    int64_t i = p - o->data;
    return ba_splice(o, i, i + 1, "", 0) < 0 ? V_ERR : MO_NONE;
}

static Value ba_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("bytearray.clear", nargs, kwnames) < 0)
        return V_ERR;
    ByteArrayObject *o = ba_obj(self);
    return ba_splice(o, 0, o->size, "", 0) < 0 ? V_ERR : MO_NONE;
}

static Value ba_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("bytearray.copy", nargs, kwnames) < 0)
        return V_ERR;
    return mo_bytearray_new(bdata(self), (size_t)bsize(self));
}

static Value ba_reverse(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("bytearray.reverse", nargs, kwnames) < 0)
        return V_ERR;
    ByteArrayObject *o = ba_obj(self);
    for (int64_t i = 0, j = o->size - 1; i < j; i++, j--) {
        char t = o->data[i];
        o->data[i] = o->data[j];
        o->data[j] = t;
    }
    return MO_NONE;
}

static const MethodDef bytearray_methods[] = {
    {"append", ba_append, 0, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, 0, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", ba_pop, 0, "Remove and return a single item from B."},
    {"insert", ba_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"remove", ba_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, 0, "Remove all items from the bytearray."},
    {"copy", ba_copy, 0, "Return a copy of B."},
    {"reverse", ba_reverse, 0, "Reverse the order of the values in B in place."},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_bytearray_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "bytearray",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(ByteArrayObject),
    .repr = ba_repr,
    .str = ba_repr,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .len = bytes_len_slot,
    .getitem = bytes_getitem,
    .setitem = ba_setitem,
    .contains = bytes_contains,
    .truth = bytes_truth,
    .binop = ba_binop,
    .new_ = ba_new,
    .init = ba_init,
    .finalize = ba_finalize,
    .methods = bytearray_methods,
};

// ------------------------------------------------------------------- type

TypeObject mo_bytes_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "bytes",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(BytesObject),
    .repr = bytes_repr_slot,
    .str = bytes_repr_slot,
    .hash = bytes_hash_slot,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .len = bytes_len_slot,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .truth = bytes_truth,
    .binop = bytes_binop,
    .new_ = bytes_new,
    .trace = bytes_trace,
    .methods = mo_bytes_methods,
};

void mo_bytes_init(void) {
    mo_memoryview_init();
    static bool done;
    ensure_small();
    if (done)
        return;
    done = true;
    mo_type_ready(&mo_bytes_type);
    mo_type_ready(&mo_bytes_iterator_type);
    mo_type_ready(&mo_bytearray_type);
    mo_type_ready(&mo_bytearray_iterator_type);
    // bytearray shares the read-only methods of bytes (all but
    // __getnewargs__); its own table holds the mutators.
    for (const MethodDef *m = mo_bytes_methods; m->name; m++) {
        if (strcmp(m->name, "__getnewargs__") == 0 ||
            mo_dict_get_cstr(mo_bytearray_type.dict, m->name) != MO_NULL)
            continue;
        Value d = mo_method_descr_new(m, &mo_bytearray_type);
        if (d == V_ERR || mo_dict_set_cstr(mo_bytearray_type.dict, m->name, d) < 0)
            mo_fatal("cannot ready bytearray");
    }
    // The Unicode exceptions' constructor and message (see the section above).
    TypeObject *unicode_errors[] = {&mo_exc_UnicodeDecodeError, &mo_exc_UnicodeEncodeError};
    for (int i = 0; i < 2; i++) {
        unicode_errors[i]->new_ = unicode_error_new;
        unicode_errors[i]->init = unicode_error_init;
        unicode_errors[i]->str = unicode_error_str;
    }
}
