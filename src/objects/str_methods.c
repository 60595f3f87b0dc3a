// src/objects/str_methods.c — the methods of `str` (the `mo_str_methods`
// table that mo_type_ready installs into the type's dict).
//
// Every method has an ASCII fast path that works on bytes directly (ASCII
// strings index in O(1)); the general path decodes code points and uses
// the Unicode database of str_unicode.c. Searching is byte-level for both
// (see str_search.c): only arguments and results that are indices convert
// between code points and bytes.
//
// Argument errors reproduce CPython's wording, which differs between
// methods (Argument Clinic's "center expected at most 2 arguments, got 3",
// the older "count() takes at least 1 argument (0 given)", METH_O's
// "str.join() takes exactly one argument (0 given)"), hence the several
// small checkers below.
//
// Read next: src/objects/strformat.c (format, str.format and %).
#include "objects/args.h"
#include "objects/str.h"

#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"

// ---------------------------------------------------------- argument checks

static size_t nkw(Value kwnames) { return kwnames == MO_NULL ? 0 : (size_t)mo_tuple_size(kwnames); }

static int no_kw(const char *qualname, Value kwnames) {
    if (nkw(kwnames)) {
        mo_err_format(&mo_exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    return 0;
}

// METH_NOARGS: "str.upper() takes no arguments (1 given)".
int mo_str_check_noargs(const char *qualname, size_t nargs, Value kwnames) {
    if (no_kw(qualname, kwnames) < 0)
        return -1;
    if (nargs) {
        mo_err_format(&mo_exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
        return -1;
    }
    return 0;
}

// METH_O: "str.join() takes exactly one argument (0 given)".
int mo_str_check_one(const char *qualname, size_t nargs, Value kwnames) {
    if (no_kw(qualname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        mo_err_format(&mo_exc_TypeError, "%s() takes exactly one argument (%zu given)", qualname,
                      nargs);
        return -1;
    }
    return 0;
}

// Argument Clinic, positional only: "center expected at least 1 argument,
// got 0". `qualname` is "str.center", `name` is "center".
int mo_str_check_clinic(const char *qualname, const char *name, size_t nargs, Value kwnames,
                        size_t min, size_t max) {
    if (no_kw(qualname, kwnames) < 0)
        return -1;
    if (nargs < min) {
        mo_err_format(&mo_exc_TypeError, "%s expected %s %zu argument%s, got %zu", name,
                      min == max ? "exactly" : "at least", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        mo_err_format(&mo_exc_TypeError, "%s expected %s %zu argument%s, got %zu", name,
                      min == max ? "exactly" : "at most", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

// PyArg_ParseTuple style: "count() takes at least 1 argument (0 given)".
int mo_str_check_range(const char *qualname, const char *name, size_t nargs, Value kwnames,
                       size_t min, size_t max) {
    if (no_kw(qualname, kwnames) < 0)
        return -1;
    if (nargs < min) {
        mo_err_format(&mo_exc_TypeError, "%s() takes at least %zu argument%s (%zu given)", name,
                      min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        mo_err_format(&mo_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name,
                      max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

// Positional-or-keyword parameters (split, encode, …): fills out[] with
// MO_NULL for what is not given.
int mo_str_bind_kw(const char *name, const Value *args, size_t nargs, Value kwnames,
                   const char *const *names, size_t n, Value *out) {
    return mo_args_bind(name, args, nargs, kwnames, names, n, n, 0, out);
}

// An index-sized int argument ("'str' object cannot be interpreted as an
// integer"; OverflowError for huge values).
int mo_str_int_arg(Value v, int64_t *out) {
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return 0;
    }
    return mo_str_index_value(v, out, &mo_exc_OverflowError, MO_STR_SSIZE_MSG);
}

// ------------------------------------------------------------------ helpers

// A str of the bytes p[0 .. n) of `self` (valid UTF-8 boundaries).
static Value piece(Value self, const char *p, int64_t n) {
    if (mo_str_is_ascii(self))
        return mo_str_new_known(p, n, n);
    return mo_str_new(p, (size_t)n);
}

static Value buf_result(StrBuf *b, int64_t length) {
    if (b->failed) {
        mo_strbuf_free(b);
        return mo_err_no_memory();
    }
    Value r = mo_str_new_known(b->data ? b->data : "", (int64_t)b->len, length);
    mo_strbuf_free(b);
    return r;
}

static Value self_or_copy(Value self) {
    if (mo_is_exact(self, &mo_str_type))
        return self;
    return mo_str_new_known(mo_str_data(self), mo_str_size(self), mo_str_len(self));
}

static bool ascii_space(uint8_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

static inline bool is_space(uint32_t c) { return c < 0x80 ? ascii_space((uint8_t)c) : mo_unicode_isspace(c); }

// Decodes the whole string into a malloc'd array (freed by the caller).
static uint32_t *decode_all(Value s, int64_t *n) {
    int64_t len = mo_str_len(s);
    uint32_t *a = malloc(sizeof(uint32_t) * (size_t)(len ? len : 1));
    if (!a) {
        mo_err_no_memory();
        return NULL;
    }
    const char *d = mo_str_data(s);
    int64_t pos = 0;
    for (int64_t i = 0; i < len; i++)
        a[i] = mo_utf8_decode(d, &pos);
    *n = len;
    return a;
}

// Byte offsets for code point range [start, end) given as indices already
// clamped by mo_str_search_range; returns false when start > end.
static bool byte_range(Value s, int64_t start, int64_t end, int64_t *bs, int64_t *be) {
    if (start > end)
        return false;
    if (mo_str_is_ascii(s)) {
        *bs = start;
        *be = end;
    } else {
        *bs = mo_str_offset(s, start);
        *be = end == mo_str_len(s) ? mo_str_size(s) : mo_str_offset(s, end);
    }
    return true;
}

// ------------------------------------------------------------- case mapping

// The code point before byte offset `pos` (which is > 0), and its offset.
static uint32_t decode_before(const char *d, int64_t *pos) {
    int64_t q = *pos - 1;
    while (q > 0 && ((uint8_t)d[q] & 0xC0) == 0x80)
        q--;
    *pos = q;
    return mo_utf8_decode(d, &q);
}

// Lowercase of a capital sigma at bytes [at, next) of d[0 .. n): final (ς)
// when a cased letter precedes it and none follows, skipping
// case-ignorable characters both ways (Unicode's Final_Sigma).
static uint32_t final_sigma(const char *d, int64_t n, int64_t at, int64_t next) {
    int64_t pos = at;
    uint32_t c = 0;
    bool found = false;
    while (pos > 0) {
        c = decode_before(d, &pos);
        if (!mo_unicode_iscase_ignorable(c)) {
            found = true;
            break;
        }
    }
    bool final = found && mo_unicode_iscased(c);
    if (final) {
        pos = next;
        while (pos < n) {
            c = mo_utf8_decode(d, &pos);
            if (!mo_unicode_iscase_ignorable(c))
                return mo_unicode_iscased(c) ? 0x3C3 : 0x3C2;
        }
    }
    return final ? 0x3C2 : 0x3C3;
}

static int lower_at(const char *d, int64_t n, int64_t at, int64_t next, uint32_t c, uint32_t out[3]) {
    if (c == 0x3A3) {
        out[0] = final_sigma(d, n, at, next);
        return 1;
    }
    return mo_unicode_to_lower(c, out);
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

// Masks (0x20 in each byte) of the ASCII letters of a word of ASCII bytes:
// adding 0x80 - 'A' sets bit 7 exactly in the bytes >= 'A', and so on.
static inline uint64_t upper_letters(uint64_t w) {
    return ((w + ONES * (0x80 - 'A')) & ~(w + ONES * (0x80 - 'Z' - 1)) & HIGHS) >> 2;
}
static inline uint64_t lower_letters(uint64_t w) {
    return ((w + ONES * (0x80 - 'a')) & ~(w + ONES * (0x80 - 'z' - 1)) & HIGHS) >> 2;
}

static Value ascii_case(Value self, int mode) {
    int64_t n = mo_str_size(self), i = 0;
    StrObject *r = mo_str_alloc(n, n);
    if (!r)
        return V_ERR;
    const char *d = mo_str_data(self);
    char *out = r->data;
    if (mode == CASE_LOWER || mode == CASE_FOLD || mode == CASE_UPPER || mode == CASE_SWAP) {
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            memcpy(&w, d + i, 8);
            uint64_t flip = mode == CASE_UPPER  ? lower_letters(w)
                            : mode == CASE_SWAP ? lower_letters(w) | upper_letters(w)
                                                : upper_letters(w);
            w ^= flip;
            memcpy(out + i, &w, 8);
        }
        for (; i < n; i++) {
            char c = d[i];
            bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
            if ((mode == CASE_UPPER && lo) || (mode == CASE_SWAP && (lo || up)) ||
                ((mode == CASE_LOWER || mode == CASE_FOLD) && up))
                c ^= 0x20;
            out[i] = c;
        }
        return mo_str_finish(r);
    }
    bool prev_cased = false;
    for (; i < n; i++) {
        char c = d[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
        bool to_upper = mode == CASE_TITLE ? !prev_cased : i == 0;
        if ((to_upper && lo) || (!to_upper && up))
            c ^= 0x20;
        out[i] = c;
        prev_cased = lo || up;
    }
    return mo_str_finish(r);
}

static inline void put_cp(char **out, uint32_t c) {
    char *o = *out;
    if (c < 0x80) {
        *o++ = (char)c;
    } else if (c < 0x800) {
        *o++ = (char)(0xC0 | (c >> 6));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (char)(0xE0 | (c >> 12));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (c >> 18));
        *o++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    }
    *out = o;
}

static Value change_case(Value self, int mode) {
    if (mo_str_is_ascii(self))
        return ascii_case(self, mode);
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self), pos = 0, length = 0;
    // A mapping writes at most 3 code points of at most 4 bytes, and maps
    // 1 byte to at most 3 (e.g. U+0390 from 2 bytes to 6), so 3x suffices.
    char *buf = malloc((size_t)n * 3 + 1), *out = buf;
    if (!buf)
        return mo_err_no_memory();
    bool prev_cased = false, first = true;
    while (pos < n) {
        uint8_t b = (uint8_t)d[pos];
        if (b < 0x80) {
            bool lo = b >= 'a' && b <= 'z', up = b >= 'A' && b <= 'Z';
            bool to_upper;
            switch (mode) {
            case CASE_UPPER: to_upper = true; break;
            case CASE_SWAP: to_upper = lo; break;
            case CASE_TITLE: to_upper = !prev_cased; break;
            case CASE_CAPITALIZE: to_upper = first; break;
            default: to_upper = false; break;
            }
            if ((to_upper && lo) || (!to_upper && up))
                b ^= 0x20;
            *out++ = (char)b;
            prev_cased = lo || up;
            first = false;
            pos++;
            length++;
            continue;
        }
        int64_t at = pos;
        uint32_t c = mo_utf8_decode(d, &pos), m[3];
        int k;
        switch (mode) {
        case CASE_LOWER: k = lower_at(d, n, at, pos, c, m); break;
        case CASE_UPPER: k = mo_unicode_to_upper(c, m); break;
        case CASE_FOLD: k = mo_unicode_to_fold(c, m); break;
        case CASE_SWAP:
            if (mo_unicode_isupper(c))
                k = lower_at(d, n, at, pos, c, m);
            else if (mo_unicode_islower(c))
                k = mo_unicode_to_upper(c, m);
            else
                m[0] = c, k = 1;
            break;
        case CASE_TITLE:
            k = prev_cased ? lower_at(d, n, at, pos, c, m) : mo_unicode_to_title(c, m);
            prev_cased = mo_unicode_iscased(c);
            break;
        default:    // CASE_CAPITALIZE
            k = first ? mo_unicode_to_title(c, m) : lower_at(d, n, at, pos, c, m);
            break;
        }
        first = false;
        for (int j = 0; j < k; j++)
            put_cp(&out, m[j]);
        length += k;
    }
    Value r = mo_str_new_known(buf, out - buf, length);
    free(buf);
    return r;
}

#define CASE_METHOD(fname, qual, mode)                                                   \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) {     \
        if (mo_str_check_noargs(qual, nargs, kwnames) < 0)                                      \
            return V_ERR;                                                                \
        return change_case(self, mode);                                                  \
    }
CASE_METHOD(str_lower, "str.lower", CASE_LOWER)
CASE_METHOD(str_upper, "str.upper", CASE_UPPER)
CASE_METHOD(str_casefold, "str.casefold", CASE_FOLD)
CASE_METHOD(str_swapcase, "str.swapcase", CASE_SWAP)
CASE_METHOD(str_title, "str.title", CASE_TITLE)
CASE_METHOD(str_capitalize, "str.capitalize", CASE_CAPITALIZE)

// --------------------------------------------------------------- predicates

enum { P_ALNUM, P_ALPHA, P_DECIMAL, P_DIGIT, P_NUMERIC, P_SPACE, P_PRINTABLE };

static bool ascii_pred(uint8_t c, int which) {
    bool digit = c >= '0' && c <= '9';
    bool alpha = (c | 32) >= 'a' && (c | 32) <= 'z';
    switch (which) {
    case P_ALNUM: return digit || alpha;
    case P_ALPHA: return alpha;
    case P_DECIMAL: case P_DIGIT: case P_NUMERIC: return digit;
    case P_SPACE: return ascii_space(c);
    default: return c >= 0x20 && c < 0x7F;
    }
}

static bool unicode_pred(uint32_t c, int which) {
    switch (which) {
    case P_ALNUM: return mo_unicode_isalnum(c);
    case P_ALPHA: return mo_unicode_isalpha(c);
    case P_DECIMAL: return mo_unicode_isdecimal(c);
    case P_DIGIT: return mo_unicode_isdigit(c);
    case P_NUMERIC: return mo_unicode_isnumeric(c);
    case P_SPACE: return mo_unicode_isspace(c);
    default: return mo_unicode_isprintable(c);
    }
}

static Value predicate(Value self, int which) {
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self);
    if (n == 0)
        return mo_bool(which == P_PRINTABLE);
    int64_t pos = 0;
    while (pos < n) {
        uint8_t c = (uint8_t)d[pos];
        if (c < 0x80) {
            if (!ascii_pred(c, which))
                return MO_FALSE;
            pos++;
        } else if (!unicode_pred(mo_utf8_decode(d, &pos), which)) {
            return MO_FALSE;
        }
    }
    return MO_TRUE;
}

#define PRED_METHOD(fname, qual, which)                                                  \
    static Value fname(Value self, const Value *args, size_t nargs, Value kwnames) {     \
        if (mo_str_check_noargs(qual, nargs, kwnames) < 0)                                      \
            return V_ERR;                                                                \
        return predicate(self, which);                                                   \
    }
PRED_METHOD(str_isalnum, "str.isalnum", P_ALNUM)
PRED_METHOD(str_isalpha, "str.isalpha", P_ALPHA)
PRED_METHOD(str_isdecimal, "str.isdecimal", P_DECIMAL)
PRED_METHOD(str_isdigit, "str.isdigit", P_DIGIT)
PRED_METHOD(str_isnumeric, "str.isnumeric", P_NUMERIC)
PRED_METHOD(str_isspace, "str.isspace", P_SPACE)
PRED_METHOD(str_isprintable, "str.isprintable", P_PRINTABLE)

static Value str_isascii(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("str.isascii", nargs, kwnames) < 0)
        return V_ERR;
    return mo_bool(mo_str_is_ascii(self));
}

static Value str_islower(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("str.islower", nargs, kwnames) < 0)
        return V_ERR;
    const char *d = mo_str_data(self);
    int64_t pos = 0, n = mo_str_size(self);
    bool cased = false;
    while (pos < n) {
        uint32_t c = mo_utf8_decode(d, &pos);
        if (mo_unicode_isupper(c) || mo_unicode_istitle(c))
            return MO_FALSE;
        if (!cased && mo_unicode_islower(c))
            cased = true;
    }
    return mo_bool(cased);
}

static Value str_isupper(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("str.isupper", nargs, kwnames) < 0)
        return V_ERR;
    const char *d = mo_str_data(self);
    int64_t pos = 0, n = mo_str_size(self);
    bool cased = false;
    while (pos < n) {
        uint32_t c = mo_utf8_decode(d, &pos);
        if (mo_unicode_islower(c) || mo_unicode_istitle(c))
            return MO_FALSE;
        if (!cased && mo_unicode_isupper(c))
            cased = true;
    }
    return mo_bool(cased);
}

static Value str_istitle(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("str.istitle", nargs, kwnames) < 0)
        return V_ERR;
    const char *d = mo_str_data(self);
    int64_t pos = 0, n = mo_str_size(self);
    bool cased = false, prev_cased = false;
    while (pos < n) {
        uint32_t c = mo_utf8_decode(d, &pos);
        if (mo_unicode_isupper(c) || mo_unicode_istitle(c)) {
            if (prev_cased)
                return MO_FALSE;
            prev_cased = cased = true;
        } else if (mo_unicode_islower(c)) {
            if (!prev_cased)
                return MO_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return mo_bool(cased);
}

static Value str_isidentifier(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("str.isidentifier", nargs, kwnames) < 0)
        return V_ERR;
    const char *d = mo_str_data(self);
    int64_t pos = 0, n = mo_str_size(self);
    if (n == 0)
        return MO_FALSE;
    uint32_t c = mo_utf8_decode(d, &pos);
    if (c != '_' && !mo_unicode_isxid_start(c))
        return MO_FALSE;
    while (pos < n) {
        c = mo_utf8_decode(d, &pos);
        if (!mo_unicode_isxid_continue(c))
            return MO_FALSE;
    }
    return MO_TRUE;
}

// ------------------------------------------------------------ find & co

// The sub-argument of find/count/index…: must be a str.
static int sub_arg(Value v) {
    if (!mo_is_str(v)) {
        mo_err_format(&mo_exc_TypeError, "must be str, not %T", v);
        return -1;
    }
    return 0;
}

enum { FIND, RFIND, INDEX, RINDEX };

static Value find_impl(Value self, const Value *args, size_t nargs, Value kwnames, int kind) {
    static const char *const names[] = {"find", "rfind", "index", "rindex"};
    static const char *const quals[] = {"str.find", "str.rfind", "str.index", "str.rindex"};
    if (mo_str_check_range(quals[kind], names[kind], nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    if (sub_arg(args[0]) < 0)
        return V_ERR;
    int64_t start, end, bs, be;
    if (mo_str_search_range(nargs > 1 ? args[1] : MO_NULL, nargs > 2 ? args[2] : MO_NULL,
                            mo_str_len(self), &start, &end) < 0)
        return V_ERR;
    int64_t result = -1;
    Value sub = args[0];
    if (end - start >= mo_str_len(sub) && byte_range(self, start, end, &bs, &be)) {
        const char *d = mo_str_data(self);
        int64_t off = kind == FIND || kind == INDEX
                          ? mo_str_search_find(d + bs, be - bs, mo_str_data(sub), mo_str_size(sub))
                          : mo_str_search_rfind(d + bs, be - bs, mo_str_data(sub), mo_str_size(sub));
        if (off >= 0)
            result = start + (mo_str_is_ascii(self) ? off : mo_utf8_length(d + bs, (size_t)off));
    }
    if (result < 0 && (kind == INDEX || kind == RINDEX))
        return mo_err_format(&mo_exc_ValueError, "substring not found");
    return mo_smallint(result);
}

static Value str_find(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, FIND); }
static Value str_rfind(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, RFIND); }
static Value str_index(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, INDEX); }
static Value str_rindex(Value self, const Value *a, size_t n, Value k) { return find_impl(self, a, n, k, RINDEX); }

static Value str_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_range("str.count", "count", nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    if (sub_arg(args[0]) < 0)
        return V_ERR;
    int64_t start, end, bs, be;
    if (mo_str_search_range(nargs > 1 ? args[1] : MO_NULL, nargs > 2 ? args[2] : MO_NULL,
                            mo_str_len(self), &start, &end) < 0)
        return V_ERR;
    Value sub = args[0];
    if (end - start < mo_str_len(sub) || !byte_range(self, start, end, &bs, &be))
        return mo_smallint(0);
    if (mo_str_size(sub) == 0)
        return mo_smallint(end - start + 1);
    return mo_smallint(mo_str_search_count(mo_str_data(self) + bs, be - bs, mo_str_data(sub),
                                           mo_str_size(sub), INT64_MAX));
}

// startswith / endswith with a str or a tuple of strs.
static int tailmatch(Value self, Value sub, int64_t start, int64_t end, bool suffix) {
    int64_t sl = mo_str_len(sub);
    if (end - sl < start)
        return 0;
    if (sl == 0)
        return 1;
    int64_t bs = 0, be = 0;
    byte_range(self, start, end, &bs, &be);
    int64_t n = mo_str_size(sub);
    if (be - bs < n)
        return 0;
    const char *d = mo_str_data(self) + (suffix ? be - n : bs);
    return memcmp(d, mo_str_data(sub), (size_t)n) == 0;
}

static Value xxxswith(Value self, const Value *args, size_t nargs, Value kwnames, bool suffix) {
    const char *name = suffix ? "endswith" : "startswith";
    if (mo_str_check_range(suffix ? "str.endswith" : "str.startswith", name, nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    int64_t start, end;
    if (mo_str_search_range(nargs > 1 ? args[1] : MO_NULL, nargs > 2 ? args[2] : MO_NULL,
                            mo_str_len(self), &start, &end) < 0)
        return V_ERR;
    Value x = args[0];
    if (mo_is_tuple(x)) {
        for (int64_t i = 0; i < mo_tuple_size(x); i++) {
            Value sub = mo_tuple_items(x)[i];
            if (!mo_is_str(sub))
                return mo_err_format(&mo_exc_TypeError,
                                     "tuple for %s must only contain str, not %T", name, sub);
            if (tailmatch(self, sub, start, end, suffix))
                return MO_TRUE;
        }
        return MO_FALSE;
    }
    if (!mo_is_str(x))
        return mo_err_format(&mo_exc_TypeError,
                             "%s first arg must be str or a tuple of str, not %T", name, x);
    return mo_bool(tailmatch(self, x, start, end, suffix));
}

static Value str_startswith(Value self, const Value *a, size_t n, Value k) { return xxxswith(self, a, n, k, false); }
static Value str_endswith(Value self, const Value *a, size_t n, Value k) { return xxxswith(self, a, n, k, true); }

static Value str_removeprefix(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("str.removeprefix", nargs, kwnames) < 0)
        return V_ERR;
    Value p = args[0];
    if (!mo_is_str(p))
        return mo_err_format(&mo_exc_TypeError, "removeprefix() argument must be str, not %T", p);
    int64_t n = mo_str_size(p);
    if (n && n <= mo_str_size(self) && memcmp(mo_str_data(self), mo_str_data(p), (size_t)n) == 0)
        return mo_str_new_known(mo_str_data(self) + n, mo_str_size(self) - n,
                                mo_str_len(self) - mo_str_len(p));
    return self_or_copy(self);
}

static Value str_removesuffix(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("str.removesuffix", nargs, kwnames) < 0)
        return V_ERR;
    Value p = args[0];
    if (!mo_is_str(p))
        return mo_err_format(&mo_exc_TypeError, "removesuffix() argument must be str, not %T", p);
    int64_t n = mo_str_size(p), sn = mo_str_size(self);
    if (n && n <= sn && memcmp(mo_str_data(self) + sn - n, mo_str_data(p), (size_t)n) == 0)
        return mo_str_new_known(mo_str_data(self), sn - n, mo_str_len(self) - mo_str_len(p));
    return self_or_copy(self);
}

// ------------------------------------------------------------------ replace

static Value str_replace(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_clinic("str.replace", "replace", nargs, kwnames, 2, 3) < 0)
        return V_ERR;
    Value old = args[0], new_ = args[1];
    if (!mo_is_str(old))
        return mo_err_format(&mo_exc_TypeError, "replace() argument 1 must be str, not %T", old);
    if (!mo_is_str(new_))
        return mo_err_format(&mo_exc_TypeError, "replace() argument 2 must be str, not %T", new_);
    int64_t max = -1;
    if (nargs > 2 && mo_str_int_arg(args[2], &max) < 0)
        return V_ERR;
    if (max < 0)
        max = INT64_MAX;
    const char *d = mo_str_data(self), *od = mo_str_data(old), *nd = mo_str_data(new_);
    int64_t n = mo_str_size(self), on = mo_str_size(old), nn = mo_str_size(new_);
    if (max == 0)
        return self_or_copy(self);
    if (on == 0) {
        // Insert `new` before every code point and at the end.
        int64_t slots = mo_str_len(self) + 1;
        if (max > slots)
            max = slots;
        StrBuf b = STRBUF_INIT;
        mo_strbuf_reserve(&b, (size_t)(n + nn * max));
        int64_t pos = 0;
        for (int64_t i = 0; i < max; i++) {
            mo_strbuf_append(&b, nd, (size_t)nn);
            if (pos < n) {
                int len = mo_utf8_seqlen[(uint8_t)d[pos]];
                mo_strbuf_append(&b, d + pos, (size_t)len);
                pos += len;
            }
        }
        mo_strbuf_append(&b, d + pos, (size_t)(n - pos));
        return buf_result(&b, mo_str_len(self) + mo_str_len(new_) * max);
    }
    // One search pass records where the matches are; then the result is
    // made at its exact size.
    int64_t local[64], *at = local, cap = 64, count = 0, pos = 0;
    while (count < max) {
        int64_t k = mo_str_search_find(d + pos, n - pos, od, on);
        if (k < 0)
            break;
        if (count == cap) {
            int64_t *grown = malloc(sizeof *grown * (size_t)cap * 2);
            if (!grown) {
                if (at != local)
                    free(at);
                return mo_err_no_memory();
            }
            memcpy(grown, at, sizeof *at * (size_t)cap);
            if (at != local)
                free(at);
            at = grown;
            cap *= 2;
        }
        at[count++] = pos + k;
        pos += k + on;
    }
    if (count == 0)
        return self_or_copy(self);
    int64_t size = n + count * (nn - on);
    StrObject *r = mo_str_alloc(size, mo_str_len(self) + count * (mo_str_len(new_) - mo_str_len(old)));
    if (!r) {
        if (at != local)
            free(at);
        return V_ERR;
    }
    char *out = r->data;
    pos = 0;
    for (int64_t i = 0; i < count; i++) {
        memcpy(out, d + pos, (size_t)(at[i] - pos));
        out += at[i] - pos;
        memcpy(out, nd, (size_t)nn);
        out += nn;
        pos = at[i] + on;
    }
    memcpy(out, d + pos, (size_t)(n - pos));
    if (at != local)
        free(at);
    return mo_str_finish(r);
}

// ---------------------------------------------------------------- split

static int list_push_piece(Value list, Value self, const char *p, int64_t n) {
    Value s = piece(self, p, n);
    if (s == V_ERR)
        return -1;
    return mo_list_append(list, s);
}

// ASCII whitespace as str.isspace sees it: \t \n \v \f \r, \x1c-\x1f, space.
static const bool ascii_ws[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1, [' '] = 1,
};

// split() of an ASCII string, left to right.
static Value split_ascii_whitespace(Value self, Value list, int64_t max) {
    const uint8_t *d = (const uint8_t *)mo_str_data(self);
    int64_t n = mo_str_size(self), i = 0;
    for (;;) {
        while (i < n && ascii_ws[d[i]])
            i++;
        if (i >= n)
            break;
        if (max-- == 0) {
            if (list_push_piece(list, self, (const char *)d + i, n - i) < 0)
                return V_ERR;
            break;
        }
        int64_t j = i;
        while (j < n && !ascii_ws[d[j]])
            j++;
        if (i == 0 && j == n && mo_is_exact(self, &mo_str_type)) {
            if (mo_list_append(list, self) < 0)
                return V_ERR;
        } else if (list_push_piece(list, self, (const char *)d + i, j - i) < 0) {
            return V_ERR;
        }
        i = j;
    }
    return list;
}

// Splits on runs of whitespace (code point aware).
static Value split_whitespace(Value self, int64_t max, bool right) {
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self);
    Value list = mo_list_new_reserved(mo_list_split_prealloc(max));
    if (list == V_ERR)
        return V_ERR;
    if (!right && mo_str_is_ascii(self))
        return split_ascii_whitespace(self, list, max);
    if (!right) {
        int64_t pos = 0;
        while (pos < n) {
            // Skip whitespace.
            int64_t p = pos;
            while (p < n) {
                int64_t q = p;
                if (!is_space(mo_utf8_decode(d, &q)))
                    break;
                p = q;
            }
            pos = p;
            if (pos >= n)
                break;
            if (max-- == 0) {
                // The rest, with its trailing whitespace, is the last item.
                if (list_push_piece(list, self, d + pos, n - pos) < 0)
                    return V_ERR;
                break;
            }
            int64_t start = pos;
            while (p < n) {
                int64_t q = p;
                if (is_space(mo_utf8_decode(d, &q)))
                    break;
                p = q;
            }
            if (list_push_piece(list, self, d + start, p - start) < 0)
                return V_ERR;
            pos = p;
        }
        return list;
    }
    // Right to left: collect, then reverse.
    int64_t pos = n;
    while (pos > 0) {
        int64_t p = pos;
        while (p > 0) {
            int64_t q = p - 1;
            while (q > 0 && ((uint8_t)d[q] & 0xC0) == 0x80)
                q--;
            int64_t t = q;
            if (!is_space(mo_utf8_decode(d, &t)))
                break;
            p = q;
        }
        pos = p;
        if (pos <= 0)
            break;
        if (max-- == 0) {
            if (list_push_piece(list, self, d, pos) < 0)
                return V_ERR;
            break;
        }
        int64_t end = pos;
        while (p > 0) {
            int64_t q = p - 1;
            while (q > 0 && ((uint8_t)d[q] & 0xC0) == 0x80)
                q--;
            int64_t t = q;
            if (is_space(mo_utf8_decode(d, &t)))
                break;
            p = q;
        }
        if (list_push_piece(list, self, d + p, end - p) < 0)
            return V_ERR;
        pos = p;
    }
    Value *items = mo_list_items(list);
    for (int64_t i = 0, j = mo_list_size(list) - 1; i < j; i++, j--) {
        Value t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
    return list;
}

// Splits on a separator (bytes); shared in spirit with bytes.split.
// CPython's storage width of text (1, 2 or 4 bytes per character).
static int text_kind(const char *d, int64_t n) {
    uint32_t widest = 0;
    for (int64_t pos = 0; pos < n;) {
        uint32_t c = mo_utf8_decode(d, &pos);
        if (c > widest)
            widest = c;
    }
    return widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
}

static Value split_sep(Value self, const char *sep, int64_t sn, int64_t max, bool right) {
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self);
    // A separator longer than the text, or wider than it can hold, cannot
    // occur: CPython then returns [self] in a list of exactly one slot.
    int64_t seplen = mo_utf8_length(sep, (size_t)sn);
    if (mo_str_len(self) < seplen ||
        (seplen != sn && text_kind(sep, sn) > (mo_str_is_ascii(self) ? 1 : text_kind(d, n))))
        return mo_list_from_array(&self, 1);
    Value list = mo_list_new_reserved(mo_list_split_prealloc(max));
    if (list == V_ERR)
        return V_ERR;
    if (!right) {
        int64_t pos = 0;
        while (max-- != 0) {
            int64_t at = mo_str_search_find(d + pos, n - pos, sep, sn);
            if (at < 0)
                break;
            if (list_push_piece(list, self, d + pos, at) < 0)
                return V_ERR;
            pos += at + sn;
        }
        if (pos == 0 && mo_is_exact(self, &mo_str_type)) {
            if (mo_list_append(list, self) < 0)
                return V_ERR;
        } else if (list_push_piece(list, self, d + pos, n - pos) < 0) {
            return V_ERR;
        }
        return list;
    }
    int64_t end = n;
    while (max-- != 0) {
        int64_t at = mo_str_search_rfind(d, end, sep, sn);
        if (at < 0)
            break;
        if (list_push_piece(list, self, d + at + sn, end - at - sn) < 0)
            return V_ERR;
        end = at;
    }
    if (list_push_piece(list, self, d, end) < 0)
        return V_ERR;
    Value *items = mo_list_items(list);
    for (int64_t i = 0, j = mo_list_size(list) - 1; i < j; i++, j--) {
        Value t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
    return list;
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
    if (a[0] == MO_NULL || a[0] == MO_NONE)
        return split_whitespace(self, max, right);
    if (!mo_is_str(a[0]))
        return mo_err_format(&mo_exc_TypeError, "must be str or None, not %T", a[0]);
    if (mo_str_size(a[0]) == 0)
        return mo_err_format(&mo_exc_ValueError, "empty separator");
    return split_sep(self, mo_str_data(a[0]), mo_str_size(a[0]), max, right);
}

static Value str_split(Value self, const Value *a, size_t n, Value k) { return split_impl(self, a, n, k, false); }
static Value str_rsplit(Value self, const Value *a, size_t n, Value k) { return split_impl(self, a, n, k, true); }

static Value str_splitlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (mo_str_bind_kw("splitlines", args, nargs, kwnames, names, 1, a) < 0)
        return V_ERR;
    bool keep = false;
    if (a[0] != MO_NULL) {
        if (mo_is_float(a[0]))
            return mo_err_format(&mo_exc_TypeError, "'float' object cannot be interpreted as an integer");
        int t = mo_truth(a[0]);
        if (t < 0)
            return V_ERR;
        keep = t;
    }
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self), pos = 0;
    Value list = mo_list_new(0);
    if (list == V_ERR)
        return V_ERR;
    while (pos < n) {
        int64_t start = pos, eol = -1, next = -1;
        while (pos < n) {
            uint8_t c = (uint8_t)d[pos];
            if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)) {
                eol = pos;
                next = pos + 1;
                if (c == '\r' && next < n && d[next] == '\n')
                    next++;
                break;
            }
            if (c >= 0x80) {
                int64_t q = pos;
                uint32_t cp = mo_utf8_decode(d, &q);
                if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                    eol = pos;
                    next = q;
                    break;
                }
                pos = q;
            } else {
                pos++;
            }
        }
        if (eol < 0) {
            eol = next = n;
        }
        int64_t stop = keep ? next : eol;
        if (start == 0 && stop == n && mo_is_exact(self, &mo_str_type)) {
            if (mo_list_append(list, self) < 0)
                return V_ERR;
        } else if (list_push_piece(list, self, d + start, stop - start) < 0) {
            return V_ERR;
        }
        pos = next;
    }
    return list;
}

static Value partition_impl(Value self, Value sep, bool right) {
    if (!mo_is_str(sep))
        return mo_err_format(&mo_exc_TypeError, "must be str, not %T", sep);
    if (mo_str_size(sep) == 0)
        return mo_err_format(&mo_exc_ValueError, "empty separator");
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self), sn = mo_str_size(sep);
    int64_t at = right ? mo_str_search_rfind(d, n, mo_str_data(sep), sn)
                       : mo_str_search_find(d, n, mo_str_data(sep), sn);
    Value whole = self_or_copy(self);
    if (whole == V_ERR)
        return V_ERR;
    if (at < 0)
        return right ? mo_tuple_pack(3, mo_str_empty, mo_str_empty, whole)
                     : mo_tuple_pack(3, whole, mo_str_empty, mo_str_empty);
    Value a = piece(self, d, at);
    if (a == V_ERR)
        return V_ERR;
    Value c = piece(self, d + at + sn, n - at - sn);
    if (c == V_ERR)
        return V_ERR;
    return mo_tuple_pack(3, a, mo_is_exact(sep, &mo_str_type) ? sep : piece(sep, mo_str_data(sep), sn), c);
}

static Value str_partition(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("str.partition", nargs, kwnames) < 0)
        return V_ERR;
    return partition_impl(self, args[0], false);
}

static Value str_rpartition(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("str.rpartition", nargs, kwnames) < 0)
        return V_ERR;
    return partition_impl(self, args[0], true);
}

// ------------------------------------------------------------------- join

Value mo_str_join(Value sep, Value iterable) {
    Value seq;
    if (mo_is_list(iterable) || mo_is_tuple(iterable)) {
        seq = iterable;
    } else {
        TypeObject *t = mo_type(iterable);
        if (!t->iter && !t->getitem)
            return mo_err_format(&mo_exc_TypeError, "can only join an iterable");
        seq = mo_list_from_iterable(iterable);
        if (seq == V_ERR)
            return V_ERR;
    }
    bool is_list = mo_is_list(seq);
    int64_t n = is_list ? mo_list_size(seq) : mo_tuple_size(seq);
    const Value *items = is_list ? mo_list_items(seq) : mo_tuple_items(seq);
    if (n == 0)
        return mo_str_empty;
    if (n == 1 && mo_is_exact(items[0], &mo_str_type))
        return items[0];
    int64_t size = 0, length = 0, ss = mo_str_size(sep);
    for (int64_t i = 0; i < n; i++) {
        Value it = items[i];
        if (!mo_is_str(it))
            return mo_err_format(&mo_exc_TypeError, "sequence item %lld: expected str instance, %T found",
                                 (long long)i, it);
        size += mo_str_size(it);
        length += mo_str_len(it);
    }
    size += ss * (n - 1);
    length += mo_str_len(sep) * (n - 1);
    StrObject *r = mo_str_alloc(size, length);
    if (!r)
        return V_ERR;
    // Read the items again: a temporary `seq` is live only through this
    // use, and the allocation may have collected (and freed the item array
    // of) a list that nothing else referred to.
    items = is_list ? mo_list_items(seq) : mo_tuple_items(seq);
    char *out = r->data;
    const char *sd = mo_str_data(sep);
    for (int64_t i = 0; i < n; i++) {
        if (i && ss) {
            if (ss == 1)
                *out = sd[0];
            else
                memcpy(out, sd, (size_t)ss);
            out += ss;
        }
        int64_t k = mo_str_size(items[i]);
        memcpy(out, mo_str_data(items[i]), (size_t)k);
        out += k;
    }
    return mo_str_finish(r);
}

static Value str_join(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("str.join", nargs, kwnames) < 0)
        return V_ERR;
    return mo_str_join(self, args[0]);
}

// ------------------------------------------------------------------- strip

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static bool in_chars(uint32_t c, const uint32_t *set, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        if (set[i] == c)
            return true;
    return false;
}

static Value strip_impl(Value self, const Value *args, size_t nargs, Value kwnames, int how) {
    static const char *const names[] = {"strip", "lstrip", "rstrip", "strip"};
    static const char *const quals[] = {"str.strip", "str.lstrip", "str.rstrip", "str.strip"};
    int which = how == STRIP_BOTH ? 0 : how == STRIP_LEFT ? 1 : 2;
    if (mo_str_check_clinic(quals[which], names[which], nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    Value chars = nargs ? args[0] : MO_NONE;
    if (chars != MO_NONE && !mo_is_str(chars))
        return mo_err_format(&mo_exc_TypeError, "%s arg must be None or str", names[which]);
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self), start = 0, end = n;
    uint32_t *set = NULL;
    int64_t setn = 0;
    bool ascii_set = true;
    if (chars != MO_NONE) {
        if (mo_str_is_ascii(chars)) {
            setn = mo_str_size(chars);
        } else {
            set = decode_all(chars, &setn);
            if (!set)
                return V_ERR;
            ascii_set = false;
        }
    }
    const char *cd = chars != MO_NONE ? mo_str_data(chars) : NULL;
#define STRIPPABLE(c)                                                                        \
    (chars == MO_NONE ? is_space(c)                                                          \
                      : ascii_set ? ((c) < 0x80 && setn && memchr(cd, (int)(c), (size_t)setn)) \
                                  : in_chars((c), set, setn))
    if (how & STRIP_LEFT) {
        while (start < n) {
            int64_t q = start;
            uint32_t c = mo_utf8_decode(d, &q);
            if (!STRIPPABLE(c))
                break;
            start = q;
        }
    }
    if (how & STRIP_RIGHT) {
        while (end > start) {
            int64_t q = end - 1;
            while (q > start && ((uint8_t)d[q] & 0xC0) == 0x80)
                q--;
            int64_t t = q;
            uint32_t c = mo_utf8_decode(d, &t);
            if (!STRIPPABLE(c))
                break;
            end = q;
        }
    }
#undef STRIPPABLE
    free(set);
    if (start == 0 && end == n)
        return self_or_copy(self);
    return piece(self, d + start, end - start);
}

static Value str_strip(Value self, const Value *a, size_t n, Value k) { return strip_impl(self, a, n, k, STRIP_BOTH); }
static Value str_lstrip(Value self, const Value *a, size_t n, Value k) { return strip_impl(self, a, n, k, STRIP_LEFT); }
static Value str_rstrip(Value self, const Value *a, size_t n, Value k) { return strip_impl(self, a, n, k, STRIP_RIGHT); }

// ---------------------------------------------------------------- padding

// The fill character argument of center/ljust/rjust.
static int fill_arg(Value v, const char **fill, int64_t *fill_size) {
    if (!mo_is_str(v)) {
        mo_err_format(&mo_exc_TypeError, "The fill character must be a unicode character, not %T", v);
        return -1;
    }
    if (mo_str_len(v) != 1) {
        mo_err_format(&mo_exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = mo_str_data(v);
    *fill_size = mo_str_size(v);
    return 0;
}

static Value pad(Value self, int64_t left, int64_t right, const char *fill, int64_t fs) {
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return self_or_copy(self);
    int64_t n = mo_str_size(self);
    StrObject *r = mo_str_alloc(n + (left + right) * fs, mo_str_len(self) + left + right);
    if (!r)
        return V_ERR;
    char *out = r->data;
    for (int64_t i = 0; i < left; i++, out += fs)
        memcpy(out, fill, (size_t)fs);
    memcpy(out, mo_str_data(self), (size_t)n);
    out += n;
    for (int64_t i = 0; i < right; i++, out += fs)
        memcpy(out, fill, (size_t)fs);
    return mo_str_finish(r);
}

enum { JUST_LEFT, JUST_RIGHT, JUST_CENTER };

static Value justify(Value self, const Value *args, size_t nargs, Value kwnames, int how) {
    static const char *const names[] = {"ljust", "rjust", "center"};
    static const char *const quals[] = {"str.ljust", "str.rjust", "str.center"};
    if (mo_str_check_clinic(quals[how], names[how], nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    int64_t width;
    if (mo_str_int_arg(args[0], &width) < 0)
        return V_ERR;
    const char *fill = " ";
    int64_t fs = 1;
    if (nargs > 1 && fill_arg(args[1], &fill, &fs) < 0)
        return V_ERR;
    int64_t len = mo_str_len(self);
    if (width <= len)
        return self_or_copy(self);
    int64_t total = width - len;
    if (how == JUST_LEFT)
        return pad(self, 0, total, fill, fs);
    if (how == JUST_RIGHT)
        return pad(self, total, 0, fill, fs);
    // CPython's rounding: the odd extra space goes left when both the
    // padding and the width are odd.
    int64_t left = total / 2 + (total & width & 1);
    return pad(self, left, total - left, fill, fs);
}

static Value str_ljust(Value self, const Value *a, size_t n, Value k) { return justify(self, a, n, k, JUST_LEFT); }
static Value str_rjust(Value self, const Value *a, size_t n, Value k) { return justify(self, a, n, k, JUST_RIGHT); }
static Value str_center(Value self, const Value *a, size_t n, Value k) { return justify(self, a, n, k, JUST_CENTER); }

static Value str_zfill(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("str.zfill", nargs, kwnames) < 0)
        return V_ERR;
    int64_t width;
    if (mo_str_int_arg(args[0], &width) < 0)
        return V_ERR;
    int64_t len = mo_str_len(self);
    if (width <= len)
        return self_or_copy(self);
    int64_t filln = width - len, n = mo_str_size(self);
    StrObject *r = mo_str_alloc(n + filln, width);
    if (!r)
        return V_ERR;
    const char *d = mo_str_data(self);
    int64_t sign = n > 0 && (d[0] == '+' || d[0] == '-') ? 1 : 0;
    memcpy(r->data, d, (size_t)sign);
    memset(r->data + sign, '0', (size_t)filln);
    memcpy(r->data + sign + filln, d + sign, (size_t)(n - sign));
    return mo_str_finish(r);
}

static Value str_expandtabs(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (mo_str_bind_kw("expandtabs", args, nargs, kwnames, names, 1, a) < 0)
        return V_ERR;
    int64_t tab = 8;
    if (a[0] != MO_NULL && mo_str_int_arg(a[0], &tab) < 0)
        return V_ERR;
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self);
    if (!memchr(d, '\t', (size_t)n))
        return self_or_copy(self);
    StrBuf b = STRBUF_INIT;
    int64_t col = 0, length = 0, pos = 0;
    while (pos < n) {
        uint8_t c = (uint8_t)d[pos];
        if (c == '\t') {
            if (tab > 0) {
                int64_t spaces = tab - col % tab;
                mo_strbuf_fill(&b, ' ', (size_t)spaces);
                col += spaces;
                length += spaces;
            }
            pos++;
            continue;
        }
        int len = mo_utf8_seqlen[c];
        mo_strbuf_append(&b, d + pos, (size_t)len);
        pos += len;
        length++;
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return buf_result(&b, length);
}

// ---------------------------------------------------------------- encode

static Value str_encode(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (mo_str_bind_kw("encode", args, nargs, kwnames, names, 2, a) < 0)
        return V_ERR;
    if (a[0] != MO_NULL && !mo_is_str(a[0]))
        return mo_err_format(&mo_exc_TypeError, "encode() argument 'encoding' must be str, not %T", a[0]);
    if (a[1] != MO_NULL && !mo_is_str(a[1]))
        return mo_err_format(&mo_exc_TypeError, "encode() argument 'errors' must be str, not %T", a[1]);
    return mo_bytes_encode(self, a[0] == MO_NULL ? "utf-8" : mo_str_data(a[0]),
                           a[1] == MO_NULL ? "strict" : mo_str_data(a[1]));
}

// ------------------------------------------------------ maketrans/translate

static Value str_maketrans(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_range("str.maketrans", "maketrans", nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    Value table = mo_dict_new();
    if (table == V_ERR)
        return V_ERR;
    if (nargs == 1) {
        Value x = args[0];
        if (!mo_is_dict(x))
            return mo_err_format(&mo_exc_TypeError,
                                 "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (mo_dict_next(x, &pos, &k, &v)) {
            Value key;
            if (mo_is_str(k)) {
                if (mo_str_len(k) != 1)
                    return mo_err_format(&mo_exc_ValueError,
                                         "string keys in translate table must be of length 1");
                key = mo_smallint(mo_str_char(k, 0));
            } else if (mo_is_int(k)) {
                key = k;
            } else {
                return mo_err_format(&mo_exc_TypeError,
                                     "keys in translate table must be strings or integers");
            }
            if (mo_dict_set(table, key, v) < 0)
                return V_ERR;
        }
        return table;
    }
    Value x = args[0], y = args[1];
    if (!mo_is_str(x))
        return mo_err_format(&mo_exc_TypeError, "maketrans() argument 1 must be str, not %T", x);
    if (!mo_is_str(y))
        return mo_err_format(&mo_exc_TypeError, "maketrans() argument 2 must be str, not %T", y);
    if (nargs > 2 && !mo_is_str(args[2]))
        return mo_err_format(&mo_exc_TypeError, "maketrans() argument 3 must be str, not %T", args[2]);
    if (mo_str_len(x) != mo_str_len(y))
        return mo_err_format(&mo_exc_ValueError,
                             "the first two maketrans arguments must have equal length");
    int64_t px = 0, py = 0;
    for (int64_t i = 0; i < mo_str_len(x); i++) {
        uint32_t a = mo_utf8_decode(mo_str_data(x), &px);
        uint32_t b = mo_utf8_decode(mo_str_data(y), &py);
        if (mo_dict_set(table, mo_smallint(a), mo_smallint(b)) < 0)
            return V_ERR;
    }
    if (nargs > 2) {
        int64_t pz = 0;
        for (int64_t i = 0; i < mo_str_len(args[2]); i++) {
            uint32_t c = mo_utf8_decode(mo_str_data(args[2]), &pz);
            if (mo_dict_set(table, mo_smallint(c), MO_NONE) < 0)
                return V_ERR;
        }
    }
    return table;
}

// Looks code point `c` up in the table: MO_NULL means "keep it".
static Value translate_lookup(Value table, uint32_t c) {
    Value key = mo_smallint(c);
    if (mo_is_exact(table, &mo_dict_type)) {
        Value v = mo_dict_get(table, key);
        return v;
    }
    Value v = mo_getitem(table, key);
    if (v == V_ERR && mo_err_matches(&mo_exc_LookupError)) {
        mo_err_clear();
        return MO_NULL;
    }
    return v;
}

static Value str_translate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_one("str.translate", nargs, kwnames) < 0)
        return V_ERR;
    Value table = args[0];
    const char *d = mo_str_data(self);
    int64_t n = mo_str_size(self), pos = 0, length = 0;
    // Results for ASCII code points, looked up once each.
    Value cache[128];
    for (int i = 0; i < 128; i++)
        cache[i] = MO_NULL;
    // A marker that no table can return: keep the character.
    const Value keep = MO_TAG_SPECIAL | 0x7;
    // For ASCII characters whose result is one ASCII byte or nothing: that
    // byte (0..127), DELETE, or UNKNOWN / GENERAL (take the general path).
    enum { UNKNOWN = -3, GENERAL = -2, DELETE = -1 };
    int16_t simple[128];
    for (int i = 0; i < 128; i++)
        simple[i] = UNKNOWN;
    StrBuf b = STRBUF_INIT;
    mo_strbuf_reserve(&b, (size_t)n);
    while (pos < n) {
        int64_t start = pos;
        uint8_t byte = (uint8_t)d[pos];
        if (byte < 128 && simple[byte] >= DELETE) {
            if (simple[byte] >= 0) {
                if (b.len + 1 < b.cap) {
                    b.data[b.len++] = (char)simple[byte];
                    b.data[b.len] = '\0';
                } else {
                    mo_strbuf_putc(&b, (char)simple[byte]);
                }
                length++;
            }
            pos++;
            continue;
        }
        uint32_t c = mo_utf8_decode(d, &pos);
        Value r = c < 128 ? cache[c] : MO_NULL;
        if (r == MO_NULL) {
            r = translate_lookup(table, c);
            if (r == V_ERR) {
                mo_strbuf_free(&b);
                return V_ERR;
            }
            if (r == MO_NULL)
                r = keep;
            if (c < 128) {
                cache[c] = r;
                int16_t v = GENERAL;
                if (r == keep)
                    v = (int16_t)c;
                else if (r == MO_NONE)
                    v = DELETE;
                else if (mo_is_smallint(r) && mo_smallint_val(r) >= 0 && mo_smallint_val(r) < 128)
                    v = (int16_t)mo_smallint_val(r);
                else if (mo_is_str(r) && mo_str_size(r) == 1)
                    v = (int16_t)(uint8_t)mo_str_data(r)[0];
                simple[c] = v;
            }
        }
        if (r == keep) {
            mo_strbuf_append(&b, d + start, (size_t)(pos - start));
            length++;
        } else if (r == MO_NONE) {
            // Deleted.
        } else if (mo_is_int(r)) {
            int64_t v;
            if (mo_int_to_i64(r, &v) < 0 || v < 0 || v > 0x10FFFF) {
                mo_err_clear();
                mo_strbuf_free(&b);
                return mo_err_format(&mo_exc_ValueError, "character mapping must be in range(0x110000)");
            }
            mo_strbuf_put_codepoint(&b, (uint32_t)v);
            length++;
        } else if (mo_is_str(r)) {
            mo_strbuf_append(&b, mo_str_data(r), (size_t)mo_str_size(r));
            length += mo_str_len(r);
        } else {
            mo_strbuf_free(&b);
            return mo_err_format(&mo_exc_TypeError, "character mapping must return integer, None or str");
        }
    }
    return buf_result(&b, length);
}

// ---------------------------------------------------------------- dunders

static Value str_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("str.__getnewargs__", nargs, kwnames) < 0)
        return V_ERR;
    Value copy = mo_str_new_known(mo_str_data(self), mo_str_size(self), mo_str_len(self));
    if (copy == V_ERR)
        return V_ERR;
    return mo_tuple_pack(1, copy);
}

static Value str_sizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_str_check_noargs("str.__sizeof__", nargs, kwnames) < 0)
        return V_ERR;
    return mo_smallint((int64_t)sizeof(StrObject) + mo_str_size(self) + 1);
}

// ------------------------------------------------------------------ table

const MethodDef mo_str_methods[] = {
    {"encode", str_encode, 0, "Encode the string using the codec registered for encoding."},
    {"replace", str_replace, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", str_split, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_rsplit, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", str_join, 0, "Concatenate any number of strings."},
    {"capitalize", str_capitalize, 0, "Return a capitalized version of the string."},
    {"casefold", str_casefold, 0, "Return a version of the string suitable for caseless comparisons."},
    {"title", str_title, 0, "Return a version of the string where each word is titlecased."},
    {"center", str_center, 0, "Return a centered string of length width."},
    {"count", str_count, 0, "Return the number of non-overlapping occurrences of substring sub."},
    {"expandtabs", str_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_find, 0, "Return the lowest index in S where substring sub is found."},
    {"partition", str_partition, 0, "Partition the string into three parts using the given separator."},
    {"index", str_index, 0, "Return the lowest index in S where substring sub is found."},
    {"ljust", str_ljust, 0, "Return a left-justified string of length width."},
    {"lower", str_lower, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", str_rfind, 0, "Return the highest index in S where substring sub is found."},
    {"rindex", str_rindex, 0, "Return the highest index in S where substring sub is found."},
    {"rjust", str_rjust, 0, "Return a right-justified string of length width."},
    {"rstrip", str_rstrip, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", str_rpartition, 0, "Partition the string into three parts using the given separator."},
    {"splitlines", str_splitlines, 0, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", str_strip, 0, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_swapcase, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", str_translate, 0, "Replace each character in the string using the given translation table."},
    {"upper", str_upper, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", str_startswith, 0, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", str_endswith, 0, "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", str_removeprefix, 0, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix, 0, "Return a str with the given suffix string removed if present."},
    {"isascii", str_isascii, 0, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", str_islower, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_isupper, 0, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_istitle, 0, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", str_isspace, 0, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", str_isdecimal, 0, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_isdigit, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", str_isnumeric, 0, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_isalpha, 0, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_isalnum, 0, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", str_isidentifier, 0, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_isprintable, 0, "Return True if the string is printable, False otherwise."},
    {"zfill", str_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", mo_str_format_method, 0, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", mo_str_format_map_method, 0, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", mo_str_dunder_format, 0, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", str_maketrans, MO_METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", str_sizeof, 0, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", str_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};
