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
    int64_t hash;           // -1 until computed
    Value items[];
} TupleObject;

static inline TupleObject *mo_tuple_obj(Value v) { return (TupleObject *)mo_ptr(v); }
static inline int64_t mo_tuple_size(Value v) { return mo_tuple_obj(v)->size; }
static inline Value *mo_tuple_items(Value v) { return mo_tuple_obj(v)->items; }

Value mo_tuple_new(size_t n);
Value mo_tuple_from_array(const Value *items, size_t n);
Value mo_tuple_pack(size_t n, ...);
extern Value mo_tuple_empty;

void mo_tuple_init(void);

#endif
