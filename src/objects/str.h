// src/objects/str.h — `str`: immutable Unicode text stored as UTF-8.
//
//   +----------------+  Object header; aux holds MO_STR_* flags
//   | length         |  code points
//   | size           |  bytes of UTF-8, NUL excluded
//   | hash           |  -1 until first computed
//   | data[size + 1] |  UTF-8, NUL-terminated (may contain NUL)
//   +----------------+
//
// Invariants: `data` is valid UTF-8, except that lone surrogates (from
// "\ud800" escapes) are kept as their 3-byte encodings, as Python's
// surrogatepass would. ASCII strings (MO_STR_ASCII) index in O(1). A long
// non-ASCII string (MO_STR_INDEXED) carries, after its NUL, a table of the
// byte offsets of every 32nd code point, so indexing it costs at most 31
// steps; shorter ones walk the bytes. Identifiers and attribute names are
// interned: equal interned strings are the same object, so dict lookups
// compare pointers first. The empty string and the 128 one-character ASCII
// strings are static objects, always interned.
//
// Files: str.c (this core, the type's slots), str_methods.c (the methods),
// str_unicode.c (character database, generated str_unicode.inc),
// strformat.c (format(), str.format, %), bytes.c.
//
// Read next: src/objects/str_methods.c.
#ifndef MO_STR_H
#define MO_STR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "objects/object.h"
#include "runtime/strbuf.h"

typedef struct StrObject {
    Object hdr;
    int64_t length;
    int64_t size;
    int64_t hash;
    char data[];
} StrObject;

#define MO_STR_ASCII    1u
#define MO_STR_INTERNED 2u
#define MO_STR_INDEXED  4u  // an offset table follows the data (see str.c)

static inline StrObject *mo_str_obj(Value v) { return (StrObject *)mo_ptr(v); }
static inline const char *mo_str_data(Value v) { return mo_str_obj(v)->data; }
static inline int64_t mo_str_size(Value v) { return mo_str_obj(v)->size; }
static inline int64_t mo_str_len(Value v) { return mo_str_obj(v)->length; }
static inline bool mo_str_is_ascii(Value v) { return mo_str_obj(v)->hdr.aux & MO_STR_ASCII; }

// New strings. The bytes must be valid UTF-8 (as described above).
Value mo_str_new(const char *utf8, size_t n);
Value mo_str_from_cstr(const char *s);
// Takes the buffer's contents (freeing the buffer); MemoryError if it failed.
Value mo_str_from_strbuf(StrBuf *b);
Value mo_str_from_codepoint(uint32_t cp);
// Formats like mo_err_format (printf plus %R %S %T %U).
Value mo_str_format(const char *fmt, ...);
// Appends formatted text to `b` (the formatter behind mo_str_format and
// mo_err_format). If a %R/%S conversion raises, the exception stays set.
// Conversions: %R %S (repr/str of a Value), %T (its type's name), %U (the
// text of a str Value), %s (a C string), %c (an int code point), and the
// integer, double and pointer conversions of printf with their flags,
// width, precision and length modifiers (hh h l ll z j t). Width and
// precision count code points for %s %R %S %T %U (precision truncates).
void mo_str_vformat(StrBuf *b, const char *fmt, va_list ap);
// The empty string and the one-character ASCII strings are shared.
extern Value mo_str_empty;

// Interning.
Value mo_str_intern(Value s);
Value mo_str_intern_cstr(const char *s);

int64_t mo_str_hash(Value s);           // never fails
bool mo_str_eq(Value a, Value b);       // both exact or subclass strs
int mo_str_cmp(Value a, Value b);       // <0, 0, >0 in code point order
bool mo_str_eq_cstr(Value s, const char *c);
Value mo_str_concat(Value a, Value b);
Value mo_str_repr(Value s);             // 'text' with Python's escapes

// Pieces. Indices are in code points and must be in range (0 ≤ i ≤ length).
Value mo_str_substr(Value s, int64_t start, int64_t stop);
uint32_t mo_str_char(Value s, int64_t index);    // the code point at index
// The concatenation of `n` strs (f-strings, BUILD_STRING); the items must be
// strs.
Value mo_str_join_array(const Value *items, size_t n);
// sep.join(iterable), with CPython's TypeErrors for non-str items.
Value mo_str_join(Value sep, Value iterable);
// Strings from other encodings (never fail except for memory).
Value mo_str_from_latin1(const char *s, size_t n);
Value mo_str_from_ucs4(const uint32_t *cps, size_t n);
// Decodes bytes as UTF-8 with Python's strict rules (no surrogates); raises
// UnicodeDecodeError as CPython does.
Value mo_str_decode_utf8(const char *s, size_t n);

// Decoding helpers for the rest of the runtime.
// Byte offset of code point `index` (0 ≤ index ≤ length).
int64_t mo_str_offset(Value s, int64_t index);
// Decodes the code point at byte `*pos`, advancing `*pos`.
uint32_t mo_utf8_decode(const char *s, int64_t *pos);
// Validates UTF-8 (surrogates allowed); returns the code point count or -1.
int64_t mo_utf8_count(const char *s, size_t n, bool *ascii);

// Instances of str subclasses keep the fields their class adds after the
// text (the text's size varies): a field at `offset` >= sizeof(StrObject)
// in the class's layout (its `dictoffset`) lives at
// (char *)mo_str_extra(s) + offset - sizeof(StrObject).
void *mo_str_extra(Value s);

// ---- The Unicode character database (str_unicode.c), for any code point
// (lone surrogates included). These agree with CPython 3.11's str methods:
// isspace is str.isspace, isxid_start is str.isidentifier on one character,
// and so on.
bool mo_unicode_isspace(uint32_t cp);
bool mo_unicode_isalpha(uint32_t cp);
bool mo_unicode_isdecimal(uint32_t cp);
bool mo_unicode_isdigit(uint32_t cp);
bool mo_unicode_isnumeric(uint32_t cp);
bool mo_unicode_isalnum(uint32_t cp);
bool mo_unicode_isprintable(uint32_t cp);
bool mo_unicode_islower(uint32_t cp);
bool mo_unicode_isupper(uint32_t cp);
bool mo_unicode_istitle(uint32_t cp);
bool mo_unicode_iscased(uint32_t cp);
bool mo_unicode_iscase_ignorable(uint32_t cp);
bool mo_unicode_isxid_start(uint32_t cp);
bool mo_unicode_isxid_continue(uint32_t cp);
bool mo_unicode_islinebreak(uint32_t cp);
// The value of a decimal digit / digit (int(), float()), or -1.
int mo_unicode_decimal(uint32_t cp);
int mo_unicode_digit(uint32_t cp);
// Full case mappings (SpecialCasing included): write 1 to 3 code points to
// `out` and return how many. Lowercasing a capital sigma needs its context,
// which mo_unicode_to_lower cannot see: str.lower handles it.
int mo_unicode_to_lower(uint32_t cp, uint32_t out[3]);
int mo_unicode_to_upper(uint32_t cp, uint32_t out[3]);
int mo_unicode_to_title(uint32_t cp, uint32_t out[3]);
int mo_unicode_to_fold(uint32_t cp, uint32_t out[3]);

// Readies str and its iterator type. Safe to call more than once; strings
// can be made (and interned) before it runs, once the collector is up.
void mo_str_init(void);

#endif
