// src/objects/misc.h — small built-in types: range, slice, and the iterator
// types of the builtins (enumerate, zip, map, filter, reversed).
#ifndef MO_MISC_H
#define MO_MISC_H

#include <stdbool.h>

#include "objects/object.h"

typedef struct RangeObject {
    Object hdr;
    Value start, stop, step;    // ints (big ints allowed)
    int64_t length;             // -1 when it does not fit in int64
} RangeObject;

// The iterator of a range whose items all fit in int64 (FOR_ITER_RANGE
// reads it directly): yields `next`, then next + step, ... `remaining` times.
typedef struct RangeIterObject {
    Object hdr;
    int64_t next;
    int64_t step;
    int64_t remaining;
} RangeIterObject;

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

// The __class_getitem__ of list, dict, tuple, set, frozenset, enumerate:
// cls[item] is a types.GenericAlias.
Value mo_misc_class_getitem(Value cls, const Value *args, size_t nargs, Value kwnames);

// repr() of containers that may contain themselves: call enter before
// producing the repr of `v`. Returns 0 to go on (then call leave when done,
// also on error), 1 when `v` is already being repr'd further up (print
// "[...]" / "{...}" instead and do not call leave), -1 on MemoryError.
int mo_misc_repr_enter(Value v);
void mo_misc_repr_leave(Value v);

// An int-like subscript or count (int, bool, __index__) as int64_t: returns
// 1 with *out set, 0 (no exception) if `v` is not int-like, -1 on error. An
// int too big for int64 raises `overflow_exc` (IndexError for subscripts,
// OverflowError for counts) "cannot fit 'int' into an index-sized integer".
int mo_misc_index_arg(Value v, int64_t *out, TypeObject *overflow_exc);
// Does `other` (a value of a class) define the reflected method of `op`
// (__radd__ for MO_OP_ADD...)? Sequences use this to leave the operation to
// it before raising their own TypeError.
bool mo_misc_has_reflected(Value other, int op);

extern TypeObject mo_enumerate_type, mo_zip_type, mo_map_type, mo_filter_type,
    mo_reversed_type, mo_range_iterator_type, mo_longrange_iterator_type;

void mo_misc_init(void);

#endif
