// src/objects/set.c — `set`, `frozenset` and their iterator.
//
// Programs print sets, so iteration order must be CPython's, and iteration
// order is table order. Everything that decides where a key lands is
// therefore CPython's published scheme, reimplemented here:
// - a table of 2**k entries (8 to start, held inline in the object);
// - probing: from hash & mask, look at up to LINEAR_PROBES + 1 adjacent
//   entries (when they do not wrap), then jump: perturb >>= 5,
//   i = (5 * i + 1 + perturb) & mask;
// - an insertion reuses the last dummy met on the probe path, else takes
//   the empty entry that ended the search;
// - `fill` counts active + dummy entries; after filling an empty entry, when
//   fill * 5 >= mask * 3 the table is rebuilt for `used > 50000 ? used * 2 :
//   used * 4` keys: the smallest power of two above that, entries re-inserted
//   in old table order without comparisons, dummies dropped;
// - deletion leaves a dummy; only difference_update rebuilds eagerly (when
//   more than a quarter of the table is dummies);
// - bulk operations (update from a set or dict, copy, the operators) presize
//   and copy exactly as CPython does, since that decides the layout too.
//
// Entry states: active (key != MO_NULL), empty (key == MO_NULL, hash == 0),
// dummy (key == MO_NULL, hash == -1; no real hash is -1).
//
// Read next: set.h; dict.c for the other hash table.
#include "objects/set.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

#define SET(v) ((SetObject *)mo_ptr(v))

static inline bool is_anyset(Value v) {
    return mo_is_ptr(v) && (mo_ptr(v)->type == &mo_set_type || mo_ptr(v)->type == &mo_frozenset_type ||
                            mo_type_is_subtype(mo_ptr(v)->type, &mo_set_type) ||
                            mo_type_is_subtype(mo_ptr(v)->type, &mo_frozenset_type));
}

static inline bool is_frozen(Value v) { return mo_isinstance_type(v, &mo_frozenset_type); }

static inline bool is_exact_str(Value v) { return mo_is_ptr(v) && mo_ptr(v)->type == &mo_str_type; }

static inline int64_t key_hash(Value key) {
    if (is_exact_str(key)) {
        int64_t h = mo_str_obj(key)->hash;
        return h != -1 ? h : mo_str_hash(key);
    }
    if (mo_is_smallint(key)) {
        int64_t i = mo_smallint_val(key);
        return i == -1 ? -2 : i;
    }
    return mo_hash(key);
}

static void clear_entries(SetEntry *t, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        t[i].key = MO_NULL;
        t[i].hash = 0;
    }
}

static void free_table(SetObject *so) {
    if (so->table != so->smalltable)
        mo_mem_free(so->table, (size_t)(so->mask + 1) * sizeof(SetEntry));
}

static void reset_table(SetObject *so) {
    so->table = so->smalltable;
    so->mask = MO_SET_MINSIZE - 1;
    so->fill = 0;
    so->used = 0;
    clear_entries(so->smalltable, MO_SET_MINSIZE);
}

static SetObject *alloc_set(TypeObject *type) {
    SetObject *so = mo_gc_alloc(type, type->basicsize);
    if (!so)
        return NULL;
    reset_table(so);
    so->hash = -1;
    so->finger = 0;
    return so;
}

// -------------------------------------------------------------- the table

// Places a key known to be absent into a table with no dummies, without
// comparisons (rebuilding after a resize, filling an empty set).
static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    SetEntry *e;
    for (;;) {
        e = &table[i];
        if (e->key == MO_NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == MO_NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

// Rebuilds the table with room for more than `minused` keys.
static int table_resize(SetObject *so, int64_t minused) {
    size_t newsize = MO_SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        if (newsize > ((size_t)1 << 58)) {
            mo_err_no_memory();
            return -1;
        }
        newsize <<= 1;
    }
    SetEntry *oldtable = so->table;
    size_t oldmask = (size_t)so->mask;
    SetEntry small_copy[MO_SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == MO_SET_MINSIZE) {
        // Rebuilding into the inline table: read the old entries from a
        // copy if they live there too.
        if (oldtable == so->smalltable) {
            memcpy(small_copy, so->smalltable, sizeof small_copy);
            oldtable = small_copy;
        }
        newtable = so->smalltable;
    } else {
        newtable = mo_mem_alloc(newsize * sizeof(SetEntry));
        if (!newtable)
            return -1;
    }
    clear_entries(newtable, (int64_t)newsize);
    for (size_t i = 0; i <= oldmask; i++)
        if (oldtable[i].key != MO_NULL)
            insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    if (oldtable != small_copy && oldtable != so->smalltable)
        mo_mem_free(oldtable, (oldmask + 1) * sizeof(SetEntry));
    so->table = newtable;
    so->mask = (int64_t)newsize - 1;
    so->fill = so->used;
    return 0;
}

// Are two keys with equal hashes equal? May run Python code; -1 on error.
static inline int keys_equal(Value stored, Value key) {
    if (is_exact_str(stored) && is_exact_str(key)) {
        const StrObject *a = mo_str_obj(stored), *b = mo_str_obj(key);
        return a->size == b->size && memcmp(a->data, b->data, (size_t)a->size) == 0;
    }
    if (mo_both_smallint(stored, key))
        return 0;
    return mo_eq(stored, key);
}

// Finds the entry holding `key`: returns it, NULL if absent, or sets *err.
static SetEntry *lookkey(SetObject *so, Value key, int64_t hash, bool *err) {
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->key == MO_NULL) {
                if (e->hash == 0)
                    return NULL;
            } else if (e->hash == hash) {
                Value start = e->key;
                if (start == key)
                    return e;
                SetEntry *table = so->table;
                int r = keys_equal(start, key);
                if (r < 0) {
                    *err = true;
                    return NULL;
                }
                if (table != so->table || e->key != start)
                    goto restart;
                if (r)
                    return e;
                mask = (size_t)so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Adds `key`; 0 on success (present or added), -1 on error.
static int add_entry(SetObject *so, Value key, int64_t hash) {
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    SetEntry *freeslot = NULL;
    SetEntry *e;
    for (;;) {
        e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->key == MO_NULL) {
                if (e->hash == 0)
                    goto found_empty;
                freeslot = e;     // the last dummy on the path wins
            } else if (e->hash == hash) {
                Value start = e->key;
                if (start == key)
                    return 0;
                SetEntry *table = so->table;
                int r = keys_equal(start, key);
                if (r < 0)
                    return -1;
                if (r)
                    return 0;
                if (table != so->table || e->key != start)
                    goto restart;
                mask = (size_t)so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_empty:
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        so->used++;
        return 0;
    }
    e->key = key;
    e->hash = hash;
    so->fill++;
    so->used++;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// 1 removed, 0 absent, -1 error.
static int discard_entry(SetObject *so, Value key, int64_t hash) {
    bool err = false;
    SetEntry *e = lookkey(so, key, hash, &err);
    if (err)
        return -1;
    if (!e)
        return 0;
    e->key = MO_NULL;
    e->hash = -1;
    so->used--;
    return 1;
}

static int contains_entry(SetObject *so, Value key, int64_t hash) {
    bool err = false;
    SetEntry *e = lookkey(so, key, hash, &err);
    return err ? -1 : e != NULL;
}

// The next active entry at or after *pos.
static SetEntry *next_entry(SetObject *so, int64_t *pos) {
    int64_t i = *pos;
    while (i <= so->mask) {
        SetEntry *e = &so->table[i++];
        if (e->key != MO_NULL) {
            *pos = i;
            return e;
        }
    }
    *pos = i;
    return NULL;
}

// A key that is a set is looked up as the frozenset of its items (so that
// `{1} in {frozenset({1})}` works); other hash errors stand.
static Value frozen_key(Value key) {
    if (!mo_isinstance_type(key, &mo_set_type) || !mo_err_matches(&mo_exc_TypeError))
        return V_ERR;
    mo_err_clear();
    return mo_frozenset_new(key);
}

// ---------------------------------------------------------- bulk inserts

static int merge_set(SetObject *so, SetObject *other) {
    if (other == so || other->used == 0)
        return 0;
    // One big resize up front, expecting few duplicates.
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        // Same size, no dummies: the layout can be copied as is.
        memcpy(so->table, other->table, (size_t)(other->mask + 1) * sizeof(SetEntry));
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        for (int64_t i = 0; i <= other->mask; i++)
            if (other->table[i].key != MO_NULL)
                insert_clean(so->table, (size_t)so->mask, other->table[i].key, other->table[i].hash);
        so->fill = so->used = other->used;
        return 0;
    }
    // Equality tests may run code that changes `other`: re-read each step.
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (e.key != MO_NULL && add_entry(so, e.key, e.hash) < 0)
            return -1;
    }
    return 0;
}

static int update_internal(SetObject *so, Value other) {
    if (is_anyset(other))
        return merge_set(so, SET(other));
    if (mo_is_exact(other, &mo_dict_type)) {
        int64_t n = mo_dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3 && table_resize(so, (so->used + n) * 2) < 0)
            return -1;
        DictObject *d = mo_dict_obj(other);
        for (int64_t k = 0; k < d->nentries; k++) {
            DictEntry e = d->entries[k];
            if (e.key != MO_NULL && add_entry(so, e.key, e.hash) < 0)
                return -1;
        }
        return 0;
    }
    Value it = mo_iter(other);
    if (it == V_ERR)
        return -1;
    for (;;) {
        Value key = mo_next(it);
        if (key == MO_NULL)
            return mo_err_occurred() ? -1 : 0;
        if (key == V_ERR)
            return -1;
        int64_t h = key_hash(key);
        if (h == -1 || add_entry(so, key, h) < 0)
            return -1;
    }
}

// A new empty set or frozenset: the base type of `like` (subclasses give
// their base, as CPython's operators do).
static TypeObject *base_type(Value like) { return is_frozen(like) ? &mo_frozenset_type : &mo_set_type; }

static Value new_set_of(TypeObject *type, Value iterable) {
    SetObject *so = alloc_set(type);
    if (!so)
        return V_ERR;
    if (iterable != MO_NULL && update_internal(so, iterable) < 0)
        return V_ERR;
    return mo_obj(so);
}

static Value set_copy(Value so) { return new_set_of(base_type(so), so); }

// ------------------------------------------------------------ public API

Value mo_set_new(void) { return new_set_of(&mo_set_type, MO_NULL); }

Value mo_frozenset_new(Value iterable) { return new_set_of(&mo_frozenset_type, iterable); }

Value mo_frozenset_const(Value items) {
    // CPython builds the constant from the items, then its constant merger
    // rebuilds it from its own iteration order; the second layout is what
    // SET_UPDATE copies into the new set, so it decides the printed order.
    Value first = mo_frozenset_new(items);
    if (first == V_ERR)
        return V_ERR;
    Value order = mo_list_from_iterable(first);
    if (order == V_ERR)
        return V_ERR;
    return mo_set_size(first) == 0 ? first : mo_frozenset_new(order);
}

int mo_set_add(Value set, Value key) {
    int64_t h = key_hash(key);
    if (h == -1)
        return -1;
    return add_entry(SET(set), key, h);
}

int mo_set_contains(Value set, Value key) {
    int64_t h = key_hash(key);
    if (h == -1) {
        Value f = frozen_key(key);
        if (f == V_ERR)
            return -1;
        return mo_set_contains(set, f);
    }
    return contains_entry(SET(set), key, h);
}

int mo_set_discard(Value set, Value key) {
    int64_t h = key_hash(key);
    if (h == -1) {
        Value f = frozen_key(key);
        if (f == V_ERR)
            return -1;
        return mo_set_discard(set, f);
    }
    return discard_entry(SET(set), key, h);
}

int64_t mo_set_size(Value set) { return SET(set)->used; }

bool mo_set_next(Value set, int64_t *pos, Value *key) {
    SetEntry *e = next_entry(SET(set), pos);
    if (!e)
        return false;
    *key = e->key;
    return true;
}

int mo_set_update(Value set, Value iterable) { return update_internal(SET(set), iterable); }

void mo_set_clear(Value set) {
    SetObject *so = SET(set);
    free_table(so);
    reset_table(so);
}

// ------------------------------------------------------------ operations

Value mo_set_intersection(Value sov, Value other) {
    if (sov == other)
        return set_copy(sov);
    Value result = new_set_of(base_type(sov), MO_NULL);
    if (result == V_ERR)
        return V_ERR;
    if (is_anyset(other)) {
        // Walk the smaller set, probe the bigger.
        Value big = sov, small = other;
        if (SET(other)->used > SET(sov)->used) {
            big = other;
            small = sov;
        }
        int64_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(SET(small), &pos))) {
            Value key = e->key;
            int64_t hash = e->hash;
            int r = contains_entry(SET(big), key, hash);
            if (r < 0 || (r && add_entry(SET(result), key, hash) < 0))
                return V_ERR;
        }
        return result;
    }
    Value it = mo_iter(other);
    if (it == V_ERR)
        return V_ERR;
    for (;;) {
        Value key = mo_next(it);
        if (key == MO_NULL)
            return mo_err_occurred() ? V_ERR : result;
        if (key == V_ERR)
            return V_ERR;
        int64_t hash = key_hash(key);
        if (hash == -1)
            return V_ERR;
        int r = contains_entry(SET(sov), key, hash);
        if (r < 0 || (r && add_entry(SET(result), key, hash) < 0))
            return V_ERR;
    }
}

int mo_set_difference_update(Value sov, Value other) {
    SetObject *so = SET(sov);
    if (sov == other) {
        mo_set_clear(sov);
        return 0;
    }
    if (is_anyset(other)) {
        int64_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(SET(other), &pos)))
            if (discard_entry(so, e->key, e->hash) < 0)
                return -1;
    } else {
        Value it = mo_iter(other);
        if (it == V_ERR)
            return -1;
        for (;;) {
            Value key = mo_next(it);
            if (key == MO_NULL)
                break;
            if (key == V_ERR || mo_set_discard(sov, key) < 0)
                return -1;
        }
        if (mo_err_occurred())
            return -1;
    }
    // More than a quarter dummies: rebuild them away.
    if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Value set_difference(Value sov, Value other) {
    int64_t other_size;
    if (is_anyset(other))
        other_size = SET(other)->used;
    else if (mo_is_exact(other, &mo_dict_type))
        other_size = mo_dict_size(other);
    else
        goto copy_and_difference;
    // A much bigger `so`: cheaper to copy it and remove other's keys.
    if ((SET(sov)->used >> 2) > other_size)
        goto copy_and_difference;
    Value result = new_set_of(base_type(sov), MO_NULL);
    if (result == V_ERR)
        return V_ERR;
    int64_t pos = 0;
    SetEntry *e;
    bool dict = mo_is_exact(other, &mo_dict_type);
    while ((e = next_entry(SET(sov), &pos))) {
        Value key = e->key;
        int64_t hash = e->hash;
        int r;
        if (dict) {
            Value v = mo_dict_get_hashed(other, key, hash);
            r = v == V_ERR ? -1 : v != MO_NULL;
        } else {
            r = contains_entry(SET(other), key, hash);
        }
        if (r < 0 || (!r && add_entry(SET(result), key, hash) < 0))
            return V_ERR;
    }
    return result;
copy_and_difference:;
    Value copy = set_copy(sov);
    if (copy == V_ERR || mo_set_difference_update(copy, other) < 0)
        return V_ERR;
    return copy;
}

int mo_set_symmetric_difference_update(Value sov, Value other) {
    SetObject *so = SET(sov);
    if (sov == other) {
        mo_set_clear(sov);
        return 0;
    }
    if (mo_is_exact(other, &mo_dict_type)) {
        DictObject *d = mo_dict_obj(other);
        for (int64_t k = 0; k < d->nentries; k++) {
            DictEntry e = d->entries[k];
            if (e.key == MO_NULL)
                continue;
            int r = discard_entry(so, e.key, e.hash);
            if (r < 0 || (r == 0 && add_entry(so, e.key, e.hash) < 0))
                return -1;
        }
        return 0;
    }
    Value otherset = other;
    if (!is_anyset(other)) {
        otherset = new_set_of(base_type(sov), other);
        if (otherset == V_ERR)
            return -1;
    }
    int64_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(SET(otherset), &pos))) {
        Value key = e->key;
        int64_t hash = e->hash;
        int r = discard_entry(so, key, hash);
        if (r < 0 || (r == 0 && add_entry(so, key, hash) < 0))
            return -1;
    }
    return 0;
}

static Value set_symmetric_difference(Value sov, Value other) {
    Value result = new_set_of(base_type(sov), other);
    if (result == V_ERR || mo_set_symmetric_difference_update(result, sov) < 0)
        return V_ERR;
    return result;
}

static Value set_union(Value sov, Value other) {
    Value result = set_copy(sov);
    if (result == V_ERR)
        return V_ERR;
    if (sov != other && update_internal(SET(result), other) < 0)
        return V_ERR;
    return result;
}

// Exchanges the contents of two sets (intersection_update builds the result
// aside, then swaps it in).
static void swap_bodies(SetObject *a, SetObject *b) {
    SetEntry tmp_small[MO_SET_MINSIZE];
    SetEntry *ta = a->table, *tb = b->table;
    int64_t fill = a->fill, used = a->used, mask = a->mask;
    memcpy(tmp_small, a->smalltable, sizeof tmp_small);
    memcpy(a->smalltable, b->smalltable, sizeof tmp_small);
    memcpy(b->smalltable, tmp_small, sizeof tmp_small);
    a->table = tb == b->smalltable ? a->smalltable : tb;
    b->table = ta == a->smalltable ? b->smalltable : ta;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    b->fill = fill;
    b->used = used;
    b->mask = mask;
    int64_t h = a->hash;
    a->hash = b->hash;
    b->hash = h;
}

static int issubset(Value a, Value b) {
    if (SET(a)->used > SET(b)->used)
        return 0;
    int64_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(SET(a), &pos))) {
        int r = contains_entry(SET(b), e->key, e->hash);
        if (r <= 0)
            return r;
    }
    return 1;
}

// ------------------------------------------------------------------ slots

static Value set_repr(Value self) {
    SetObject *so = SET(self);
    TypeObject *t = mo_type(self);
    bool exact_set = t == &mo_set_type;
    if (so->used == 0)
        return mo_str_format("%s()", t->name);
    int r = mo_misc_repr_enter(self);
    if (r != 0)
        return r < 0 ? V_ERR : mo_str_format("%s(...)", t->name);
    StrBuf b = STRBUF_INIT;
    if (!exact_set) {
        mo_strbuf_puts(&b, t->name);
        mo_strbuf_putc(&b, '(');
    }
    mo_strbuf_putc(&b, '{');
    // Collect the keys first: the reprs may run code that changes the set.
    Value keys = mo_list_from_iterable(self);
    if (keys == V_ERR)
        goto error;
    for (int64_t i = 0; i < mo_list_size(keys); i++) {
        Value s = mo_repr(mo_list_items(keys)[i]);
        if (s == V_ERR)
            goto error;
        if (i > 0)
            mo_strbuf_puts(&b, ", ");
        mo_strbuf_append(&b, mo_str_data(s), (size_t)mo_str_size(s));
    }
    mo_strbuf_putc(&b, '}');
    if (!exact_set)
        mo_strbuf_putc(&b, ')');
    mo_misc_repr_leave(self);
    return mo_str_from_strbuf(&b);
error:
    mo_misc_repr_leave(self);
    mo_strbuf_free(&b);
    return V_ERR;
}

static int64_t set_len(Value self) { return SET(self)->used; }

static int set_contains_slot(Value self, Value key) { return mo_set_contains(self, key); }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

static int64_t frozenset_hash(Value self) {
    SetObject *so = SET(self);
    if (so->hash != -1)
        return so->hash;
    // Order-independent: xor of the shuffled hashes of the keys, then mixed
    // with the size and dispersed (CPython's frozenset hash).
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++)
        if (so->table[i].key != MO_NULL)
            hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == (uint64_t)-1)
        hash = 590923713ull;
    so->hash = (int64_t)hash;
    return so->hash;
}

static Value set_richcompare(Value v, Value w, int op) {
    if (!is_anyset(v) || !is_anyset(w))
        return MO_NOTIMPL;
    SetObject *a = SET(v), *b = SET(w);
    int r;
    switch (op) {
    case MO_CMP_EQ:
    case MO_CMP_NE:
        if (a->used != b->used)
            r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            r = 0;
        else
            r = issubset(v, w);
        if (r >= 0 && op == MO_CMP_NE)
            r = !r;
        break;
    case MO_CMP_LE: r = issubset(v, w); break;
    case MO_CMP_GE: r = issubset(w, v); break;
    case MO_CMP_LT: r = a->used < b->used ? issubset(v, w) : 0; break;
    default: r = a->used > b->used ? issubset(w, v) : 0; break;
    }
    return r < 0 ? V_ERR : mo_bool(r);
}

static Value set_binop(Value a, Value b, int op) {
    bool inplace = op & MO_OP_INPLACE;
    op &= ~MO_OP_INPLACE;
    if (!is_anyset(a) || !is_anyset(b))
        return MO_NOTIMPL;
    if (inplace && !is_frozen(a)) {
        int r;
        switch (op) {
        case MO_OP_OR: r = update_internal(SET(a), b); break;
        case MO_OP_SUB: r = mo_set_difference_update(a, b); break;
        case MO_OP_XOR: r = mo_set_symmetric_difference_update(a, b); break;
        case MO_OP_AND: {
            Value t = mo_set_intersection(a, b);
            if (t == V_ERR)
                return V_ERR;
            swap_bodies(SET(a), SET(t));
            r = 0;
            break;
        }
        default: return MO_NOTIMPL;
        }
        return r < 0 ? V_ERR : a;
    }
    switch (op) {
    case MO_OP_OR: return set_union(a, b);
    case MO_OP_AND: return mo_set_intersection(a, b);
    case MO_OP_SUB: return set_difference(a, b);
    case MO_OP_XOR: return set_symmetric_difference(a, b);
    default: return MO_NOTIMPL;
    }
}

static void set_trace(Object *o) {
    SetObject *so = (SetObject *)o;
    for (int64_t i = 0; i <= so->mask; i++)
        if (so->table[i].key != MO_NULL)
            mo_gc_mark(so->table[i].key);
}

static void set_finalize(Object *o) {
    SetObject *so = (SetObject *)o;
    free_table(so);
    so->table = so->smalltable;
    so->mask = MO_SET_MINSIZE - 1;
    so->fill = so->used = 0;
}

static Value set_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    SetObject *so = alloc_set(type);
    return so ? mo_obj(so) : V_ERR;
}

static Value set_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    const char *name = mo_type(self)->name;
    if (mo_args_nkw(kwnames) > 0)
        return mo_err_format(&mo_exc_TypeError, "set() takes no keyword arguments");
    if (nargs > 1)
        return mo_err_format(&mo_exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
    SetObject *so = SET(self);
    if (so->fill)
        mo_set_clear(self);
    if (nargs == 1 && update_internal(so, args[0]) < 0)
        return V_ERR;
    return MO_NONE;
}

static Value frozenset_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames) > 0 && type == &mo_frozenset_type)
        return mo_err_format(&mo_exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1)
        return mo_err_format(&mo_exc_TypeError, "%s expected at most 1 argument, got %zu", type->name, nargs);
    Value iterable = nargs ? args[0] : MO_NULL;
    if (type == &mo_frozenset_type && iterable != MO_NULL && mo_is_exact(iterable, &mo_frozenset_type))
        return iterable;
    return new_set_of(type, iterable);
}

// --------------------------------------------------------------- methods

static Value m_add(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("set.add", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_set_add(self, args[0]) < 0 ? V_ERR : MO_NONE;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("set.remove", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int r = mo_set_discard(self, args[0]);
    if (r < 0)
        return V_ERR;
    if (r == 0)
        return mo_err_set_type(&mo_exc_KeyError, args[0]);
    return MO_NONE;
}

static Value m_discard(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("set.discard", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_set_discard(self, args[0]) < 0 ? V_ERR : MO_NONE;
}

Value mo_set_pop(Value set) {
    SetObject *so = SET(set);
    if (so->used == 0)
        return mo_err_format(&mo_exc_KeyError, "pop from an empty set");
    // Resume the scan where the last pop stopped, so repeated pops are
    // linear overall.
    int64_t i = so->finger & so->mask;
    while (so->table[i].key == MO_NULL) {
        i++;
        if (i > so->mask)
            i = 0;
    }
    Value key = so->table[i].key;
    so->table[i].key = MO_NULL;
    so->table[i].hash = -1;
    so->used--;
    so->finger = i + 1;
    return key;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("set.pop", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_set_pop(self);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("set.clear", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    mo_set_clear(self);
    return MO_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check(is_frozen(self) ? "frozenset.copy" : "set.copy", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    if (mo_is_exact(self, &mo_frozenset_type))
        return self;
    return set_copy(self);
}

static Value m_union(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_no_kw("union", kwnames) < 0)
        return V_ERR;
    Value result = set_copy(self);
    if (result == V_ERR)
        return V_ERR;
    for (size_t i = 0; i < nargs; i++)
        if (args[i] != self && update_internal(SET(result), args[i]) < 0)
            return V_ERR;
    return result;
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_no_kw("update", kwnames) < 0)
        return V_ERR;
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(SET(self), args[i]) < 0)
            return V_ERR;
    return MO_NONE;
}

static Value intersection_multi(Value self, const Value *args, size_t nargs) {
    if (nargs == 0)
        return set_copy(self);
    Value result = self;
    for (size_t i = 0; i < nargs; i++) {
        result = mo_set_intersection(result, args[i]);
        if (result == V_ERR)
            return V_ERR;
    }
    return result;
}

static Value m_intersection(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_no_kw("intersection", kwnames) < 0)
        return V_ERR;
    return intersection_multi(self, args, nargs);
}

static Value m_intersection_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_no_kw("intersection_update", kwnames) < 0)
        return V_ERR;
    Value t = intersection_multi(self, args, nargs);
    if (t == V_ERR)
        return V_ERR;
    swap_bodies(SET(self), SET(t));
    return MO_NONE;
}

static Value m_difference(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_no_kw("difference", kwnames) < 0)
        return V_ERR;
    if (nargs == 0)
        return set_copy(self);
    Value result = set_difference(self, args[0]);
    if (result == V_ERR)
        return V_ERR;
    for (size_t i = 1; i < nargs; i++)
        if (mo_set_difference_update(result, args[i]) < 0)
            return V_ERR;
    return result;
}

static Value m_difference_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_no_kw("difference_update", kwnames) < 0)
        return V_ERR;
    for (size_t i = 0; i < nargs; i++)
        if (mo_set_difference_update(self, args[i]) < 0)
            return V_ERR;
    return MO_NONE;
}

static Value m_symmetric_difference(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check(is_frozen(self) ? "frozenset.symmetric_difference" : "set.symmetric_difference",
                      nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return set_symmetric_difference(self, args[0]);
}

static Value m_symmetric_difference_update(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("set.symmetric_difference_update", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_set_symmetric_difference_update(self, args[0]) < 0 ? V_ERR : MO_NONE;
}

static Value m_issubset(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check(is_frozen(self) ? "frozenset.issubset" : "set.issubset", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value other = args[0];
    if (!is_anyset(other)) {
        other = new_set_of(&mo_set_type, other);
        if (other == V_ERR)
            return V_ERR;
    }
    int r = issubset(self, other);
    return r < 0 ? V_ERR : mo_bool(r);
}

static Value m_issuperset(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check(is_frozen(self) ? "frozenset.issuperset" : "set.issuperset", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value other = args[0];
    if (is_anyset(other)) {
        int r = issubset(other, self);
        return r < 0 ? V_ERR : mo_bool(r);
    }
    Value it = mo_iter(other);
    if (it == V_ERR)
        return V_ERR;
    for (;;) {
        Value key = mo_next(it);
        if (key == MO_NULL)
            return mo_err_occurred() ? V_ERR : MO_TRUE;
        if (key == V_ERR)
            return V_ERR;
        int r = mo_set_contains(self, key);
        if (r < 0)
            return V_ERR;
        if (!r)
            return MO_FALSE;
    }
}

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check(is_frozen(self) ? "frozenset.isdisjoint" : "set.isdisjoint", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value other = args[0];
    if (other == self)
        return mo_bool(SET(self)->used == 0);
    if (is_anyset(other)) {
        Value big = self, small = other;
        if (SET(other)->used > SET(self)->used) {
            big = other;
            small = self;
        }
        int64_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(SET(small), &pos))) {
            int r = contains_entry(SET(big), e->key, e->hash);
            if (r < 0)
                return V_ERR;
            if (r)
                return MO_FALSE;
        }
        return MO_TRUE;
    }
    Value it = mo_iter(other);
    if (it == V_ERR)
        return V_ERR;
    for (;;) {
        Value key = mo_next(it);
        if (key == MO_NULL)
            return mo_err_occurred() ? V_ERR : MO_TRUE;
        if (key == V_ERR)
            return V_ERR;
        int r = mo_set_contains(self, key);
        if (r < 0)
            return V_ERR;
        if (r)
            return MO_FALSE;
    }
}

static const MethodDef set_methods[] = {
    {"add", m_add, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"discard", m_discard, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"update", m_update, 0, NULL},
    {"union", m_union, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"intersection_update", m_intersection_update, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"difference_update", m_difference_update, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 0, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"__class_getitem__", mo_misc_class_getitem, MO_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, 0, NULL},
    {"union", m_union, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"__class_getitem__", mo_misc_class_getitem, MO_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static Value set_iter(Value self);

TypeObject mo_set_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "set",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(SetObject),
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .binop = set_binop,
    .new_ = set_new,
    .init = set_init,
    .trace = set_trace,
    .finalize = set_finalize,
    .methods = set_methods,
};

TypeObject mo_frozenset_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "frozenset",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(SetObject),
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .binop = set_binop,
    .new_ = frozenset_new,
    .trace = set_trace,
    .finalize = set_finalize,
    .methods = frozenset_methods,
};

// --------------------------------------------------------------- iterator

typedef struct SetIterObject {
    Object hdr;
    Value set;          // MO_NULL once exhausted
    int64_t pos;
    int64_t used;       // the set's size when iteration started
    int64_t remaining;
} SetIterObject;

static Value iter_self(Value self) { return self; }

static Value setiter_next(Value self) {
    SetIterObject *it = (SetIterObject *)mo_ptr(self);
    if (it->set == MO_NULL)
        return MO_NULL;
    SetObject *so = SET(it->set);
    if (it->used != so->used) {
        it->used = -1;   // stays broken, like CPython
        return mo_err_format(&mo_exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *e = next_entry(so, &it->pos);
    if (!e) {
        it->set = MO_NULL;
        return MO_NULL;
    }
    it->remaining--;
    return e->key;
}

static Value setiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    SetIterObject *it = (SetIterObject *)mo_ptr(self);
    if (it->set == MO_NULL || it->used != SET(it->set)->used)
        return mo_smallint(0);
    return mo_smallint(it->remaining);
}

static void setiter_trace(Object *o) { mo_gc_mark(((SetIterObject *)o)->set); }

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_set_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "set_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(SetIterObject),
    .iter = iter_self,
    .iternext = setiter_next,
    .trace = setiter_trace,
    .methods = setiter_methods,
};

static Value set_iter(Value self) {
    SetIterObject *it = mo_gc_alloc(&mo_set_iterator_type, sizeof(SetIterObject));
    if (!it)
        return V_ERR;
    it->set = self;
    it->pos = 0;
    it->used = SET(self)->used;
    it->remaining = it->used;
    return mo_obj(it);
}

void mo_set_init(void) {
    mo_type_ready(&mo_set_type);
    mo_type_ready(&mo_frozenset_type);
    mo_type_ready(&mo_set_iterator_type);
}
