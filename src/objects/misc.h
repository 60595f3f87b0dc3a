// src/objects/misc.h — small built-in types: range, slice, and the iterator
// types of the builtins (enumerate, zip, map, filter, reversed).
#ifndef MO_MISC_H
#define MO_MISC_H

#include "objects/object.h"

typedef struct RangeObject {
    Object hdr;
    Value start, stop, step;    // ints (big ints allowed)
    int64_t length;             // -1 when it does not fit in int64
} RangeObject;

typedef struct SliceObject {
    Object hdr;
    Value start, stop, step;    // any values; None when omitted
} SliceObject;

Value mo_range_new(int64_t start, int64_t stop, int64_t step);
Value mo_slice_new(Value start, Value stop, Value step);
// Resolves a slice against a sequence of `length` items, CPython's
// PySlice_GetIndicesEx: returns -1 with an exception set on bad values.
int mo_slice_indices(Value slice, int64_t length, int64_t *start, int64_t *stop,
                     int64_t *step, int64_t *slicelength);

extern TypeObject mo_enumerate_type, mo_zip_type, mo_map_type, mo_filter_type,
    mo_reversed_type;

void mo_misc_init(void);

#endif
