// src/objects/tuple.h — `tuple`: an immutable array of values.
//
// The items live inline after the header. A tuple is filled right after
// mo_tuple_new and never changes afterwards; until it is filled its items are
// 0.0 (all-zero words), which the collector ignores.
#ifndef MO_TUPLE_H
#define MO_TUPLE_H

#include <stddef.h>

#include "objects/object.h"

typedef struct TupleObject {
    Object hdr;
    int64_t size;
    int64_t hash;           // -1 until computed; in subclass instances the
                            // __dict__ slot instead (see tuple.c)
    Value items[];
} TupleObject;

static inline TupleObject *mo_tuple_obj(Value v) { return (TupleObject *)mo_ptr(v); }
static inline int64_t mo_tuple_size(Value v) { return mo_tuple_obj(v)->size; }
static inline Value *mo_tuple_items(Value v) { return mo_tuple_obj(v)->items; }

Value mo_tuple_new(size_t n);
Value mo_tuple_from_array(const Value *items, size_t n);
Value mo_tuple_pack(size_t n, ...);
extern Value mo_tuple_empty;

// Lexicographic comparison of two arrays (shared by tuple and list): the
// first unequal pair decides via mo_richcompare, else the lengths. Returns
// any value, or V_ERR.
Value mo_tuple_compare_arrays(const Value *a, int64_t na, const Value *b, int64_t nb, int op);
// The optional start/stop of seq.index(x, start, stop) (args[1], args[2]
// when nargs > 1, > 2), clamped to [0, n] like CPython.
int mo_tuple_index_range(const Value *args, size_t nargs, int64_t n, int64_t *start, int64_t *stop);

// iter(tuple): yields items[index], index + 1, ...; `tuple` becomes MO_NULL
// once exhausted.
typedef struct TupleIterObject {
    Object hdr;
    Value tuple;
    int64_t index;
} TupleIterObject;

extern TypeObject mo_tuple_iterator_type;

void mo_tuple_init(void);

#endif
