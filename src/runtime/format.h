// src/runtime/format.h — Python's number and text formatting, in plain C.
//
// Owns the format-spec mini-language (format(), f-strings, str.format) and
// the numeric conversions of printf-style % formatting, for floats, ints
// and strings, over bytes: this file knows nothing about objects. Output
// is appended to a StrBuf as UTF-8.
//
// Division of labour with the object layer:
//   - The caller parses the spec once (`mo_format_parse_spec`, which needs
//     the object's default presentation type and type name), then calls
//     the formatter for the object's kind.
//   - ints: `mo_format_int_base` says what to do with the spec's type: give
//     the magnitude's digits in that base to `mo_format_int_digits`, or (for
//     e E f F g G %) convert the int to float and call `mo_format_float`
//     (OverflowError "int too large to convert to float" is the caller's).
//     `mo_format_int64` does all of that for ints that fit in 64 bits.
//   - bool, subclasses, __format__ dispatch, complex, and % formatting's
//     %s %r %a %c %% and mapping keys belong to the caller.
//
// Errors. Every formatter returns one of the MO_FORMAT_* codes below. On
// MO_FORMAT_VALUE_ERROR / MO_FORMAT_OVERFLOW_ERROR, `errmsg` (if not NULL)
// holds CPython's exact message, NUL-terminated and truncated to `errlen`
// bytes (MO_FORMAT_ERRMSG_SIZE fits every message unless the spec itself is
// longer), and the caller raises ValueError / OverflowError with it. On
// MO_FORMAT_MEMORY_ERROR the StrBuf ran out of memory (MemoryError). On
// error the StrBuf may hold part of the output; the caller discards it.
//
// Locale: the 'n' type behaves as in the C locale (no grouping, '.'),
// which is what CPython does until a program calls locale.setlocale().
//
// Read next: runtime/dtoa.h (where the digits come from).
#ifndef MO_FORMAT_H
#define MO_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/strbuf.h"

enum {
    MO_FORMAT_OK = 0,
    MO_FORMAT_VALUE_ERROR = -1,     // raise ValueError(errmsg)
    MO_FORMAT_OVERFLOW_ERROR = -2,  // raise OverflowError(errmsg)
    MO_FORMAT_MEMORY_ERROR = -3,    // raise MemoryError
};

#define MO_FORMAT_ERRMSG_SIZE 320

// A parsed spec: [[fill]align][sign]["z"]["#"]["0"][width][grouping]
// ["." precision][type], with defaults already applied.
typedef struct FormatSpec {
    uint32_t fill;      // fill code point: given, or '0' from the 0 flag, or ' '
    char align;         // '<', '>', '=' or '^'; the object's default if not given
    char sign;          // '+', '-', ' ', or 0 when not given
    bool no_neg_zero;   // 'z'
    bool alternate;     // '#'
    char grouping;      // ',', '_', or 0
    int64_t width;      // -1 when not given
    int64_t precision;  // -1 when not given
    uint32_t type;      // presentation type code point; the default if not given
} FormatSpec;

// Parses the `n` bytes of UTF-8 at `spec` for an object whose default
// presentation type is `default_type` — 'd' for int (and bool), 's' for
// str, 0 for float and complex — and whose type is named `type_name` (used
// in messages, e.g. "Invalid format specifier 'xx' for object of type
// 'int'"). Strings default to '<' alignment, everything else to '>'; the 0
// flag sets the fill to '0' unless a fill was given, and the alignment to
// '=' unless one was given (numbers only). Checks what CPython checks while
// parsing: widths that overflow, a missing precision, trailing garbage, and
// grouping that the type forbids ("Cannot specify ',' with 's'.").
// Returns MO_FORMAT_OK or MO_FORMAT_VALUE_ERROR.
int mo_format_parse_spec(const char *spec, size_t n, uint32_t default_type,
                         const char *type_name, FormatSpec *out, char *errmsg,
                         size_t errlen);

// format(x, spec) for a float: types e E f F g G n % and none (0); also
// serves ints for the float types. `type_name` names the object's type for
// "Unknown format code 'd' for object of type 'float'". An empty spec gives
// repr(x), which is also str(x).
int mo_format_float(StrBuf *out, double x, const FormatSpec *spec, const char *type_name,
                    char *errmsg, size_t errlen);

// Appends repr(x) (= str(x), '%r' % x, '%s' % x). Never fails except for
// memory (out->failed).
void mo_format_float_repr(StrBuf *out, double x);

// What an int must do with `spec->type`: returns 2, 8, 10 or 16 (pass the
// magnitude's digits in that base to mo_format_int_digits; 10 for 'd',
// 'n' and 'c'), 0 for a float type (e E f F g G %: convert to float and
// call mo_format_float), or -1 for an unknown type (mo_format_int_digits
// then reports "Unknown format code ...").
int mo_format_int_base(const FormatSpec *spec);

// format(i, spec) for an int given as sign and magnitude digits in the base
// mo_format_int_base returned (most significant first, no prefix, either
// case for a-f; "0" or "" for zero). Applies the 0x/0o/0b prefix with '#',
// sign, zero padding after sign and prefix, grouping (',' or '_' every 3
// digits; '_' every 4 for b o x X), and alignment. For 'c' the digits are
// the code point in decimal (OverflowError "%c arg not in range(0x110000)"
// when out of range).
int mo_format_int_digits(StrBuf *out, bool negative, const char *digits, size_t ndigits,
                         const FormatSpec *spec, const char *type_name, char *errmsg,
                         size_t errlen);

// format(v, spec) for an int that fits in 64 bits, float types included.
int mo_format_int64(StrBuf *out, int64_t v, const FormatSpec *spec, const char *type_name,
                    char *errmsg, size_t errlen);

// format(s, spec) for a str of `nbytes` UTF-8 bytes and `nchars` code
// points: type 's' or none; precision truncates to that many code points;
// width counts code points.
int mo_format_str(StrBuf *out, const char *utf8, size_t nbytes, size_t nchars,
                  const FormatSpec *spec, const char *type_name, char *errmsg,
                  size_t errlen);

// ------------------------------------------------- printf-style (%) helpers

// Conversion flags of a % directive.
enum {
    MO_PERCENT_LEFT = 1,    // '-': pad on the right (overrides '0')
    MO_PERCENT_PLUS = 2,    // '+': sign always (overrides ' ')
    MO_PERCENT_SPACE = 4,   // ' ': a space for non-negative numbers
    MO_PERCENT_ALT = 8,     // '#': 0x/0X/0o prefix; always a point for floats
    MO_PERCENT_ZERO = 16,   // '0': pad with zeros after the sign and prefix
};

// '%e' '%E' '%f' '%F' '%g' '%G' % x. `precision` < 0 means the default 6;
// `width` < 0 means none. nan and inf are padded with zeros too ("00inf"),
// as CPython does. Returns MO_FORMAT_OK or MO_FORMAT_MEMORY_ERROR.
int mo_format_percent_float(StrBuf *out, double x, int flags, int64_t width,
                            int64_t precision, char conv);

// '%d' '%i' '%u' '%x' '%X' '%o' for an int given as sign and magnitude
// digits in base 10, 16 or 8 as `conv` requires. `precision` is the
// minimum number of digits (zero-extended; '%.0d' % 0 is still "0").
// Returns MO_FORMAT_OK or MO_FORMAT_MEMORY_ERROR.
int mo_format_percent_int_digits(StrBuf *out, bool negative, const char *digits,
                                 size_t ndigits, int flags, int64_t width,
                                 int64_t precision, char conv);

// The same for a 64-bit int.
int mo_format_percent_int64(StrBuf *out, int64_t v, int flags, int64_t width,
                            int64_t precision, char conv);

#endif
