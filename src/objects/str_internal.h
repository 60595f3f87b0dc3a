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

// The method table (str_methods.c); the `%` operators, str.format,
// str.format_map and str.__format__ (strformat.c); bytes' methods (bytes.c).
extern const MethodDef mo_str_methods[];
Value mo_str_percent_format(Value fmt, Value args);
Value mo_bytes_percent_format(Value fmt, Value args);
Value mo_str_format_method(Value self, const Value *args, size_t nargs, Value kwnames);
Value mo_str_format_map_method(Value self, const Value *args, size_t nargs, Value kwnames);
Value mo_str_dunder_format(Value self, const Value *args, size_t nargs, Value kwnames);
extern const MethodDef mo_bytes_methods[];

// Number of code points in data[0 .. n) (valid UTF-8).
int64_t mo_utf8_length(const char *s, size_t n);

// CPython's hashes under PYTHONHASHSEED=0 (SipHash-1-3, zero key), never
// -1: of raw bytes (`bytes`), and of UTF-8 text (`str`, hashed as CPython's
// fixed-width code units, so hash('abc') == hash(b'abc') still holds).
int64_t mo_str_hash_bytes(const char *p, size_t n);
int64_t mo_str_hash_utf8(const char *p, size_t n);

// Byte-level searching (str_search.c). Offsets are bytes. find/rfind give
// -1 when absent; count counts non-overlapping matches, at most `max`.
int64_t mo_str_search_find(const char *h, int64_t hn, const char *n, int64_t nn);
int64_t mo_str_search_rfind(const char *h, int64_t hn, const char *n, int64_t nn);
int64_t mo_str_search_count(const char *h, int64_t hn, const char *n, int64_t nn, int64_t max);
// The optional (start, end) arguments of find/count/startswith…: MO_NULL or
// None mean absent; negative values count from the end; both are clamped
// to [0, len] (start may exceed end, meaning an empty range). -1 with
// TypeError for non-integers.
int mo_str_search_range(Value vstart, Value vend, int64_t len, int64_t *start, int64_t *end);

// Argument checks with CPython's several wordings (str_methods.c), shared
// with bytes. `qualname` is "str.center", `name` "center".
// METH_NOARGS: "str.upper() takes no arguments (1 given)".
int mo_str_check_noargs(const char *qualname, size_t nargs, Value kwnames);
// METH_O: "str.join() takes exactly one argument (0 given)".
int mo_str_check_one(const char *qualname, size_t nargs, Value kwnames);
// Argument Clinic: "center expected at least 1 argument, got 0".
int mo_str_check_clinic(const char *qualname, const char *name, size_t nargs, Value kwnames,
                        size_t min, size_t max);
// PyArg_ParseTuple: "count() takes at least 1 argument (0 given)".
int mo_str_check_range(const char *qualname, const char *name, size_t nargs, Value kwnames,
                       size_t min, size_t max);
// Positional-or-keyword parameters; unfilled ones are MO_NULL.
int mo_str_bind_kw(const char *name, const Value *args, size_t nargs, Value kwnames,
                   const char *const *names, size_t n, Value *out);
// An index-sized int argument (TypeError / OverflowError as CPython).
int mo_str_int_arg(Value v, int64_t *out);

// An int-like value (int, bool, __index__) as int64_t: TypeError "'T'
// object cannot be interpreted as an integer" for others, and when it does
// not fit, `overflow` with `message` (which may use %T for the value):
// IndexError "cannot fit '%T' into an index-sized integer" for subscripts,
// OverflowError "Python int too large to convert to C ssize_t" for sizes.
int mo_str_index_value(Value v, int64_t *out, TypeObject *overflow, const char *message);
#define MO_STR_FIT_MSG "cannot fit '%T' into an index-sized integer"
#define MO_STR_SSIZE_MSG "Python int too large to convert to C ssize_t"

// Raises UnicodeDecodeError(encoding, object, start, end, reason) /
// UnicodeEncodeError with CPython's attributes. Return V_ERR.
Value mo_str_decode_error(const char *encoding, const char *data, size_t n,
                          int64_t start, int64_t end, const char *reason);
Value mo_str_encode_error(const char *encoding, Value str, int64_t start,
                          int64_t end, const char *reason);

#endif
