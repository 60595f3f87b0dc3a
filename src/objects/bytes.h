// src/objects/bytes.h — `bytes`: an immutable sequence of bytes.
//
//   +----------------+  Object header
//   | size           |  bytes, NUL excluded
//   | hash           |  -1 until first computed
//   | data[size + 1] |  NUL-terminated (may contain NUL)
//   +----------------+
//
// The empty bytes object and the 256 one-byte objects are shared. Codecs
// (utf-8, ascii, latin-1 with the strict, ignore, replace and
// backslashreplace handlers, plus surrogateescape/surrogatepass for utf-8)
// live here too, since `str.encode` and `bytes.decode` are two halves of
// them.
//
// Read next: src/objects/bytes.c.
#ifndef MO_BYTES_H
#define MO_BYTES_H

#include <stddef.h>
#include <stdint.h>

#include "objects/abstract.h"
#include "objects/memoryview.h"

typedef struct BytesObject {
    Object hdr;
    int64_t size;
    int64_t hash;
    char data[];
} BytesObject;

static inline BytesObject *mo_bytes_obj(Value v) { return (BytesObject *)mo_ptr(v); }
static inline const char *mo_bytes_data(Value v) { return mo_bytes_obj(v)->data; }
static inline int64_t mo_bytes_size(Value v) { return mo_bytes_obj(v)->size; }
static inline bool mo_is_bytes(Value v) {
    return mo_is_ptr(v) && mo_isinstance_type(v, &mo_bytes_type);
}

// `bytearray`: the same bytes behind a pointer to malloc'd (mo_mem_*)
// storage, so it can grow; freed by the finalizer.
typedef struct ByteArrayObject {
    Object hdr;
    int64_t size;
    int64_t capacity;
    char *data;         // NULL while capacity is 0
} ByteArrayObject;

extern TypeObject mo_bytearray_type;
static inline bool mo_is_bytearray(Value v) {
    return mo_is_ptr(v) && mo_isinstance_type(v, &mo_bytearray_type);
}
Value mo_bytearray_new(const char *s, size_t n);

// The bytes of a bytes-like value (bytes, bytearray, or a contiguous
// memoryview of one); false for others. A bytearray's pointer is valid
// until it is next resized.
static inline bool mo_bytes_like(Value v, const char **data, int64_t *size) {
    if (mo_is_bytes(v)) {
        *data = mo_bytes_data(v);
        *size = mo_bytes_size(v);
        return true;
    }
    if (mo_is_bytearray(v)) {
        ByteArrayObject *o = (ByteArrayObject *)mo_ptr(v);
        *data = o->data ? o->data : "";
        *size = o->size;
        return true;
    }
    return mo_is_ptr(v) && mo_ptr(v)->type == &mo_memoryview_type && mo_memoryview_bytes(v, data, size);
}

Value mo_bytes_new(const char *s, size_t n);
// A bytes object of `n` bytes to be filled by the caller before anyone else
// sees it (data[n] is the NUL). NULL with MemoryError set on failure.
BytesObject *mo_bytes_alloc(int64_t n);
extern Value mo_bytes_empty;
// bytes(iterable): every item an int in range(0, 256).
Value mo_bytes_from_iterable(Value iterable);

// Instances of bytes subclasses keep the fields their class adds after the
// data, as str does (see mo_str_extra): a field at `offset` >=
// sizeof(BytesObject) lives at (char *)mo_bytes_extra(b) + offset -
// sizeof(BytesObject).
void *mo_bytes_extra(Value b);

Value mo_bytes_repr(Value b);                    // b'...'
int64_t mo_bytes_hash(Value b);

// Codecs (`bytes` may be a bytearray). `encoding` and `errors` are C strings as Python spells them
// ("utf-8", "UTF8", "latin_1", …; "strict", "ignore", …); unknown names
// raise LookupError like CPython.
Value mo_bytes_decode(Value bytes, const char *encoding, const char *errors);
Value mo_bytes_decode_raw(const char *s, size_t n, const char *encoding, const char *errors);
Value mo_bytes_encode(Value str, const char *encoding, const char *errors);
// Whether `encoding` names a codec that maps ASCII to the same single bytes
// (utf-8, ascii, latin-1; not utf-16/32): files only handle those.
bool mo_bytes_codec_ascii_compatible(const char *encoding);

void mo_bytes_init(void);

#endif
