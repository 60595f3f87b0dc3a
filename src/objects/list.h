// src/objects/list.h — `list`: a growable array of values.
//
// `items` is malloc'd side storage (through mo_mem_*), freed by the list's
// finalizer. Only items[0 .. size) are ever read by the collector.
#ifndef MO_LIST_H
#define MO_LIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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
// An empty list with room for `cap` items (what CPython's split() starts
// with: sys.getsizeof shows the capacity).
Value mo_list_new_reserved(size_t cap);
// The room CPython's str/bytes split() give their result list up front.
static inline size_t mo_list_split_prealloc(int64_t maxsplit) {
    return maxsplit < 0 || maxsplit >= 12 ? 12 : (size_t)maxsplit + 1;
}
int mo_list_append(Value list, Value v);
int mo_list_append_slow(Value list, Value v);
// append with the common case (spare capacity) inline.
static inline int mo_list_append_fast(Value list, Value v) {
    ListObject *l = mo_list_obj(list);
    if (l->size < l->capacity) {
        l->items[l->size] = v;
        l->size++;
        return 0;
    }
    return mo_list_append_slow(list, v);
}
int mo_list_extend(Value list, Value iterable);
// list.insert(where, v): `where` is clamped like Python's.
int mo_list_insert(Value list, int64_t where, Value v);
void mo_list_clear(Value list);
void mo_list_reverse(Value list);
// A new tuple with the list's items.
Value mo_list_as_tuple(Value list);
// reversed(list).
Value mo_list_iter_reversed(Value list);
// Sorts in place, stable; key may be MO_NULL or None. Returns -1 on error
// (the list then holds its items in some order). Lives in sort.c.
int mo_list_sort(Value list, Value key, bool reverse);

// The iterators of iter(list) and reversed(list) (FOR_ITER_LIST may read
// them directly): `index` is the next item, or for the reverse iterator the
// current one; `list` becomes MO_NULL once exhausted. The list may change
// while iterating, so `index` is checked against its size at every step.
typedef struct ListIterObject {
    Object hdr;
    Value list;
    int64_t index;
} ListIterObject;

extern TypeObject mo_list_iterator_type, mo_list_reverseiterator_type;

void mo_list_init(void);

#endif
