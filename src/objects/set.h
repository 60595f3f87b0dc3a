// src/objects/set.h — `set` and `frozenset`.
//
// An open-addressing hash table laid out like CPython's (same table sizes,
// probing and growth), so iterating over a set of ints gives CPython's order:
// programs print sets, and the order must match.
#ifndef MO_SET_H
#define MO_SET_H

#include <stdbool.h>
#include <stdint.h>

#include "objects/object.h"

#define MO_SET_MINSIZE 8

// An entry: active (key != MO_NULL), empty (key == MO_NULL, hash == 0) or a
// dummy left by a deletion (key == MO_NULL, hash == -1).
typedef struct SetEntry {
    Value key;
    int64_t hash;
} SetEntry;

typedef struct SetObject {
    Object hdr;
    int64_t fill;           // active + dummy entries
    int64_t used;           // active entries
    int64_t mask;           // table size - 1 (a power of two minus one)
    SetEntry *table;        // `smalltable` or mo_mem side storage
    int64_t hash;           // frozenset: -1 until computed
    int64_t finger;         // where pop() resumes its scan
    SetEntry smalltable[MO_SET_MINSIZE];
} SetObject;

Value mo_set_new(void);                  // an empty set
Value mo_frozenset_new(Value iterable);  // iterable may be MO_NULL
// The constant CPython's compiler makes for a set display of three or more
// constants (`{3, 1, 2}` is BUILD_SET 0; LOAD_CONST <this>; SET_UPDATE 1),
// laid out exactly as CPython's, so the displayed set iterates in the same
// order. `items` is a tuple of the constants in source order.
Value mo_frozenset_const(Value items);
int mo_set_add(Value set, Value key);    // set or frozenset under construction
int mo_set_contains(Value set, Value key);
int mo_set_discard(Value set, Value key);
int64_t mo_set_size(Value set);
// Iterates: start with *pos = 0; returns false at the end.
bool mo_set_next(Value set, int64_t *pos, Value *key);
int mo_set_update(Value set, Value iterable);
void mo_set_clear(Value set);
// set.pop(): KeyError "pop from an empty set" when empty.
Value mo_set_pop(Value set);
// set.intersection(other) (a new set of the type of `set`); and the in-place
// difference_update / symmetric_difference_update with any iterable.
Value mo_set_intersection(Value set, Value other);
int mo_set_difference_update(Value set, Value other);
int mo_set_symmetric_difference_update(Value set, Value other);

extern TypeObject mo_set_iterator_type;

void mo_set_init(void);

#endif
