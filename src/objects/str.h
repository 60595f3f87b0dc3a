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
// surrogatepass would. ASCII strings (MO_STR_ASCII) index in O(1); others
// walk the bytes. Identifiers and attribute names are interned: equal
// interned strings are the same object, so dict lookups compare pointers
// first.
#ifndef MO_STR_H
#define MO_STR_H

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

// Decoding helpers for the rest of the runtime.
// Byte offset of code point `index` (0 ≤ index ≤ length).
int64_t mo_str_offset(Value s, int64_t index);
// Decodes the code point at byte `*pos`, advancing `*pos`.
uint32_t mo_utf8_decode(const char *s, int64_t *pos);
// Validates UTF-8 (surrogates allowed); returns the code point count or -1.
int64_t mo_utf8_count(const char *s, size_t n, bool *ascii);

void mo_str_init(void);

#endif
