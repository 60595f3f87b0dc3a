// src/objects/dict.h — `dict`: the insertion-ordered hash map.
//
// Compact layout (like CPython's since 3.6): a dense array of entries in
// insertion order, and a sparse index table of slots pointing into it.
// Deleting leaves a hole in the entries that a resize squeezes out.
//
// `version` changes on every mutation, so a cache (an inline cache, a trace
// guard) can check in O(1) that a dict is as it last saw it. Versions come
// from one global counter, so no two dicts (nor two states of one dict)
// ever share one.
//
// Lookups compare by identity first, then hash, then __eq__ — which may run
// Python code that raises, so the general functions can fail. Keys that are
// exact strs never fail.
//
// Read next: dict.c (layout invariants, probing, growth).
//
// The index width (log2 of bytes per slot: 0..3) is kept in `hdr.aux`.
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
    // Changes only when the set of keys or the entry layout changes (not on
    // a value update): a cached entry index stays valid while it holds, and
    // entries[ix].value is then the key's current value (LOAD_GLOBAL).
    uint64_t keys_version;
} DictObject;

static inline DictObject *mo_dict_obj(Value v) { return (DictObject *)mo_ptr(v); }
static inline int64_t mo_dict_size(Value v) { return mo_dict_obj(v)->used; }

Value mo_dict_new(void);
Value mo_dict_new_presized(size_t n);
// MO_NULL if the key is absent (no exception), V_ERR on error.
Value mo_dict_get(Value d, Value key);
// Same for a key with a known hash.
Value mo_dict_get_hashed(Value d, Value key, int64_t hash);
// For exact str keys: cannot fail; MO_NULL if absent. Stored keys that are
// not strs are never equal to the key (no __eq__ runs).
Value mo_dict_get_str(Value d, Value key);
Value mo_dict_get_cstr(Value d, const char *key);
// For caches: the entry number of an exact str key (-1 if absent). While
// the dict's `version` is unchanged, entries[ix].value is that key's value
// (versions are unique across all dicts, so (dict, version) is one state).
int64_t mo_dict_index_str(Value d, Value key);
// Replaces the value of entry `ix` (which must hold a key): a cache's store.
void mo_dict_set_at(Value d, int64_t ix, Value v);
// `key in d`: -1 error, 0, 1.
int mo_dict_contains(Value d, Value key);
int mo_dict_set(Value d, Value key, Value v);
int mo_dict_set_hashed(Value d, Value key, int64_t hash, Value v);
// For exact str keys (namespaces): cannot fail except for MemoryError.
int mo_dict_set_str(Value d, Value key, Value v);
int mo_dict_set_cstr(Value d, const char *key, Value v);
// Removes a key: 1 removed, 0 absent (no exception), -1 error.
int mo_dict_del(Value d, Value key);
// Removes a key and returns its value; MO_NULL if absent (no exception).
Value mo_dict_pop(Value d, Value key);
void mo_dict_clear(Value d);
// Iterates: start with *pos = 0; returns false at the end. key or value may
// be NULL. The dict must not change size while iterating.
bool mo_dict_next(Value d, int64_t *pos, Value *key, Value *value);
// A new exact dict with the same items (also for dict subclasses).
Value mo_dict_copy(Value d);
// d.update(other) for a dict or a mapping (has keys()) / iterable of pairs.
int mo_dict_update(Value d, Value other);
// Merges a dict or mapping `other` into d. mode 1: overwrite (update);
// 0: keep existing keys; 2: raise KeyError(key) on the first duplicate (the
// VM turns it into "got multiple values for keyword argument").
int mo_dict_merge(Value d, Value other, int mode);
// New lists of the keys / values / (key, value) tuples, in order.
Value mo_dict_keys_list(Value d);
Value mo_dict_values_list(Value d);
Value mo_dict_items_list(Value d);
// reversed(d).
Value mo_dict_iter_reversed(Value d);

// The view and iterator types (dict_keys, dict_keyiterator, ...).
extern TypeObject mo_dict_keys_type, mo_dict_values_type, mo_dict_items_type,
    mo_dict_keyiterator_type, mo_dict_valueiterator_type,
    mo_dict_itemiterator_type, mo_dict_reversekeyiterator_type,
    mo_dict_reversevalueiterator_type, mo_dict_reverseitemiterator_type;

void mo_dict_init(void);

#endif
