// src/runtime/format.c — the format-spec mini-language and % conversions.
//
// Every number is laid out the same way, as CPython does:
//
//   [left fill][sign][prefix][middle fill][digits, grouped][tail][zeros][suffix][right fill]
//
//   sign     '-', '+', ' ' or nothing
//   prefix   "0x" "0X" "0o" "0b" (ints with '#')
//   digits   the integer digits, the only part that is grouped
//   tail     the point and fraction digits, or "inf"/"nan"
//   zeros    trailing zeros of the fraction, kept as a count because a
//            precision like '.1000000f' would otherwise be materialized
//   suffix   the exponent ("e+05") and/or '%'
//
// Padding goes left, right, both sides or in the middle by alignment. The
// one special case is the fill '0' with '=' alignment (what the 0 flag
// asks for): then the digits themselves are padded with zeros, grouped like
// real digits, so format(1234, '09,') is '0,001,234'.
//
// Invariants: all text but the fill and a 'c'/str payload is ASCII, so its
// width is its byte count; a fill code point is encoded once and repeated.
// Digits come from runtime/dtoa.c, which rounds exactly, half to even.
#include "runtime/format.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime/dtoa.h"

// ---------------------------------------------------------------- helpers

__attribute__((format(printf, 4, 5))) static int fail(char *errmsg, size_t errlen, int code,
                                                      const char *fmt, ...) {
    if (errmsg && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(errmsg, errlen, fmt, ap);
        va_end(ap);
    }
    return code;
}

// A presentation type as CPython quotes it in messages: the character if
// printable ASCII, else \x and its hex code.
static void type_code(uint32_t type, char buf[16]) {
    if (type > 32 && type < 128)
        snprintf(buf, 16, "%c", (char)type);
    else
        snprintf(buf, 16, "\\x%x", (unsigned)type);
}

static int unknown_code(uint32_t type, const char *type_name, char *errmsg, size_t errlen) {
    char code[16];
    type_code(type, code);
    return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                "Unknown format code '%s' for object of type '%.200s'", code, type_name);
}

// Decodes one UTF-8 code point (leniently: a stray byte is itself).
static uint32_t decode_utf8(const unsigned char *s, size_t n, size_t *len) {
    unsigned char c = s[0];
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (need > n || need == 1) {
        *len = 1;
        return c;
    }
    uint32_t cp = c & (0x3F >> (need - 1));
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *len = 1;
            return c;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    *len = need;
    return cp;
}

// A code point as UTF-8 (the fill, or a 'c' payload).
typedef struct Fill {
    char bytes[4];
    size_t len;
} Fill;

static Fill encode_fill(uint32_t cp) {
    Fill f;
    if (cp < 0x80) {
        f.bytes[0] = (char)cp;
        f.len = 1;
    } else if (cp < 0x800) {
        f.bytes[0] = (char)(0xC0 | (cp >> 6));
        f.bytes[1] = (char)(0x80 | (cp & 0x3F));
        f.len = 2;
    } else if (cp < 0x10000) {
        f.bytes[0] = (char)(0xE0 | (cp >> 12));
        f.bytes[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        f.bytes[2] = (char)(0x80 | (cp & 0x3F));
        f.len = 3;
    } else {
        f.bytes[0] = (char)(0xF0 | ((cp >> 18) & 0x07));
        f.bytes[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        f.bytes[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        f.bytes[3] = (char)(0x80 | (cp & 0x3F));
        f.len = 4;
    }
    return f;
}

static char *write_fill(char *p, const Fill *f, size_t count) {
    if (count == 0)
        return p;
    if (f->len == 1) {
        memset(p, f->bytes[0], count);
        return p + count;
    }
    for (size_t i = 0; i < count; i++) {
        memcpy(p, f->bytes, f->len);
        p += f->len;
    }
    return p;
}

// memcpy, allowing an absent (NULL) source when there is nothing to copy.
static char *write_bytes(char *p, const char *s, size_t n) {
    if (n)
        memcpy(p, s, n);
    return p + n;
}

// Output is written straight into the buffer: reserve the exact size once,
// write, then commit. NULL when memory runs out (`out->failed` is set).
static char *begin_write(StrBuf *out, size_t nbytes) {
    if (!mo_strbuf_reserve(out, nbytes))
        return NULL;
    return out->data + out->len;
}

static void end_write(StrBuf *out, char *end) {
    out->len = (size_t)(end - out->data);
    *end = '\0';
}

// The padding count is bounded so that the byte count cannot overflow;
// anything near the bound fails to allocate anyway.
#define MAX_PAD (SIZE_MAX / 16)

// Pads text of `nchars` code points to the spec's width by its alignment
// ('=' acts as '>': there is no sign to put first).
static int pad_text(StrBuf *out, const char *text, size_t nbytes, size_t nchars,
                    const FormatSpec *spec) {
    size_t pad = spec->width > 0 && (uint64_t)spec->width > nchars ? (size_t)spec->width - nchars : 0;
    if (pad > MAX_PAD) {
        out->failed = true;
        return MO_FORMAT_MEMORY_ERROR;
    }
    size_t left = 0;
    if (spec->align == '>' || spec->align == '=')
        left = pad;
    else if (spec->align == '^')
        left = pad / 2;
    Fill fill = encode_fill(spec->fill);
    char *p = begin_write(out, nbytes + pad * fill.len);
    if (!p)
        return MO_FORMAT_MEMORY_ERROR;
    p = write_fill(p, &fill, left);
    p = write_bytes(p, text, nbytes);
    p = write_fill(p, &fill, pad - left);
    end_write(out, p);
    return MO_FORMAT_OK;
}

// ------------------------------------------------------------- parse spec

static bool is_align(unsigned char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads decimal digits at s[*pos]; -1 if there are none, -2 on overflow.
static int64_t read_integer(const unsigned char *s, size_t n, size_t *pos) {
    if (*pos >= n || s[*pos] < '0' || s[*pos] > '9')
        return -1;
    int64_t v = 0;
    while (*pos < n && s[*pos] >= '0' && s[*pos] <= '9') {
        int digit = s[*pos] - '0';
        if (v > (INT64_MAX - digit) / 10)
            return -2;
        v = v * 10 + digit;
        (*pos)++;
    }
    return v;
}

int mo_format_parse_spec(const char *spec, size_t n, uint32_t default_type,
                         const char *type_name, FormatSpec *out, char *errmsg,
                         size_t errlen) {
    const unsigned char *s = (const unsigned char *)spec;
    *out = (FormatSpec){.fill = ' ', .width = -1, .precision = -1, .type = default_type};
    char default_align = default_type == 's' ? '<' : '>';
    bool fill_given = false;
    size_t pos = 0;
    if (n > 0) {
        size_t first;
        uint32_t cp = decode_utf8(s, n, &first);
        if (first < n && is_align(s[first])) {
            out->fill = cp;
            out->align = (char)s[first];
            fill_given = true;
            pos = first + 1;
        } else if (is_align(s[0])) {
            out->align = (char)s[0];
            pos = 1;
        }
    }
    bool align_given = out->align != 0;
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        out->sign = (char)s[pos++];
    if (pos < n && s[pos] == 'z') {
        out->no_neg_zero = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        out->alternate = true;
        pos++;
    }
    // The 0 flag only when no fill was given: after one, a 0 starts the width.
    if (!fill_given && pos < n && s[pos] == '0') {
        out->fill = '0';
        if (!align_given && default_align == '>')
            out->align = '=';
        pos++;
    }
    int64_t width = read_integer(s, n, &pos);
    if (width == -2)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR, "Too many decimal digits in format string");
    out->width = width;
    if (pos < n && s[pos] == ',') {
        out->grouping = ',';
        pos++;
    }
    if (pos < n && s[pos] == '_') {
        if (out->grouping)
            return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        out->grouping = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',' && out->grouping == '_')
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    if (pos < n && s[pos] == '.') {
        pos++;
        int64_t precision = read_integer(s, n, &pos);
        if (precision == -1)
            return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR, "Format specifier missing precision");
        if (precision == -2)
            return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR, "Too many decimal digits in format string");
        out->precision = precision;
    }
    if (pos < n) {
        size_t len;
        uint32_t cp = decode_utf8(s + pos, n - pos, &len);
        if (pos + len < n)
            return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                        "Invalid format specifier '%.*s' for object of type '%.200s'", (int)n, spec,
                        type_name);
        out->type = cp;
    }
    if (out->grouping) {
        bool ok;
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            ok = true;
            break;
        case 'b': case 'o': case 'x': case 'X':
            ok = out->grouping == '_';
            break;
        default:
            ok = false;
        }
        if (!ok) {
            char code[16];
            type_code(out->type, code);
            return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR, "Cannot specify '%c' with '%s'.",
                        out->grouping, code);
        }
    }
    if (!out->align)
        out->align = default_align;
    return MO_FORMAT_OK;
}

// ------------------------------------------------------------ number layout

typedef struct Number {
    char sign;             // 0, '-', '+' or ' '
    const char *prefix;    // "" or "0x", "0X", "0o", "0b"
    const char *digits;    // integer digits, most significant first
    size_t ndigits;
    size_t lead_zeros;     // zeros before `digits` (a % precision); never grouped
    char letter_case;      // 'U': print a-f as A-F; 'L': A-F as a-f; 0: as given
    int group;             // digits per group, 0 for none
    char separator;
    const char *tail;      // point and fraction, or "inf"/"nan"
    size_t ntail;
    size_t tail_zeros;     // zeros after `tail`
    const char *suffix;    // exponent and/or '%'
    size_t nsuffix;
} Number;

static char fix_case(const Number *num, char c) {
    if (num->letter_case == 'U' && c >= 'a' && c <= 'f')
        return (char)(c - 'a' + 'A');
    if (num->letter_case == 'L' && c >= 'A' && c <= 'F')
        return (char)(c - 'A' + 'a');
    return c;
}

// Grouping pads with zeros the way CPython does: the digits (plus leading
// zeros) fill k positions, grouped from the right, for the fewest k >= the
// digit count whose grouped width k + (k - 1) / group reaches `min_width`;
// so the padding never starts with a separator (format(12, '08,') is
// '0,000,012', nine characters). The width grows by 1 or 2 per position,
// so k is found from an estimate in a step or two, without walking a huge
// width position by position.
static size_t grouped_width(size_t k, int group) { return k + (k - 1) / (size_t)group; }

static size_t grouped_positions(size_t count, int group, int64_t min_width) {
    size_t k = count;
    if (min_width > 0 && grouped_width(k, group) < (uint64_t)min_width) {
        size_t estimate = (size_t)min_width - (size_t)min_width / (size_t)(group + 1);
        if (estimate > k)
            k = estimate;
        while (k > count && grouped_width(k - 1, group) >= (uint64_t)min_width)
            k--;
        while (grouped_width(k, group) < (uint64_t)min_width)
            k++;
    }
    return k;
}

// Writes the digits part, `width` bytes: zero padding to `min_width`
// (grouped when `group` is set), the lead zeros, then the digits.
static char *write_digits(char *p, const Number *num, int group, size_t width) {
    size_t count = num->lead_zeros + num->ndigits;
    if (group == 0) {
        if (width > num->ndigits) {
            memset(p, '0', width - num->ndigits);
            p += width - num->ndigits;
        }
        if (!num->letter_case) {
            memcpy(p, num->digits, num->ndigits);
            return p + num->ndigits;
        }
        for (size_t i = 0; i < num->ndigits; i++)
            *p++ = fix_case(num, num->digits[i]);
        return p;
    }
    // Backwards from the end: digits, then zeros, separators between.
    char *end = p + width;
    for (size_t i = 0; end > p; i++) {
        if (i > 0 && i % (size_t)group == 0)
            *--end = num->separator;
        char c = '0';
        if (i < count) {
            size_t k = count - 1 - i;  // index among the lead zeros and digits
            c = k < num->lead_zeros ? '0' : fix_case(num, num->digits[k - num->lead_zeros]);
        }
        *--end = c;
    }
    return p + width;
}

static int emit_number(StrBuf *out, const Number *num, const FormatSpec *spec) {
    size_t nprefix = strlen(num->prefix);
    size_t fixed = (num->sign ? 1 : 0) + nprefix + num->ntail + num->tail_zeros + num->nsuffix;
    size_t count = num->lead_zeros + num->ndigits;
    // Nothing to group for inf and nan; CPython pads them with plain zeros.
    int group = count ? num->group : 0;
    int64_t min_width = 0;
    if (spec->fill == '0' && spec->align == '=' && spec->width > (int64_t)fixed)
        min_width = spec->width - (int64_t)fixed;
    size_t digits_width = group ? grouped_width(grouped_positions(count, group, min_width), group)
                                : (min_width > (int64_t)count ? (size_t)min_width : count);
    size_t body = fixed + digits_width;
    size_t pad = spec->width > 0 && (uint64_t)spec->width > body ? (size_t)spec->width - body : 0;
    if (pad > MAX_PAD || digits_width > MAX_PAD || num->tail_zeros > MAX_PAD) {
        out->failed = true;
        return MO_FORMAT_MEMORY_ERROR;
    }
    size_t left = 0, middle = 0, right = 0;
    switch (spec->align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': middle = pad; break;
    default: left = pad; break;
    }
    Fill fill = encode_fill(spec->fill);
    char *p = begin_write(out, body + pad * fill.len);
    if (!p)
        return MO_FORMAT_MEMORY_ERROR;
    p = write_fill(p, &fill, left);
    if (num->sign)
        *p++ = num->sign;
    p = write_bytes(p, num->prefix, nprefix);
    p = write_fill(p, &fill, middle);
    p = write_digits(p, num, group, digits_width);
    p = write_bytes(p, num->tail, num->ntail);
    if (num->tail_zeros) {
        memset(p, '0', num->tail_zeros);
        p += num->tail_zeros;
    }
    p = write_bytes(p, num->suffix, num->nsuffix);
    p = write_fill(p, &fill, right);
    end_write(out, p);
    return MO_FORMAT_OK;
}

// ----------------------------------------------------------------- floats

// A float rendered into the pieces of a Number (without sign and padding).
typedef struct FloatText {
    bool negative;
    char digits[MO_DTOA_MAX_DIGITS];  // integer part (at most 310 digits)
    size_t ndigits;
    char tail[2 * MO_DTOA_MAX_DIGITS];  // point, leading zeros, fraction digits
    size_t ntail;
    size_t tail_zeros;
    char suffix[16];
    size_t nsuffix;
} FloatText;

// Positional notation of 0.d x 10^decpt with `frac` digits after the point.
static void layout_fixed(FloatText *ft, const char *d, int nd, int decpt, int64_t frac, bool point) {
    if (nd == 0 || decpt <= 0) {
        ft->digits[0] = '0';
        ft->ndigits = 1;
    } else {
        int from_digits = decpt < nd ? decpt : nd;
        memcpy(ft->digits, d, (size_t)from_digits);
        memset(ft->digits + from_digits, '0', (size_t)(decpt - from_digits));
        ft->ndigits = (size_t)decpt;
    }
    ft->ntail = 0;
    ft->tail_zeros = 0;
    if (!point)
        return;
    ft->tail[ft->ntail++] = '.';
    // Fraction position i holds digit index decpt + i; write through the
    // last nonzero digit and count the rest as zeros.
    int64_t through = nd > 0 ? (int64_t)nd - decpt : 0;
    if (through > frac)
        through = frac;
    for (int64_t i = 0; i < through; i++) {
        int64_t k = decpt + i;
        ft->tail[ft->ntail++] = k >= 0 && k < nd ? d[k] : '0';
    }
    ft->tail_zeros = (size_t)(frac - (through > 0 ? through : 0));
}

// Scientific notation d.ddd e+XX with `frac` digits after the point.
static void layout_exponent(FloatText *ft, const char *d, int nd, int decpt, int64_t frac,
                            bool point, char e) {
    ft->digits[0] = nd ? d[0] : '0';
    ft->ndigits = 1;
    ft->ntail = 0;
    ft->tail_zeros = 0;
    if (point) {
        ft->tail[ft->ntail++] = '.';
        int64_t have = nd > 1 ? nd - 1 : 0;
        if (have > frac)
            have = frac;
        memcpy(ft->tail + ft->ntail, d + 1, (size_t)have);
        ft->ntail += (size_t)have;
        ft->tail_zeros = (size_t)(frac - have);
    }
    int exp10 = nd ? decpt - 1 : 0;
    int a = exp10 < 0 ? -exp10 : exp10;  // at most 325
    char *p = ft->suffix;
    *p++ = e;
    *p++ = exp10 < 0 ? '-' : '+';
    if (a >= 100)
        *p++ = (char)('0' + a / 100);
    *p++ = (char)('0' + a / 10 % 10);
    *p++ = (char)('0' + a % 10);
    ft->nsuffix = (size_t)(p - ft->suffix);
}

// Renders x for `type`: 'r' (repr, the none type without precision), e E
// f F g G, or '%'. `add_dot_0` is the none type with a precision: like 'g'
// but positional results keep a ".0" and switch to exponent one place
// sooner, as CPython does.
static void render_float(FloatText *ft, double x, uint32_t type, int64_t precision,
                         bool alternate, bool add_dot_0, bool no_neg_zero) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    ft->nsuffix = 0;
    ft->negative = signbit(x) && !isnan(x);
    if (type == '%')
        x *= 100;
    if (!isfinite(x)) {
        const char *word = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        memcpy(ft->tail, word, 3);
        ft->ntail = 3;
        ft->ndigits = 0;
        ft->tail_zeros = 0;
        if (type == '%')
            ft->suffix[ft->nsuffix++] = '%';
        return;
    }
    char e = upper ? 'E' : 'e';
    char d[MO_DTOA_MAX_DIGITS];
    int nd, decpt;
    switch (type) {
    case 'r':
        if (x == 0) {
            nd = 0;
            decpt = 1;
        } else {
            nd = mo_dtoa_shortest(x, d, &decpt);
        }
        if (decpt - 1 < -4 || decpt - 1 >= 16)
            layout_exponent(ft, d, nd, decpt, nd > 1 ? nd - 1 : 0, nd > 1 || alternate, e);
        else
            layout_fixed(ft, d, nd, decpt, nd - decpt > 1 ? nd - decpt : 1, true);
        break;
    case 'e':
    case 'E':
        nd = mo_dtoa_rounded(x, MO_DTOA_SIGNIFICANT, (int)precision + 1, d, &decpt);
        layout_exponent(ft, d, nd, decpt, precision, precision > 0 || alternate, e);
        break;
    case 'f':
    case 'F':
    case '%':
        nd = mo_dtoa_rounded(x, MO_DTOA_FIXED, (int)precision, d, &decpt);
        layout_fixed(ft, d, nd, decpt, precision, precision > 0 || alternate);
        break;
    default: {  // g G, and the none type with a precision
        int64_t p = precision == 0 ? 1 : precision;
        nd = mo_dtoa_rounded(x, MO_DTOA_SIGNIFICANT, (int)p, d, &decpt);
        if (nd == 0)
            decpt = 1;
        if (decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p)) {
            int64_t frac = alternate ? p - 1 : (nd > 1 ? nd - 1 : 0);
            layout_exponent(ft, d, nd, decpt, frac, frac > 0 || alternate, e);
        } else {
            int64_t frac = alternate ? p - decpt : (nd - decpt > 0 ? nd - decpt : 0);
            if (add_dot_0 && frac == 0)
                frac = 1;
            layout_fixed(ft, d, nd, decpt, frac, frac > 0 || alternate);
        }
        break;
    }
    }
    if (type == '%')
        ft->suffix[ft->nsuffix++] = '%';
    // 'z': a value that rounded to zero loses its minus sign.
    if (no_neg_zero && nd == 0)
        ft->negative = false;
}

static Number float_number(const FloatText *ft, char sign_flag) {
    Number num = {0};
    num.sign = ft->negative ? '-' : (sign_flag == '+' || sign_flag == ' ') ? sign_flag : 0;
    num.prefix = "";
    num.digits = ft->digits;
    num.ndigits = ft->ndigits;
    num.tail = ft->tail;
    num.ntail = ft->ntail;
    num.tail_zeros = ft->tail_zeros;
    num.suffix = ft->suffix;
    num.nsuffix = ft->nsuffix;
    return num;
}

int mo_format_float(StrBuf *out, double x, const FormatSpec *spec, const char *type_name,
                    char *errmsg, size_t errlen) {
    uint32_t type = spec->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return unknown_code(type, type_name, errmsg, errlen);
    }
    if (spec->precision > INT_MAX)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR, "precision too big");
    bool add_dot_0 = false;
    int64_t precision = spec->precision;
    if (type == 0) {
        if (precision < 0) {
            type = 'r';
        } else {
            type = 'g';
            add_dot_0 = true;
        }
    } else if (type == 'n') {
        type = 'g';
    }
    if (precision < 0)
        precision = 6;
    FloatText ft;
    render_float(&ft, x, type, precision, spec->alternate, add_dot_0, spec->no_neg_zero);
    Number num = float_number(&ft, spec->sign);
    if (spec->grouping) {
        num.group = 3;
        num.separator = spec->grouping;
    }
    return emit_number(out, &num, spec);
}

void mo_format_float_repr(StrBuf *out, double x) {
    char buf[MO_DTOA_REPR_SIZE];
    size_t n = mo_dtoa_repr(x, buf);
    mo_strbuf_append(out, buf, n);
}

// ------------------------------------------------------------------- ints

int mo_format_int_base(const FormatSpec *spec) {
    switch (spec->type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 'd': case 'n': case 'c': return 10;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': return 0;
    default: return -1;
    }
}

// The 'c' type: the int is a code point.
static int format_char(StrBuf *out, bool negative, const char *digits, size_t ndigits,
                       const FormatSpec *spec, char *errmsg, size_t errlen) {
    if (spec->sign)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "Alternate form (#) not allowed with integer format specifier 'c'");
    // CPython first converts to a C long, with its own message on overflow.
    uint64_t magnitude = 0;
    bool fits_long = true;
    for (size_t i = 0; i < ndigits && fits_long; i++) {
        unsigned digit = (unsigned)(digits[i] - '0');
        if (magnitude > (UINT64_C(1) << 63) / 10 ||
            magnitude * 10 + digit > (UINT64_C(1) << 63) - (negative ? 0 : 1))
            fits_long = false;
        else
            magnitude = magnitude * 10 + digit;
    }
    if (!fits_long)
        return fail(errmsg, errlen, MO_FORMAT_OVERFLOW_ERROR,
                    "Python int too large to convert to C long");
    if ((negative && magnitude != 0) || magnitude > 0x10FFFF)
        return fail(errmsg, errlen, MO_FORMAT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
    // Lone surrogates come out as their 3-byte forms, like str's storage.
    Fill ch = encode_fill((uint32_t)magnitude);
    return pad_text(out, ch.bytes, ch.len, 1, spec);
}

int mo_format_int_digits(StrBuf *out, bool negative, const char *digits, size_t ndigits,
                         const FormatSpec *spec, const char *type_name, char *errmsg,
                         size_t errlen) {
    uint32_t type = spec->type;
    if (mo_format_int_base(spec) <= 0)
        return unknown_code(type, type_name, errmsg, errlen);
    if (spec->precision != -1)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "Precision not allowed in integer format specifier");
    if (spec->no_neg_zero)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "Negative zero coercion (z) not allowed in integer format specifier");
    while (ndigits > 1 && digits[0] == '0') {
        digits++;
        ndigits--;
    }
    if (ndigits == 0) {
        digits = "0";
        ndigits = 1;
    }
    if (type == 'c')
        return format_char(out, negative, digits, ndigits, spec, errmsg, errlen);
    Number num = {0};
    num.sign = negative ? '-' : (spec->sign == '+' || spec->sign == ' ') ? spec->sign : 0;
    num.prefix = "";
    if (spec->alternate) {
        switch (type) {
        case 'b': num.prefix = "0b"; break;
        case 'o': num.prefix = "0o"; break;
        case 'x': num.prefix = "0x"; break;
        case 'X': num.prefix = "0X"; break;
        }
    }
    num.digits = digits;
    num.ndigits = ndigits;
    num.letter_case = type == 'X' ? 'U' : type == 'x' ? 'L' : 0;
    if (spec->grouping && type != 'n') {
        num.separator = spec->grouping;
        num.group = spec->grouping == '_' && type != 'd' ? 4 : 3;
    }
    return emit_number(out, &num, spec);
}

// The digits of |v| in `base`, at the end of buf[70]; returns the start.
static char *int64_digits(int64_t v, int base, char buf[70], size_t *n) {
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = buf + 70;
    if (base == 10) {
        // Two digits per step; a constant divisor compiles to a multiply.
        static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                    "25262728293031323334353637383940414243444546474849"
                                    "50515253545556575859606162636465666768697071727374"
                                    "75767778798081828384858687888990919293949596979899";
        while (u >= 100) {
            unsigned r = (unsigned)(u % 100);
            u /= 100;
            p -= 2;
            memcpy(p, pairs + 2 * r, 2);
        }
        if (u >= 10) {
            p -= 2;
            memcpy(p, pairs + 2 * u, 2);
        } else {
            *--p = (char)('0' + u);
        }
    } else {
        int shift = base == 16 ? 4 : base == 8 ? 3 : 1;
        do {
            *--p = "0123456789abcdef"[u & (uint64_t)(base - 1)];
            u >>= shift;
        } while (u);
    }
    *n = (size_t)(buf + 70 - p);
    return p;
}

int mo_format_int64(StrBuf *out, int64_t v, const FormatSpec *spec, const char *type_name,
                    char *errmsg, size_t errlen) {
    int base = mo_format_int_base(spec);
    if (base == 0)
        return mo_format_float(out, (double)v, spec, type_name, errmsg, errlen);
    char buf[70];
    size_t n;
    char *digits = int64_digits(v, base > 0 ? base : 10, buf, &n);
    return mo_format_int_digits(out, v < 0, digits, n, spec, type_name, errmsg, errlen);
}

// ---------------------------------------------------------------- strings

int mo_format_str(StrBuf *out, const char *utf8, size_t nbytes, size_t nchars,
                  const FormatSpec *spec, const char *type_name, char *errmsg,
                  size_t errlen) {
    if (spec->type != 's')
        return unknown_code(spec->type, type_name, errmsg, errlen);
    if (spec->sign == ' ')
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "Space not allowed in string format specifier");
    if (spec->sign)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "Sign not allowed in string format specifier");
    if (spec->no_neg_zero)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "Negative zero coercion (z) not allowed in string format specifier");
    if (spec->alternate)
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=')
        return fail(errmsg, errlen, MO_FORMAT_VALUE_ERROR,
                    "'=' alignment not allowed in string format specifier");
    if (spec->precision >= 0 && (uint64_t)spec->precision < nchars) {
        // Truncate to `precision` code points: count lead bytes.
        size_t keep = (size_t)spec->precision, chars = 0, i = 0;
        for (; i < nbytes; i++)
            if (((unsigned char)utf8[i] & 0xC0) != 0x80 && chars++ == keep)
                break;
        nbytes = i;
        nchars = keep;
    }
    return pad_text(out, utf8, nbytes, nchars, spec);
}

// ---------------------------------------------------------------- % style

// The padding a % directive's flags ask for, as a spec.
static FormatSpec percent_spec(int flags, int64_t width) {
    FormatSpec spec = {.fill = ' ', .align = '>', .width = width, .precision = -1};
    if (flags & MO_PERCENT_LEFT) {
        spec.align = '<';
    } else if (flags & MO_PERCENT_ZERO) {
        spec.fill = '0';
        spec.align = '=';
    }
    spec.sign = (flags & MO_PERCENT_PLUS) ? '+' : (flags & MO_PERCENT_SPACE) ? ' ' : 0;
    return spec;
}

int mo_format_percent_float(StrBuf *out, double x, int flags, int64_t width,
                            int64_t precision, char conv) {
    FormatSpec spec = percent_spec(flags, width);
    if (precision < 0)
        precision = 6;
    if (precision > INT_MAX)
        precision = INT_MAX;
    FloatText ft;
    render_float(&ft, x, (uint32_t)conv, precision, (flags & MO_PERCENT_ALT) != 0, false, false);
    Number num = float_number(&ft, spec.sign);
    return emit_number(out, &num, &spec);
}

int mo_format_percent_int_digits(StrBuf *out, bool negative, const char *digits,
                                 size_t ndigits, int flags, int64_t width,
                                 int64_t precision, char conv) {
    FormatSpec spec = percent_spec(flags, width);
    while (ndigits > 1 && digits[0] == '0') {
        digits++;
        ndigits--;
    }
    if (ndigits == 0) {
        digits = "0";
        ndigits = 1;
    }
    Number num = {0};
    num.sign = negative ? '-' : spec.sign;
    num.prefix = "";
    if (flags & MO_PERCENT_ALT) {
        if (conv == 'x')
            num.prefix = "0x";
        else if (conv == 'X')
            num.prefix = "0X";
        else if (conv == 'o')
            num.prefix = "0o";
    }
    num.digits = digits;
    num.ndigits = ndigits;
    num.letter_case = conv == 'X' ? 'U' : conv == 'x' ? 'L' : 0;
    if (precision > 0 && (uint64_t)precision > ndigits)
        num.lead_zeros = (size_t)precision - ndigits;
    return emit_number(out, &num, &spec);
}

int mo_format_percent_int64(StrBuf *out, int64_t v, int flags, int64_t width,
                            int64_t precision, char conv) {
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    char buf[70];
    size_t n;
    char *digits = int64_digits(v, base, buf, &n);
    return mo_format_percent_int_digits(out, v < 0, digits, n, flags, width, precision, conv);
}
