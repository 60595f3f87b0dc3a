// src/objects/str_internal.h — what the str_*.c files, strformat.c and
// bytes.c share and nobody else should use.
//
// Building a string in place: mo_str_alloc reserves `size` bytes for a string
// of `length` code points (the NUL is written), the caller fills `data`, and
// mo_str_finish completes it (the offset table of long non-ASCII strings,
// the shared one-character objects). ASCII-ness is `size == length`, since
// every non-ASCII code point takes at least two bytes.
//
// Read next: src/objects/str.c.
#ifndef MO_STR_INTERNAL_H
#define MO_STR_INTERNAL_H

#include "objects/str.h"

// NULL with MemoryError set when memory runs out (or size is absurd).
StrObject *mo_str_alloc(int64_t size, int64_t length);
Value mo_str_finish(StrObject *o);
// Makes a str from bytes known to be valid and whose code point count is
// known (a slice of another str).
Value mo_str_new_known(const char *utf8, int64_t size, int64_t length);
// Bytes of the UTF-8 sequence that starts with lead byte `c` (1 for a
// continuation byte, so that walking never stalls).
extern const uint8_t mo_utf8_seqlen[256];
// The shared one-character string of a code point below 256.
Value mo_str_latin1_char(uint32_t cp);

// Repr of str text into a buffer: `ascii_only` escapes every non-ASCII code
// point (ascii()).
void mo_str_repr_into(StrBuf *b, Value s, bool ascii_only);

// The method table (str_methods.c) and the `%` operator (strformat.c).
extern const MethodDef mo_str_methods[];
Value mo_str_percent_format(Value fmt, Value args);
Value mo_str_mod(Value fmt, Value args);

// Number of code points in data[0 .. n) (valid UTF-8).
int64_t mo_utf8_length(const char *s, size_t n);

// Raises UnicodeDecodeError(encoding, object, start, end, reason) /
// UnicodeEncodeError with CPython's attributes. Return V_ERR.
Value mo_str_decode_error(const char *encoding, const char *data, size_t n,
                          int64_t start, int64_t end, const char *reason);
Value mo_str_encode_error(const char *encoding, Value str, int64_t start,
                          int64_t end, const char *reason);

#endif
