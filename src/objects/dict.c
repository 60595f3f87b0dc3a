// src/objects/dict.c — `dict`, its views and iterators.
//
// Layout (see dict.h): `entries` is a dense array in insertion order; `index`
// is a power-of-two table of signed slots (int8/16/32/64 wide, the width's
// log2 byte count kept in `hdr.aux`) holding either IX_EMPTY, IX_DUMMY (a
// deleted key: probing must continue past it) or an entry number.
//
// Invariants:
// - nentries <= entries_cap, and entries_cap is 2/3 of index_size, so the
//   index always has an empty slot and probing terminates.
// - New entries are always appended; a deletion turns its entry into a hole
//   (key == MO_NULL) and its slot into IX_DUMMY. Holes and dummies are only
//   squeezed out by a resize, which happens when the entries run out.
// - An empty dict shares a static all-empty 8-slot index and has no entries
//   (entries_cap == 0), so lookups need no special case and the first
//   insertion allocates.
// - `version` takes a fresh value from one global counter on every mutation,
//   so (dict, version) names one state of one dict for any cache.
// - Lookups that call __eq__ (which may run Python code) re-check afterwards
//   that the table is the one they were probing, and restart if not.
//
// The probing scheme is the classic one of CPython's dicts: start at
// hash & mask, then i = 5*i + 1 + perturb, with perturb shifted right by 5
// each step so every bit of the hash eventually takes part.
//
// Read next: dict.h for the API, set.c for the other hash table.
#include "objects/dict.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
// lookup() results besides an entry number.
#define LOOKUP_ABSENT (-1)
#define LOOKUP_ERROR  (-3)

#define MIN_SIZE 8
#define PERTURB_SHIFT 5

// The index every empty dict starts with. All -1 (IX_EMPTY), never written:
// an insertion always resizes first because entries_cap is 0.
static int8_t empty_index[MIN_SIZE] = {-1, -1, -1, -1, -1, -1, -1, -1};

static uint64_t version_counter;

static inline void bump(DictObject *d) { d->keys_version = d->version = ++version_counter; }
// A value changed in place: the keys and their entries are where they were.
static inline void bump_value(DictObject *d) { d->version = ++version_counter; }

static inline int64_t usable_for(int64_t size) { return (size << 1) / 3; }

// ---------------------------------------------------------------- the index

static inline int64_t ix_get(const DictObject *d, size_t i) {
    switch (d->hdr.aux) {
    case 0: return ((const int8_t *)d->index)[i];
    case 1: return ((const int16_t *)d->index)[i];
    case 2: return ((const int32_t *)d->index)[i];
    default: return ((const int64_t *)d->index)[i];
    }
}

static inline void ix_set_raw(void *index, unsigned width, size_t i, int64_t ix) {
    switch (width) {
    case 0: ((int8_t *)index)[i] = (int8_t)ix; break;
    case 1: ((int16_t *)index)[i] = (int16_t)ix; break;
    case 2: ((int32_t *)index)[i] = (int32_t)ix; break;
    default: ((int64_t *)index)[i] = ix; break;
    }
}

static inline void ix_set(DictObject *d, size_t i, int64_t ix) {
    ix_set_raw(d->index, d->hdr.aux, i, ix);
}

// log2 of the byte width of a slot in an index of `size` slots: a slot must
// hold every entry number below usable_for(size).
static unsigned width_for(int64_t size) {
    if (size <= 128)
        return 0;
    if (size <= 0xFFFF)
        return 1;
    if (size <= 0xFFFFFFFFll)
        return 2;
    return 3;
}

static inline size_t index_bytes(int64_t size, unsigned width) { return (size_t)size << width; }

// The first empty slot on the probe path of `hash` (dummies are skipped: a
// new entry never reuses one, see the invariants above).
static size_t find_empty_slot(const void *index, unsigned width, int64_t size, int64_t hash) {
    size_t mask = (size_t)size - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix;
        switch (width) {
        case 0: ix = ((const int8_t *)index)[i]; break;
        case 1: ix = ((const int16_t *)index)[i]; break;
        case 2: ix = ((const int32_t *)index)[i]; break;
        default: ix = ((const int64_t *)index)[i]; break;
        }
        if (ix == IX_EMPTY)
            return i;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// --------------------------------------------------------------- hashing

static inline bool is_exact_str(Value v) { return mo_is_ptr(v) && mo_ptr(v)->type == &mo_str_type; }

static inline int64_t str_hash(Value s) {
    int64_t h = mo_str_obj(s)->hash;
    return h != -1 ? h : mo_str_hash(s);
}

// hash(key) with the common cases inline; -1 on error.
static inline int64_t key_hash(Value key) {
    if (is_exact_str(key))
        return str_hash(key);
    if (mo_is_smallint(key)) {
        // Small ints are far below the hash modulus 2**61 - 1, so an int
        // hashes to itself, except that -1 is reserved for errors.
        int64_t i = mo_smallint_val(key);
        return i == -1 ? -2 : i;
    }
    return mo_hash(key);
}

static inline bool str_bytes_eq(Value a, Value b) {
    const StrObject *x = mo_str_obj(a), *y = mo_str_obj(b);
    return x->size == y->size && memcmp(x->data, y->data, (size_t)x->size) == 0;
}

// ---------------------------------------------------------------- lookup

// Finds `key`: returns its entry number, LOOKUP_ABSENT, or LOOKUP_ERROR
// (exception set). The general path: __eq__ may run Python code.
static int64_t lookup(DictObject *d, Value key, int64_t hash) {
restart:;
    size_t mask = (size_t)d->index_size - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY)
            return LOOKUP_ABSENT;
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            Value stored = e->key;
            if (stored == key)
                return ix;
            if (e->hash == hash) {
                if (is_exact_str(stored) && is_exact_str(key)) {
                    if (str_bytes_eq(stored, key))
                        return ix;
                } else if (!mo_both_smallint(stored, key)) {
                    // Equal small ints are identical Values, so two
                    // different ones are never equal; anything else asks
                    // __eq__, which may change the dict under us.
                    DictEntry *entries = d->entries;
                    void *index = d->index;
                    int64_t size = d->index_size;
                    int r = mo_eq(stored, key);
                    if (r < 0)
                        return LOOKUP_ERROR;
                    if (d->entries != entries || d->index != index || d->index_size != size ||
                        d->entries[ix].key != stored)
                        goto restart;
                    if (r)
                        return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Lookup of an exact str key: never runs Python code and never fails. A
// stored key that is not a str is treated as different (the callers are
// namespaces: globals, builtins, attribute dicts).
static int64_t lookup_str(const DictObject *d, Value key, int64_t hash) {
    size_t mask = (size_t)d->index_size - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY)
            return LOOKUP_ABSENT;
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            if (e->key == key)
                return ix;
            if (e->hash == hash && mo_is_str(e->key) && str_bytes_eq(e->key, key))
                return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// The index slot that holds entry number `ix` (whose hash is `hash`).
static size_t slot_of_entry(const DictObject *d, int64_t hash, int64_t ix) {
    size_t mask = (size_t)d->index_size - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t x = ix_get(d, i);
        if (x == ix)
            return i;
        if (x == IX_EMPTY)
            mo_fatal("dict: entry %lld missing from its index", (long long)ix);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// ---------------------------------------------------------------- resizing

static void free_tables(DictObject *d) {
    if (d->entries_cap > 0) {
        mo_mem_free(d->entries, (size_t)d->entries_cap * sizeof(DictEntry));
        mo_mem_free(d->index, index_bytes(d->index_size, d->hdr.aux));
    }
}

static void set_empty_tables(DictObject *d) {
    d->entries = NULL;
    d->entries_cap = 0;
    d->index = empty_index;
    d->index_size = MIN_SIZE;
    d->hdr.aux = 0;
    d->nentries = 0;
    d->used = 0;
}

// Rebuilds the tables with an index of at least `minsize` slots (a power of
// two), squeezing out holes. Live entries keep their order.
static int resize(DictObject *d, int64_t minsize) {
    int64_t size = MIN_SIZE;
    while (size < minsize) {
        if (size > (INT64_C(1) << 58)) {
            mo_err_no_memory();
            return -1;
        }
        size <<= 1;
    }
    unsigned width = width_for(size);
    int64_t cap = usable_for(size);
    // A collection may run at either allocation: the dict still points at
    // its old, consistent tables until the swap below.
    void *index = mo_mem_alloc(index_bytes(size, width));
    if (!index)
        return -1;
    DictEntry *entries = mo_mem_alloc((size_t)cap * sizeof(DictEntry));
    if (!entries) {
        mo_mem_free(index, index_bytes(size, width));
        return -1;
    }
    memset(index, 0xFF, index_bytes(size, width));   // every slot IX_EMPTY
    int64_t n = 0;
    const DictEntry *old = d->entries;
    for (int64_t k = 0; k < d->nentries; k++) {
        if (old[k].key == MO_NULL)
            continue;
        entries[n] = old[k];
        ix_set_raw(index, width, find_empty_slot(index, width, size, old[k].hash), n);
        n++;
    }
    free_tables(d);
    d->entries = entries;
    d->entries_cap = cap;
    d->index = index;
    d->index_size = size;
    d->hdr.aux = width;
    d->nentries = n;
    d->used = n;
    return 0;
}

// Room for one more entry. Growth is CPython's: an index of at least
// 3 * used slots, which shrinks a table left full of holes by deletions.
static inline int ensure_room(DictObject *d) {
    if (d->nentries < d->entries_cap)
        return 0;
    return resize(d, d->used * 3);
}

// Appends a new entry for a key known to be absent.
static int insert_new(DictObject *d, Value key, int64_t hash, Value value) {
    if (ensure_room(d) < 0)
        return -1;
    size_t slot = find_empty_slot(d->index, d->hdr.aux, d->index_size, hash);
    DictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = value;
    ix_set(d, slot, d->nentries);
    d->nentries++;
    d->used++;
    bump(d);
    return 0;
}

static int insert(DictObject *d, Value key, int64_t hash, Value value) {
    int64_t ix = lookup(d, key, hash);
    if (ix == LOOKUP_ERROR)
        return -1;
    if (ix >= 0) {
        // An existing key keeps its original key object (d[1.0] = x after
        // d[1] keeps the key 1), as in CPython.
        d->entries[ix].value = value;
        bump_value(d);
        return 0;
    }
    return insert_new(d, key, hash, value);
}

static void delete_entry(DictObject *d, int64_t ix) {
    DictEntry *e = &d->entries[ix];
    ix_set(d, slot_of_entry(d, e->hash, ix), IX_DUMMY);
    e->key = MO_NULL;
    e->value = MO_NULL;
    d->used--;
    bump(d);
}

// ------------------------------------------------------------ public API

static DictObject *alloc_dict(TypeObject *type) {
    DictObject *d = mo_gc_alloc(type, type->basicsize);
    if (!d)
        return NULL;
    set_empty_tables(d);
    bump(d);
    return d;
}

Value mo_dict_new(void) {
    DictObject *d = alloc_dict(&mo_dict_type);
    return d ? mo_obj(d) : V_ERR;
}

Value mo_dict_new_presized(size_t n) {
    DictObject *d = alloc_dict(&mo_dict_type);
    if (!d)
        return V_ERR;
    // Enough slots that n insertions need no resize: usable = 2/3 size.
    if (n > 5 && resize(d, ((int64_t)n * 3 + 1) / 2) < 0)
        return V_ERR;
    return mo_obj(d);
}

Value mo_dict_get_hashed(Value dv, Value key, int64_t hash) {
    DictObject *d = mo_dict_obj(dv);
    int64_t ix = lookup(d, key, hash);
    if (ix >= 0)
        return d->entries[ix].value;
    return ix == LOOKUP_ERROR ? V_ERR : MO_NULL;
}

Value mo_dict_get(Value d, Value key) {
    int64_t hash = key_hash(key);
    if (hash == -1)
        return V_ERR;
    return mo_dict_get_hashed(d, key, hash);
}

Value mo_dict_get_str(Value dv, Value key) {
    DictObject *d = mo_dict_obj(dv);
    int64_t ix = lookup_str(d, key, str_hash(key));
    return ix >= 0 ? d->entries[ix].value : MO_NULL;
}

int64_t mo_dict_index_str(Value dv, Value key) {
    const DictObject *d = mo_dict_obj(dv);
    int64_t ix = lookup_str(d, key, str_hash(key));
    return ix >= 0 ? ix : -1;
}

void mo_dict_set_at(Value dv, int64_t ix, Value v) {
    DictObject *d = mo_dict_obj(dv);
    d->entries[ix].value = v;
    bump_value(d);
}

Value mo_dict_get_cstr(Value dv, const char *key) {
    // Hashing needs a str object; interning keeps this from allocating on
    // repeated lookups of the same name.
    Value k = mo_str_intern_cstr(key);
    if (k == V_ERR) {
        mo_err_clear();
        return MO_NULL;
    }
    return mo_dict_get_str(dv, k);
}

int mo_dict_contains(Value d, Value key) {
    Value v = mo_dict_get(d, key);
    if (v == V_ERR)
        return -1;
    return v != MO_NULL;
}

int mo_dict_set_hashed(Value d, Value key, int64_t hash, Value v) {
    return insert(mo_dict_obj(d), key, hash, v);
}

int mo_dict_set(Value d, Value key, Value v) {
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return insert(mo_dict_obj(d), key, hash, v);
}

int mo_dict_set_str(Value dv, Value key, Value v) {
    DictObject *d = mo_dict_obj(dv);
    int64_t hash = str_hash(key);
    int64_t ix = lookup_str(d, key, hash);
    if (ix >= 0) {
        d->entries[ix].value = v;
        bump_value(d);
        return 0;
    }
    return insert_new(d, key, hash, v);
}

int mo_dict_set_cstr(Value d, const char *key, Value v) {
    Value k = mo_str_intern_cstr(key);
    if (k == V_ERR)
        return -1;
    return mo_dict_set_str(d, k, v);
}

int mo_dict_del(Value dv, Value key) {
    DictObject *d = mo_dict_obj(dv);
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    int64_t ix = lookup(d, key, hash);
    if (ix == LOOKUP_ERROR)
        return -1;
    if (ix < 0)
        return 0;
    delete_entry(d, ix);
    return 1;
}

Value mo_dict_pop(Value dv, Value key) {
    DictObject *d = mo_dict_obj(dv);
    int64_t hash = key_hash(key);
    if (hash == -1)
        return V_ERR;
    int64_t ix = lookup(d, key, hash);
    if (ix == LOOKUP_ERROR)
        return V_ERR;
    if (ix < 0)
        return MO_NULL;
    Value v = d->entries[ix].value;
    delete_entry(d, ix);
    return v;
}

void mo_dict_clear(Value dv) {
    DictObject *d = mo_dict_obj(dv);
    free_tables(d);
    set_empty_tables(d);
    bump(d);
}

bool mo_dict_next(Value dv, int64_t *pos, Value *key, Value *value) {
    DictObject *d = mo_dict_obj(dv);
    int64_t i = *pos;
    while (i < d->nentries) {
        DictEntry *e = &d->entries[i++];
        if (e->key != MO_NULL) {
            *pos = i;
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    *pos = i;
    return false;
}

// Copies the entries of `src` into the empty dict `dst`, squeezing holes.
static int copy_into(DictObject *dst, const DictObject *src) {
    if (src->used == 0)
        return 0;
    if (resize(dst, (src->used * 3 + 1) / 2) < 0)
        return -1;
    // resize may have run a collection but `src` cannot have changed: no
    // Python code runs here.
    for (int64_t k = 0; k < src->nentries; k++) {
        const DictEntry *e = &src->entries[k];
        if (e->key == MO_NULL)
            continue;
        size_t slot = find_empty_slot(dst->index, dst->hdr.aux, dst->index_size, e->hash);
        dst->entries[dst->nentries] = *e;
        ix_set(dst, slot, dst->nentries);
        dst->nentries++;
        dst->used++;
    }
    bump(dst);
    return 0;
}

Value mo_dict_copy(Value dv) {
    DictObject *d = alloc_dict(&mo_dict_type);
    if (!d || copy_into(d, mo_dict_obj(dv)) < 0)
        return V_ERR;
    return mo_obj(d);
}

// Is `v` a dict whose iteration is the plain one (so we may walk its table
// directly instead of calling keys() and __getitem__)?
static bool is_plain_dict(Value v) {
    if (!mo_is_dict(v))
        return false;
    TypeObject *t = mo_ptr(v)->type;
    return t == &mo_dict_type || t->iter == mo_dict_type.iter;
}

static Value str_keys;      // "keys", interned on first use

static Value name_keys(void) {
    if (!str_keys) {
        Value s = mo_str_intern_cstr("keys");
        if (s == V_ERR)
            return V_ERR;
        str_keys = s;
        mo_gc_add_root(&str_keys);
    }
    return str_keys;
}

int mo_dict_merge(Value dv, Value other, int mode) {
    DictObject *d = mo_dict_obj(dv);
    if (is_plain_dict(other)) {
        DictObject *o = mo_dict_obj(other);
        if (o == d || o->used == 0)
            return 0;
        if (d->used == 0) {
            free_tables(d);
            set_empty_tables(d);
            return copy_into(d, o);
        }
        // Grow once up front when the result will clearly need it.
        if (d->nentries + o->used > d->entries_cap &&
            resize(d, ((d->used + o->used) * 3 + 1) / 2) < 0)
            return -1;
        int64_t used = o->used;
        for (int64_t k = 0; k < o->nentries; k++) {
            DictEntry e = o->entries[k];
            if (e.key == MO_NULL)
                continue;
            int r = 0;
            if (mode == 1) {
                r = insert(d, e.key, e.hash, e.value);
            } else {
                int64_t ix = lookup(d, e.key, e.hash);
                if (ix == LOOKUP_ERROR)
                    return -1;
                if (ix >= 0) {
                    if (mode == 2) {
                        mo_err_set_type(&mo_exc_KeyError, e.key);
                        return -1;
                    }
                } else {
                    r = insert_new(d, e.key, e.hash, e.value);
                }
            }
            if (r < 0)
                return -1;
            if (o->used != used || k >= o->nentries) {
                mo_err_format(&mo_exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    // A general mapping: for key in other.keys(): d[key] = other[key].
    Value name = name_keys();
    if (name == V_ERR)
        return -1;
    Value keys = mo_call_method(other, name, NULL, 0, MO_NULL);
    if (keys == V_ERR)
        return -1;
    Value it = mo_iter(keys);
    if (it == V_ERR)
        return -1;
    for (;;) {
        Value key = mo_next(it);
        if (key == MO_NULL)
            break;
        if (key == V_ERR)
            return -1;
        if (mode != 1) {
            int r = mo_dict_contains(dv, key);
            if (r < 0)
                return -1;
            if (r) {
                if (mode == 2) {
                    mo_err_set_type(&mo_exc_KeyError, key);
                    return -1;
                }
                continue;
            }
        }
        Value v = mo_getitem(other, key);
        if (v == V_ERR || mo_dict_set(dv, key, v) < 0)
            return -1;
    }
    return mo_err_occurred() ? -1 : 0;
}

// d.update(iterable of pairs).
static int merge_pairs(Value dv, Value seq) {
    Value it = mo_iter(seq);
    if (it == V_ERR)
        return -1;
    for (int64_t n = 0;; n++) {
        Value item = mo_next(it);
        if (item == MO_NULL)
            break;
        if (item == V_ERR)
            return -1;
        Value k, v;
        if (mo_is_exact(item, &mo_tuple_type) || mo_is_exact(item, &mo_list_type)) {
            int64_t len = mo_is_exact(item, &mo_tuple_type) ? mo_tuple_size(item) : mo_list_size(item);
            if (len != 2) {
                mo_err_format(&mo_exc_ValueError,
                              "dictionary update sequence element #%lld has length %lld; 2 is required",
                              (long long)n, (long long)len);
                return -1;
            }
            Value *items = mo_is_exact(item, &mo_tuple_type) ? mo_tuple_items(item) : mo_list_items(item);
            k = items[0];
            v = items[1];
        } else {
            Value sub = mo_iter(item);
            if (sub == V_ERR) {
                if (mo_err_matches(&mo_exc_TypeError)) {
                    mo_err_clear();
                    mo_err_format(&mo_exc_TypeError,
                                  "cannot convert dictionary update sequence element #%lld to a sequence",
                                  (long long)n);
                }
                return -1;
            }
            Value fast = mo_list_from_iterable(sub);
            if (fast == V_ERR)
                return -1;
            if (mo_list_size(fast) != 2) {
                mo_err_format(&mo_exc_ValueError,
                              "dictionary update sequence element #%lld has length %lld; 2 is required",
                              (long long)n, (long long)mo_list_size(fast));
                return -1;
            }
            k = mo_list_items(fast)[0];
            v = mo_list_items(fast)[1];
        }
        if (mo_dict_set(dv, k, v) < 0)
            return -1;
    }
    return mo_err_occurred() ? -1 : 0;
}

int mo_dict_update(Value d, Value other) {
    if (is_plain_dict(other))
        return mo_dict_merge(d, other, 1);
    Value name = name_keys();
    if (name == V_ERR)
        return -1;
    int has = mo_hasattr(other, name);
    if (has < 0)
        return -1;
    return has ? mo_dict_merge(d, other, 1) : merge_pairs(d, other);
}

Value mo_dict_keys_list(Value dv) {
    DictObject *d = mo_dict_obj(dv);
    Value list = mo_list_new((size_t)d->used);
    if (list == V_ERR)
        return V_ERR;
    int64_t n = 0;
    for (int64_t k = 0; k < d->nentries && n < mo_list_size(list); k++)
        if (d->entries[k].key != MO_NULL)
            mo_list_items(list)[n++] = d->entries[k].key;
    return list;
}

Value mo_dict_values_list(Value dv) {
    DictObject *d = mo_dict_obj(dv);
    Value list = mo_list_new((size_t)d->used);
    if (list == V_ERR)
        return V_ERR;
    int64_t n = 0;
    for (int64_t k = 0; k < d->nentries && n < mo_list_size(list); k++)
        if (d->entries[k].key != MO_NULL)
            mo_list_items(list)[n++] = d->entries[k].value;
    return list;
}

Value mo_dict_items_list(Value dv) {
    DictObject *d = mo_dict_obj(dv);
    Value list = mo_list_new((size_t)d->used);
    if (list == V_ERR)
        return V_ERR;
    // Making each pair may collect, but no Python code runs, so the dict
    // cannot change under us.
    int64_t n = 0;
    for (int64_t k = 0; k < d->nentries && n < mo_list_size(list); k++) {
        if (d->entries[k].key == MO_NULL)
            continue;
        Value pair = mo_tuple_pack(2, d->entries[k].key, d->entries[k].value);
        if (pair == V_ERR)
            return V_ERR;
        mo_list_items(list)[n++] = pair;
    }
    return list;
}

// --------------------------------------------------------------- the type

static int64_t dict_len(Value self) { return mo_dict_obj(self)->used; }

static Value str_missing;   // "__missing__"

static Value dict_subscript(Value self, Value key) {
    DictObject *d = mo_dict_obj(self);
    int64_t hash = key_hash(key);
    if (hash == -1)
        return V_ERR;
    int64_t ix = lookup(d, key, hash);
    if (ix >= 0)
        return d->entries[ix].value;
    if (ix == LOOKUP_ERROR)
        return V_ERR;
    if (d->hdr.type != &mo_dict_type) {
        // A subclass may define __missing__ (collections.defaultdict-style).
        if (!str_missing) {
            Value s = mo_str_intern_cstr("__missing__");
            if (s == V_ERR)
                return V_ERR;
            str_missing = s;
            mo_gc_add_root(&str_missing);
        }
        Value missing = mo_type_lookup(d->hdr.type, str_missing);
        if (missing != MO_NULL)
            return mo_call2(missing, self, key);
    }
    return mo_err_set_type(&mo_exc_KeyError, key);
}

static int dict_ass_subscript(Value self, Value key, Value v) {
    if (v != MO_NULL)
        return mo_dict_set(self, key, v);
    int r = mo_dict_del(self, key);
    if (r == 0) {
        mo_err_set_type(&mo_exc_KeyError, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(Value self, Value key) { return mo_dict_contains(self, key); }

static Value dict_repr(Value self) {
    DictObject *d = mo_dict_obj(self);
    if (d->used == 0)
        return mo_str_from_cstr("{}");
    int r = mo_misc_repr_enter(self);
    if (r != 0)
        return r < 0 ? V_ERR : mo_str_from_cstr("{...}");
    StrBuf b = STRBUF_INIT;
    mo_strbuf_putc(&b, '{');
    bool first = true;
    // The reprs may run Python code that changes the dict: re-read the
    // table each step.
    for (int64_t k = 0; k < d->nentries; k++) {
        Value key = d->entries[k].key, value = d->entries[k].value;
        if (key == MO_NULL)
            continue;
        Value kr = mo_repr(key);
        if (kr == V_ERR)
            goto error;
        Value vr = mo_repr(value);
        if (vr == V_ERR)
            goto error;
        if (!first)
            mo_strbuf_puts(&b, ", ");
        first = false;
        mo_strbuf_append(&b, mo_str_data(kr), (size_t)mo_str_size(kr));
        mo_strbuf_puts(&b, ": ");
        mo_strbuf_append(&b, mo_str_data(vr), (size_t)mo_str_size(vr));
    }
    mo_strbuf_putc(&b, '}');
    mo_misc_repr_leave(self);
    return mo_str_from_strbuf(&b);
error:
    mo_misc_repr_leave(self);
    mo_strbuf_free(&b);
    return V_ERR;
}

// a == b for two dicts: same size and every key of `a` maps to an equal
// value in `b`. -1 on error.
static int dict_equal(Value av, Value bv) {
    DictObject *a = mo_dict_obj(av), *b = mo_dict_obj(bv);
    if (a->used != b->used)
        return 0;
    for (int64_t k = 0; k < a->nentries; k++) {
        Value key = a->entries[k].key, aval = a->entries[k].value;
        if (key == MO_NULL)
            continue;
        int64_t hash = a->entries[k].hash;
        int64_t ix = lookup(b, key, hash);
        if (ix == LOOKUP_ERROR)
            return -1;
        if (ix < 0)
            return 0;
        int r = mo_eq(aval, b->entries[ix].value);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, int op) {
    if (!mo_is_dict(a) || !mo_is_dict(b) || (op != MO_CMP_EQ && op != MO_CMP_NE))
        return MO_NOTIMPL;
    int r = dict_equal(a, b);
    if (r < 0)
        return V_ERR;
    return mo_bool(op == MO_CMP_EQ ? r : !r);
}

static Value dict_binop(Value a, Value b, int op) {
    if (op == MO_OP_OR) {
        if (!mo_is_dict(a) || !mo_is_dict(b))
            return MO_NOTIMPL;
        Value r = mo_dict_copy(a);
        if (r == V_ERR || mo_dict_update(r, b) < 0)
            return V_ERR;
        return r;
    }
    if (op == (MO_OP_OR | MO_OP_INPLACE)) {
        if (!mo_is_dict(a))
            return MO_NOTIMPL;
        if (mo_dict_update(a, b) < 0)
            return V_ERR;
        return a;
    }
    return MO_NOTIMPL;
}

static Value dict_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    DictObject *d = alloc_dict(type);
    return d ? mo_obj(d) : V_ERR;
}

// dict(arg), d.update(arg): the positional argument then the keywords.
static int update_common(Value self, const char *fname, const Value *args, size_t nargs, Value kwnames) {
    if (nargs > 1) {
        mo_err_format(&mo_exc_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    if (nargs == 1 && mo_dict_update(self, args[0]) < 0)
        return -1;
    size_t nkw = mo_args_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++)
        if (mo_dict_set(self, mo_tuple_items(kwnames)[i], args[nargs + i]) < 0)
            return -1;
    return 0;
}

static Value dict_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    return update_common(self, "dict", args, nargs, kwnames) < 0 ? V_ERR : MO_NONE;
}

static Value dict_iter(Value self);

static void dict_trace(Object *o) {
    DictObject *d = (DictObject *)o;
    for (int64_t k = 0; k < d->nentries; k++) {
        mo_gc_mark(d->entries[k].key);
        mo_gc_mark(d->entries[k].value);
    }
}

static void dict_finalize(Object *o) {
    DictObject *d = (DictObject *)o;
    free_tables(d);
    set_empty_tables(d);
}

// ----------------------------------------------------------------- methods

static Value m_get(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("get", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    Value v = mo_dict_get(self, args[0]);
    if (v == MO_NULL)
        return nargs > 1 ? args[1] : MO_NONE;
    return v;
}

static Value m_setdefault(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("setdefault", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    DictObject *d = mo_dict_obj(self);
    Value key = args[0], dflt = nargs > 1 ? args[1] : MO_NONE;
    int64_t hash = key_hash(key);
    if (hash == -1)
        return V_ERR;
    int64_t ix = lookup(d, key, hash);
    if (ix == LOOKUP_ERROR)
        return V_ERR;
    if (ix >= 0)
        return d->entries[ix].value;
    if (insert_new(d, key, hash, dflt) < 0)
        return V_ERR;
    return dflt;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("pop", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    Value v = mo_dict_pop(self, args[0]);
    if (v == MO_NULL) {
        if (nargs > 1)
            return args[1];
        return mo_err_set_type(&mo_exc_KeyError, args[0]);
    }
    return v;
}

static Value m_popitem(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("dict.popitem", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    DictObject *d = mo_dict_obj(self);
    if (d->used == 0)
        return mo_err_format(&mo_exc_KeyError, "popitem(): dictionary is empty");
    int64_t i = d->nentries - 1;
    while (d->entries[i].key == MO_NULL)
        i--;
    Value pair = mo_tuple_pack(2, d->entries[i].key, d->entries[i].value);
    if (pair == V_ERR)
        return V_ERR;
    // The entry stays a hole rather than being handed back for reuse: its
    // index slot is now a dummy, and insertions never reuse dummies, so
    // reclaiming entries here would let dummies fill the index until no
    // empty slot is left and probing never ends.
    delete_entry(d, i);
    return pair;
}

static Value m_keys(Value self, const Value *args, size_t nargs, Value kwnames);
static Value m_values(Value self, const Value *args, size_t nargs, Value kwnames);
static Value m_items(Value self, const Value *args, size_t nargs, Value kwnames);

static Value m_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    return update_common(self, "update", args, nargs, kwnames) < 0 ? V_ERR : MO_NONE;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("dict.clear", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    mo_dict_clear(self);
    return MO_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("dict.copy", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_dict_copy(self);
}

static Value m_fromkeys(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("fromkeys", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    Value value = nargs > 1 ? args[1] : MO_NONE;
    Value d = mo_call0(cls);
    if (d == V_ERR)
        return V_ERR;
    bool plain = mo_is_exact(d, &mo_dict_type);
    Value it = mo_iter(args[0]);
    if (it == V_ERR)
        return V_ERR;
    for (;;) {
        Value key = mo_next(it);
        if (key == MO_NULL)
            break;
        if (key == V_ERR)
            return V_ERR;
        if ((plain ? mo_dict_set(d, key, value) : mo_setitem(d, key, value)) < 0)
            return V_ERR;
    }
    return mo_err_occurred() ? V_ERR : d;
}

static Value make_iter(Value dict, TypeObject *type);
extern TypeObject mo_dict_reversekeyiterator_type;

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("dict.__reversed__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return make_iter(self, &mo_dict_reversekeyiterator_type);
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys, 0, NULL},
    {"values", m_values, 0, NULL},
    {"items", m_items, 0, NULL},
    {"get", m_get, 0, NULL},
    {"setdefault", m_setdefault, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"popitem", m_popitem, 0, NULL},
    {"update", m_update, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"fromkeys", m_fromkeys, MO_METH_CLASS, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {"__class_getitem__", mo_misc_class_getitem, MO_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_dict_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "dict",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_DICT_SUBCLASS,
    .basicsize = sizeof(DictObject),
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains,
    .binop = dict_binop,
    .new_ = dict_new,
    .init = dict_init,
    .trace = dict_trace,
    .finalize = dict_finalize,
    .methods = dict_methods,
};

// --------------------------------------------------------------- iterators
//
// One layout for all six iterator types; the type says what to yield and in
// which direction. Like CPython, an iterator fails with RuntimeError if the
// dict's size changed since it started, and with "keys changed" if it finds
// more entries than the size it started with (deleting and re-adding).

typedef struct DictIterObject {
    Object hdr;
    Value dict;         // MO_NULL once exhausted
    int64_t pos;        // next entry to look at (backwards: the current one)
    int64_t used;       // the dict's size when iteration started
    int64_t remaining;  // items left to yield
} DictIterObject;

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

static Value iter_self(Value self) { return self; }

static void dictiter_trace(Object *o) { mo_gc_mark(((DictIterObject *)o)->dict); }

static Value dictiter_next(Value self, int kind, bool reverse) {
    DictIterObject *it = (DictIterObject *)mo_ptr(self);
    if (it->dict == MO_NULL)
        return MO_NULL;
    DictObject *d = mo_dict_obj(it->dict);
    if (d->used != it->used) {
        it->used = -1;   // stays broken, like CPython
        return mo_err_format(&mo_exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = it->pos;
    if (reverse) {
        if (i >= d->nentries)
            i = d->nentries - 1;
        while (i >= 0 && d->entries[i].key == MO_NULL)
            i--;
        if (i < 0)
            goto done;
        it->pos = i - 1;
    } else {
        while (i < d->nentries && d->entries[i].key == MO_NULL)
            i++;
        if (i >= d->nentries)
            goto done;
        it->pos = i + 1;
    }
    if (it->remaining == 0) {
        it->dict = MO_NULL;
        return mo_err_format(&mo_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->remaining--;
    switch (kind) {
    case KIND_KEYS: return d->entries[i].key;
    case KIND_VALUES: return d->entries[i].value;
    default: return mo_tuple_pack(2, d->entries[i].key, d->entries[i].value);
    }
done:
    it->dict = MO_NULL;
    return MO_NULL;
}

static Value keyiter_next(Value s) { return dictiter_next(s, KIND_KEYS, false); }
static Value valueiter_next(Value s) { return dictiter_next(s, KIND_VALUES, false); }
static Value itemiter_next(Value s) { return dictiter_next(s, KIND_ITEMS, false); }
static Value rkeyiter_next(Value s) { return dictiter_next(s, KIND_KEYS, true); }
static Value rvalueiter_next(Value s) { return dictiter_next(s, KIND_VALUES, true); }
static Value ritemiter_next(Value s) { return dictiter_next(s, KIND_ITEMS, true); }

static Value dictiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    DictIterObject *it = (DictIterObject *)mo_ptr(self);
    if (it->dict == MO_NULL || mo_dict_obj(it->dict)->used != it->used)
        return mo_smallint(0);
    return mo_smallint(it->remaining);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)                                  \
    TypeObject cname = {                                                       \
        .hdr = MO_STATIC_HEADER(&mo_type_type),                                \
        .name = pyname,                                                        \
        .base = &mo_object_type,                                               \
        .basicsize = sizeof(DictIterObject),                                   \
        .iter = iter_self,                                                     \
        .iternext = nextfn,                                                    \
        .trace = dictiter_trace,                                               \
        .methods = dictiter_methods,                                           \
    };

DICT_ITER_TYPE(mo_dict_keyiterator_type, "dict_keyiterator", keyiter_next)
DICT_ITER_TYPE(mo_dict_valueiterator_type, "dict_valueiterator", valueiter_next)
DICT_ITER_TYPE(mo_dict_itemiterator_type, "dict_itemiterator", itemiter_next)
DICT_ITER_TYPE(mo_dict_reversekeyiterator_type, "dict_reversekeyiterator", rkeyiter_next)
DICT_ITER_TYPE(mo_dict_reversevalueiterator_type, "dict_reversevalueiterator", rvalueiter_next)
DICT_ITER_TYPE(mo_dict_reverseitemiterator_type, "dict_reverseitemiterator", ritemiter_next)

static Value make_iter(Value dict, TypeObject *type) {
    DictIterObject *it = mo_gc_alloc(type, sizeof(DictIterObject));
    if (!it)
        return V_ERR;
    DictObject *d = mo_dict_obj(dict);
    it->dict = dict;
    it->used = d->used;
    it->remaining = d->used;
    bool reverse = type == &mo_dict_reversekeyiterator_type ||
                   type == &mo_dict_reversevalueiterator_type ||
                   type == &mo_dict_reverseitemiterator_type;
    it->pos = reverse ? d->nentries - 1 : 0;
    return mo_obj(it);
}

static Value dict_iter(Value self) { return make_iter(self, &mo_dict_keyiterator_type); }

Value mo_dict_iter_reversed(Value d) { return make_iter(d, &mo_dict_reversekeyiterator_type); }

// ------------------------------------------------------------------- views

typedef struct DictViewObject {
    Object hdr;
    Value dict;
} DictViewObject;

extern TypeObject mo_dict_keys_type, mo_dict_values_type, mo_dict_items_type;

static Value view_dict(Value v) { return ((DictViewObject *)mo_ptr(v))->dict; }

static Value make_view(Value dict, TypeObject *type) {
    DictViewObject *v = mo_gc_alloc(type, sizeof(DictViewObject));
    if (!v)
        return V_ERR;
    v->dict = dict;
    return mo_obj(v);
}

static Value m_keys(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("dict.keys", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return make_view(self, &mo_dict_keys_type);
}

static Value m_values(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("dict.values", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return make_view(self, &mo_dict_values_type);
}

static Value m_items(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("dict.items", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return make_view(self, &mo_dict_items_type);
}

static void view_trace(Object *o) { mo_gc_mark(((DictViewObject *)o)->dict); }

static int64_t view_len(Value self) { return mo_dict_obj(view_dict(self))->used; }

static Value keys_iter(Value self) { return make_iter(view_dict(self), &mo_dict_keyiterator_type); }
static Value values_iter(Value self) { return make_iter(view_dict(self), &mo_dict_valueiterator_type); }
static Value items_iter(Value self) { return make_iter(view_dict(self), &mo_dict_itemiterator_type); }

static int keys_contains(Value self, Value key) { return mo_dict_contains(view_dict(self), key); }

static int items_contains(Value self, Value item) {
    if (!mo_is_tuple(item) || mo_tuple_size(item) != 2)
        return 0;
    Value v = mo_dict_get(view_dict(self), mo_tuple_items(item)[0]);
    if (v == V_ERR)
        return -1;
    if (v == MO_NULL)
        return 0;
    return mo_eq(v, mo_tuple_items(item)[1]);
}

static Value view_repr(Value self) {
    int r = mo_misc_repr_enter(self);
    if (r != 0)
        return r < 0 ? V_ERR : mo_str_from_cstr("...");
    Value result = V_ERR;
    Value list = mo_list_from_iterable(self);
    if (list != V_ERR)
        result = mo_str_format("%s(%R)", mo_type_name(self), list);
    mo_misc_repr_leave(self);
    return result;
}

static bool is_setlike_view(Value v) {
    return mo_is_ptr(v) && (mo_ptr(v)->type == &mo_dict_keys_type || mo_ptr(v)->type == &mo_dict_items_type);
}

static bool is_anyset(Value v) {
    return mo_isinstance_type(v, &mo_set_type) || mo_isinstance_type(v, &mo_frozenset_type);
}

// A new set holding the items of a view (or of any iterable).
static Value to_set(Value v) {
    Value s = mo_set_new();
    if (s == V_ERR)
        return V_ERR;
    if (mo_is_ptr(v) && mo_ptr(v)->type == &mo_dict_keys_type && mo_is_exact(view_dict(v), &mo_dict_type))
        v = view_dict(v);   // sets fill from a dict fastest
    return mo_set_update(s, v) < 0 ? V_ERR : s;
}

// Is every item of `a` in `b`? (a and b are set-like.)
static int all_contained_in(Value a, Value b) {
    Value it = mo_iter(a);
    if (it == V_ERR)
        return -1;
    for (;;) {
        Value x = mo_next(it);
        if (x == MO_NULL)
            return mo_err_occurred() ? -1 : 1;
        if (x == V_ERR)
            return -1;
        int r = mo_contains(b, x);
        if (r <= 0)
            return r;
    }
}

static Value view_richcompare(Value a, Value b, int op) {
    if (!is_setlike_view(a) || !(is_setlike_view(b) || is_anyset(b)))
        return MO_NOTIMPL;
    int64_t la = mo_len(a), lb = mo_len(b);
    if (la < 0 || lb < 0)
        return V_ERR;
    int r = 0;
    switch (op) {
    case MO_CMP_EQ:
    case MO_CMP_NE:
        r = la == lb ? all_contained_in(a, b) : 0;
        if (r >= 0 && op == MO_CMP_NE)
            r = !r;
        break;
    case MO_CMP_LT: r = la < lb ? all_contained_in(a, b) : 0; break;
    case MO_CMP_LE: r = la <= lb ? all_contained_in(a, b) : 0; break;
    case MO_CMP_GT: r = la > lb ? all_contained_in(b, a) : 0; break;
    case MO_CMP_GE: r = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    return r < 0 ? V_ERR : mo_bool(r);
}

static Value view_binop(Value a, Value b, int op) {
    op &= ~MO_OP_INPLACE;
    if (op != MO_OP_AND && op != MO_OP_OR && op != MO_OP_SUB && op != MO_OP_XOR)
        return MO_NOTIMPL;
    if (op == MO_OP_AND) {
        // Iterate the other operand, keep what the view contains.
        Value view = a, other = b;
        if (!is_setlike_view(view)) {
            view = b;
            other = a;
        }
        if (is_anyset(other) || is_setlike_view(other)) {
            int64_t lv = mo_len(view), lo = mo_len(other);
            if (lv < 0 || lo < 0)
                return V_ERR;
            if (mo_is_exact(other, &mo_set_type) && lv <= lo)
                return mo_set_intersection(other, view);
            if (is_setlike_view(other) && lo > lv) {
                Value t = view;
                view = other;
                other = t;
            }
        }
        Value result = mo_set_new();
        if (result == V_ERR)
            return V_ERR;
        Value it = mo_iter(other);
        if (it == V_ERR)
            return V_ERR;
        bool keys = mo_ptr(view)->type == &mo_dict_keys_type;
        for (;;) {
            Value x = mo_next(it);
            if (x == MO_NULL)
                break;
            if (x == V_ERR)
                return V_ERR;
            int r = keys ? keys_contains(view, x) : items_contains(view, x);
            if (r < 0 || (r && mo_set_add(result, x) < 0))
                return V_ERR;
        }
        return mo_err_occurred() ? V_ERR : result;
    }
    Value result = to_set(a);
    if (result == V_ERR)
        return V_ERR;
    int r;
    if (op == MO_OP_OR)
        r = mo_set_update(result, b);
    else if (op == MO_OP_SUB)
        r = mo_set_difference_update(result, b);
    else
        r = mo_set_symmetric_difference_update(result, b);
    return r < 0 ? V_ERR : result;
}

static Value view_isdisjoint(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("isdisjoint", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value other = args[0];
    if (other == self)
        return mo_bool(mo_dict_obj(view_dict(self))->used == 0);
    Value it = mo_iter(other);
    if (it == V_ERR)
        return V_ERR;
    for (;;) {
        Value x = mo_next(it);
        if (x == MO_NULL)
            return mo_err_occurred() ? V_ERR : MO_TRUE;
        if (x == V_ERR)
            return V_ERR;
        int r = mo_contains(self, x);
        if (r < 0)
            return V_ERR;
        if (r)
            return MO_FALSE;
    }
}

static Value keys_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    return make_iter(view_dict(self), &mo_dict_reversekeyiterator_type);
}
static Value values_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    return make_iter(view_dict(self), &mo_dict_reversevalueiterator_type);
}
static Value items_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    return make_iter(view_dict(self), &mo_dict_reverseitemiterator_type);
}

static Value view_mapping(Value self) {
    // CPython returns a read-only mappingproxy; the dict itself is the
    // closest thing available.
    return view_dict(self);
}

static const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", keys_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", items_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_dict_keys_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "dict_keys",
    .base = &mo_object_type,
    .basicsize = sizeof(DictViewObject),
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .binop = view_binop,
    .trace = view_trace,
    .methods = keys_methods,
    .getsets = view_getsets,
};

TypeObject mo_dict_values_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "dict_values",
    .base = &mo_object_type,
    .basicsize = sizeof(DictViewObject),
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .trace = view_trace,
    .methods = values_methods,
    .getsets = view_getsets,
};

TypeObject mo_dict_items_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "dict_items",
    .base = &mo_object_type,
    .basicsize = sizeof(DictViewObject),
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .binop = view_binop,
    .trace = view_trace,
    .methods = items_methods,
    .getsets = view_getsets,
};

void mo_dict_init(void) {
    mo_type_ready(&mo_dict_type);
    mo_type_ready(&mo_dict_keys_type);
    mo_type_ready(&mo_dict_values_type);
    mo_type_ready(&mo_dict_items_type);
    mo_type_ready(&mo_dict_keyiterator_type);
    mo_type_ready(&mo_dict_valueiterator_type);
    mo_type_ready(&mo_dict_itemiterator_type);
    mo_type_ready(&mo_dict_reversekeyiterator_type);
    mo_type_ready(&mo_dict_reversevalueiterator_type);
    mo_type_ready(&mo_dict_reverseitemiterator_type);
}
