// src/objects/list.h — `list`: a growable array of values.
//
// `items` is malloc'd side storage (through mo_mem_*), freed by the list's
// finalizer. Only items[0 .. size) are ever read by the collector.
#ifndef MO_LIST_H
#define MO_LIST_H

#include <stddef.h>

#include "objects/object.h"

typedef struct ListObject {
    Object hdr;
    int64_t size;
    int64_t capacity;
    Value *items;
} ListObject;

static inline ListObject *mo_list_obj(Value v) { return (ListObject *)mo_ptr(v); }
static inline int64_t mo_list_size(Value v) { return mo_list_obj(v)->size; }
static inline Value *mo_list_items(Value v) { return mo_list_obj(v)->items; }

// A list of `n` items, each None (the caller usually overwrites them).
Value mo_list_new(size_t n);
Value mo_list_from_array(const Value *items, size_t n);
int mo_list_append(Value list, Value v);
int mo_list_extend(Value list, Value iterable);
// Sorts in place, stable; key may be MO_NULL. Returns -1 on error.
int mo_list_sort(Value list, Value key, bool reverse);

void mo_list_init(void);

#endif
