// src/objects/dict.h — `dict`: the insertion-ordered hash map.
//
// Compact layout (like CPython's since 3.6): a dense array of entries in
// insertion order, and a sparse index table of slots pointing into it.
// Deleting leaves a hole in the entries that a resize squeezes out.
//
// `version` changes on every mutation, so a cache (an inline cache, a trace
// guard) can check in O(1) that a dict is as it last saw it.
//
// Lookups compare by identity first, then hash, then __eq__ — which may run
// Python code that raises, so the general functions can fail. Keys that are
// exact strs never fail.
#ifndef MO_DICT_H
#define MO_DICT_H

#include <stdbool.h>
#include <stddef.h>

#include "objects/object.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;              // MO_NULL for a deleted entry
    Value value;
} DictEntry;

typedef struct DictObject {
    Object hdr;
    int64_t used;           // live entries
    int64_t nentries;       // entries used incl. deleted ones
    int64_t entries_cap;
    int64_t index_size;     // a power of two
    DictEntry *entries;     // side storage
    void *index;            // side storage: int8/16/32/64 slots by size
    uint64_t version;
} DictObject;

static inline DictObject *mo_dict_obj(Value v) { return (DictObject *)mo_ptr(v); }
static inline int64_t mo_dict_size(Value v) { return mo_dict_obj(v)->used; }

Value mo_dict_new(void);
Value mo_dict_new_presized(size_t n);
// MO_NULL if the key is absent (no exception), V_ERR on error.
Value mo_dict_get(Value d, Value key);
// Same for a key with a known hash.
Value mo_dict_get_hashed(Value d, Value key, int64_t hash);
// For str keys: cannot fail; MO_NULL if absent.
Value mo_dict_get_str(Value d, Value key);
Value mo_dict_get_cstr(Value d, const char *key);
int mo_dict_set(Value d, Value key, Value v);
int mo_dict_set_cstr(Value d, const char *key, Value v);
// Removes a key: 1 removed, 0 absent (no exception), -1 error.
int mo_dict_del(Value d, Value key);
// Iterates: start with *pos = 0; returns false at the end.
bool mo_dict_next(Value d, int64_t *pos, Value *key, Value *value);
Value mo_dict_copy(Value d);
// d.update(other) for a dict or a mapping / iterable of pairs.
int mo_dict_update(Value d, Value other);
// d[key] if present, else default; no KeyError.
Value mo_dict_keys_list(Value d);

void mo_dict_init(void);

#endif
