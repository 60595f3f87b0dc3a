// src/objects/list.c — `list` and its iterators.
//
// A list is a header plus a malloc'd array (`items`, through mo_mem_*) with
// room for `capacity` values, of which the first `size` are the items. The
// collector reads only items[0 .. size), so code that grows a list writes an
// item first and bumps `size` after, with no allocation in between.
//
// Growth over-allocates by about 1/8 (CPython's rule), so append is amortized
// O(1) and a long run of appends copies each item a bounded number of times.
//
// Any comparison (mo_eq, mo_compare) may run Python code that changes the
// list, so loops re-read `size` and `items` after every call instead of
// caching them.
//
// Read next: sort.c (list.sort), tuple.c (the immutable sequence).
#include "objects/list.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

// Copying n Values; n may be 0 with a NULL array (an empty list owns no
// item array), which memcpy and memmove do not allow.
static inline void values_copy(Value *dst, const Value *src, size_t n) {
    if (n)
        memcpy(dst, src, n * sizeof(Value));
}
static inline void values_move(Value *dst, const Value *src, size_t n) {
    if (n)
        memmove(dst, src, n * sizeof(Value));
}

// A bound on list sizes that keeps byte counts far from overflowing.
#define MAX_LIST ((int64_t)1 << 56)

// ------------------------------------------------------------- storage

// Makes room for `newsize` items and sets size to it. Items past the old
// size are not initialised: the caller fills them (with no allocation in
// between) — except that when growing, size is only raised after the
// buffer exists, so callers write into items[old .. newsize) right after.
static int list_resize(ListObject *l, int64_t newsize) {
    if (newsize <= l->capacity && newsize >= (l->capacity >> 1)) {
        l->size = newsize;
        return 0;
    }
    if (newsize > MAX_LIST) {
        mo_err_no_memory();
        return -1;
    }
    // Over-allocate proportionally (1/8) plus a little, rounded to a
    // multiple of 4; if the growth asked for is bigger than that, take
    // exactly what was asked (rounded up to 4).
    int64_t cap = (newsize + (newsize >> 3) + 6) & ~(int64_t)3;
    if (newsize - l->size > cap - newsize)
        cap = (newsize + 3) & ~(int64_t)3;
    if (newsize == 0)
        cap = 0;
    Value *items;
    if (cap == 0) {
        mo_mem_free(l->items, (size_t)l->capacity * sizeof(Value));
        items = NULL;
    } else {
        items = mo_mem_realloc(l->items, (size_t)l->capacity * sizeof(Value), (size_t)cap * sizeof(Value));
        if (!items)
            return -1;
    }
    // Shrinking: the collector must not read past the new size, which the
    // order of these two stores guarantees either way (no allocation runs
    // between them).
    l->items = items;
    l->capacity = cap;
    l->size = newsize;
    return 0;
}

// Ensures capacity for `n` items without changing size.
static int list_reserve(ListObject *l, int64_t n) {
    if (n <= l->capacity)
        return 0;
    int64_t size = l->size;
    if (list_resize(l, n) < 0)
        return -1;
    l->size = size;
    return 0;
}

static ListObject *alloc_list(TypeObject *type) {
    return mo_gc_alloc(type, type->basicsize);
}

Value mo_list_new(size_t n) {
    ListObject *l = alloc_list(&mo_list_type);
    if (!l)
        return V_ERR;
    if (n) {
        if ((int64_t)n > MAX_LIST)
            return mo_err_no_memory();
        Value *items = mo_mem_alloc(n * sizeof(Value));
        if (!items)
            return V_ERR;
        for (size_t i = 0; i < n; i++)
            items[i] = MO_NONE;
        l->items = items;
        l->capacity = (int64_t)n;
        l->size = (int64_t)n;
    }
    return mo_obj(l);
}

Value mo_list_new_reserved(size_t cap) {
    ListObject *l = alloc_list(&mo_list_type);
    if (!l)
        return V_ERR;
    if (cap) {
        if ((int64_t)cap > MAX_LIST)
            return mo_err_no_memory();
        Value *items = mo_mem_alloc(cap * sizeof(Value));
        if (!items)
            return V_ERR;
        l->items = items;
        l->capacity = (int64_t)cap;
    }
    return mo_obj(l);
}

Value mo_list_from_array(const Value *items, size_t n) {
    Value l = mo_list_new(n);
    if (l == V_ERR)
        return V_ERR;
    values_copy(mo_list_items(l), items, n);
    return l;
}

int mo_list_append_slow(Value list, Value v) {
    ListObject *l = mo_list_obj(list);
    int64_t n = l->size;
    if (list_reserve(l, n + 1) < 0)
        return -1;
    l->items[n] = v;
    l->size = n + 1;
    return 0;
}

int mo_list_append(Value list, Value v) { return mo_list_append_fast(list, v); }

// operator.length_hint(o, dflt): len(o) when o has a length, else
// o.__length_hint__(), else dflt; -1 on error.
static int64_t length_hint(Value o, int64_t dflt) {
    TypeObject *t = mo_type(o);
    if (t->len) {
        int64_t n = t->len(o);
        if (n >= 0)
            return n;
        if (!mo_err_matches(&mo_exc_TypeError))
            return -1;
        mo_err_clear();
    }
    Value name = mo_str_intern_cstr("__length_hint__");
    if (name == V_ERR || mo_type_lookup(t, name) == MO_NULL)
        return dflt;
    Value r = mo_call_method(o, name, NULL, 0, MO_NULL);
    if (r == V_ERR) {
        if (!mo_err_matches(&mo_exc_TypeError))
            return -1;
        mo_err_clear();
        return dflt;
    }
    if (r == MO_NOTIMPL)
        return dflt;
    if (!mo_is_int(r)) {
        mo_err_format(&mo_exc_TypeError, "__length_hint__ must be an integer, not %s", mo_type_name(r));
        return -1;
    }
    int64_t n;
    if (mo_int_to_i64(r, &n) < 0)
        return -1;
    if (n < 0) {
        mo_err_format(&mo_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

// Room for exactly `n` items (rounded up to even) in a list that has none:
// what an empty list gets when it is extended by something of known size.
static int preallocate_exact(ListObject *l, int64_t n) {
    if (n > MAX_LIST) {
        mo_err_no_memory();
        return -1;
    }
    int64_t cap = (n + 1) & ~(int64_t)1;
    Value *items = mo_mem_alloc((size_t)cap * sizeof(Value));
    if (!items)
        return -1;
    l->items = items;
    l->capacity = cap;
    return 0;
}

// list.extend. The capacities it leaves are CPython's (sys.getsizeof shows
// them): an empty list extended by a list or tuple, or by an iterable whose
// length is known, gets exactly that room; a non-empty one grows as append
// does; an iterable's list is cut back to what it got when the hint was
// well off.
int mo_list_extend(Value list, Value iterable) {
    ListObject *l = mo_list_obj(list);
    if (mo_is_exact(iterable, &mo_list_type) || mo_is_exact(iterable, &mo_tuple_type)) {
        bool is_list = mo_is_exact(iterable, &mo_list_type);
        int64_t n = is_list ? mo_list_size(iterable) : mo_tuple_size(iterable);
        if (n == 0)
            return 0;
        // a.extend(a): make room first, then read the source (its array may
        // have moved).
        int64_t size = l->size;
        if (l->capacity == 0) {
            if (preallocate_exact(l, n) < 0)
                return -1;
        } else if (list_resize(l, size + n) < 0) {
            return -1;
        }
        const Value *src = is_list ? mo_list_items(iterable) : mo_tuple_items(iterable);
        values_move(l->items + size, src, (size_t)n);
        l->size = size + n;
        return 0;
    }
    Value it = mo_iter(iterable);
    if (it == V_ERR)
        return -1;
    int64_t n = length_hint(iterable, 8);
    if (n < 0)
        return -1;
    if (l->capacity == 0) {
        if (n && preallocate_exact(l, n) < 0)
            return -1;
    } else {
        int64_t size = l->size;
        if (list_resize(l, size + n) < 0)
            return -1;
        l->size = size;
    }
    for (;;) {
        Value v = mo_next(it);
        if (v == MO_NULL) {
            if (mo_err_occurred())
                return -1;
            break;
        }
        if (v == V_ERR || mo_list_append(list, v) < 0)
            return -1;
    }
    if (l->size < l->capacity && list_resize(l, l->size) < 0)
        return -1;
    return 0;
}

int mo_list_insert(Value list, int64_t where, Value v) {
    ListObject *l = mo_list_obj(list);
    int64_t n = l->size;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    if (list_reserve(l, n + 1) < 0)
        return -1;
    values_move(l->items + where + 1, l->items + where, (size_t)(n - where));
    l->items[where] = v;
    l->size = n + 1;
    return 0;
}

void mo_list_clear(Value list) {
    ListObject *l = mo_list_obj(list);
    Value *items = l->items;
    int64_t cap = l->capacity;
    l->size = 0;
    l->items = NULL;
    l->capacity = 0;
    mo_mem_free(items, (size_t)cap * sizeof(Value));
}

// The tuple is allocated before the items are read: `list` is used after the
// allocation, so it stays on this C frame and the collector keeps it (and
// its item array) alive even when the caller's only reference was a
// temporary. (Passing mo_list_items(tmp) to mo_tuple_from_array would hold
// only an interior pointer into a malloc'd array across the allocation.)
Value mo_list_as_tuple(Value list) {
    size_t n = (size_t)mo_list_size(list);
    Value t = mo_tuple_new(n);
    if (t == V_ERR)
        return V_ERR;
    values_copy(mo_tuple_items(t), mo_list_items(list), n);
    return t;
}

// --------------------------------------------------------------- slots

static Value list_repr(Value self) {
    ListObject *l = mo_list_obj(self);
    if (l->size == 0)
        return mo_str_from_cstr("[]");
    int r = mo_misc_repr_enter(self);
    if (r != 0)
        return r < 0 ? V_ERR : mo_str_from_cstr("[...]");
    StrBuf b = STRBUF_INIT;
    mo_strbuf_putc(&b, '[');
    for (int64_t i = 0; i < l->size; i++) {
        Value s = mo_repr(l->items[i]);
        if (s == V_ERR) {
            mo_misc_repr_leave(self);
            mo_strbuf_free(&b);
            return V_ERR;
        }
        if (i > 0)
            mo_strbuf_puts(&b, ", ");
        mo_strbuf_append(&b, mo_str_data(s), (size_t)mo_str_size(s));
    }
    mo_strbuf_putc(&b, ']');
    mo_misc_repr_leave(self);
    return mo_str_from_strbuf(&b);
}

// The outcome when one sequence is a prefix of the other.
static Value compare_lengths(int64_t na, int64_t nb, int op) {
    switch (op) {
    case MO_CMP_LT: return mo_bool(na < nb);
    case MO_CMP_LE: return mo_bool(na <= nb);
    case MO_CMP_EQ: return mo_bool(na == nb);
    case MO_CMP_NE: return mo_bool(na != nb);
    case MO_CMP_GT: return mo_bool(na > nb);
    default: return mo_bool(na >= nb);
    }
}

static Value list_richcompare(Value a, Value b, int op) {
    if (!mo_is_list(a) || !mo_is_list(b))
        return MO_NOTIMPL;
    ListObject *x = mo_list_obj(a), *y = mo_list_obj(b);
    if (x->size != y->size && (op == MO_CMP_EQ || op == MO_CMP_NE))
        return mo_bool(op == MO_CMP_NE);
    // Find the first index where the items differ; __eq__ may change
    // either list, so bounds are re-read each time.
    int64_t i;
    for (i = 0; i < x->size && i < y->size; i++) {
        Value vx = x->items[i], vy = y->items[i];
        if (vx == vy)
            continue;
        int r = mo_eq(vx, vy);
        if (r < 0)
            return V_ERR;
        if (!r)
            break;
    }
    if (i >= x->size || i >= y->size)
        return compare_lengths(x->size, y->size, op);
    if (op == MO_CMP_EQ)
        return MO_FALSE;
    if (op == MO_CMP_NE)
        return MO_TRUE;
    return mo_richcompare(x->items[i], y->items[i], op);
}

static int64_t list_len(Value self) { return mo_list_size(self); }

static int list_contains(Value self, Value x) {
    ListObject *l = mo_list_obj(self);
    for (int64_t i = 0; i < l->size; i++) {
        int r = mo_eq(l->items[i], x);
        if (r != 0)
            return r;
    }
    return 0;
}

// An int subscript: 1 with *out, 0 if key is a slice, -1 error (TypeError
// for other types, naming the list type).
static int subscript_index(Value key, int64_t *out) {
    if (mo_is_smallint(key)) {
        *out = mo_smallint_val(key);
        return 1;
    }
    if (mo_is_exact(key, &mo_slice_type))
        return 0;
    int r = mo_misc_index_arg(key, out, &mo_exc_IndexError);
    if (r == 0) {
        mo_err_format(&mo_exc_TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    return r;
}

static Value list_slice(ListObject *l, Value slice) {
    int64_t start, stop, step, n;
    if (mo_slice_indices(slice, l->size, &start, &stop, &step, &n) < 0)
        return V_ERR;
    Value r = mo_list_new((size_t)n);
    if (r == V_ERR)
        return V_ERR;
    Value *dst = mo_list_items(r);
    if (step == 1)
        values_copy(dst, l->items + start, (size_t)n);
    else
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            dst[i] = l->items[j];
    return r;
}

static Value list_subscript(Value self, Value key) {
    ListObject *l = mo_list_obj(self);
    int64_t i;
    int r = subscript_index(key, &i);
    if (r < 0)
        return V_ERR;
    if (r == 0)
        return list_slice(l, key);
    if (i < 0)
        i += l->size;
    if ((uint64_t)i >= (uint64_t)l->size)
        return mo_err_format(&mo_exc_IndexError, "list index out of range");
    return l->items[i];
}

// del l[slice].
static int delete_slice(ListObject *l, Value slice) {
    int64_t start, stop, step, n;
    if (mo_slice_indices(slice, l->size, &start, &stop, &step, &n) < 0)
        return -1;
    if (n == 0)
        return 0;
    if (step < 0) {
        // Same items, walked upwards.
        start = start + step * (n - 1);
        step = -step;
    }
    Value *items = l->items;
    if (step == 1) {
        values_move(items + start, items + start + n, (size_t)(l->size - start - n));
    } else {
        // Compact: keep everything not on the slice's path.
        int64_t dst = start;
        for (int64_t src = start; src < l->size; src++) {
            if (src >= start && (src - start) % step == 0 && (src - start) / step < n)
                continue;
            items[dst++] = items[src];
        }
    }
    return list_resize(l, l->size - n);
}

// l[slice] = iterable.
static int assign_slice(Value self, Value slice, Value value) {
    ListObject *l = mo_list_obj(self);
    // The new items, fixed before anything moves (value may be the list
    // itself, or an iterator whose code changes the list).
    Value seq;
    if (mo_is_exact(value, &mo_list_type) || mo_is_exact(value, &mo_tuple_type))
        seq = mo_is_exact(value, &mo_list_type) ? mo_list_as_tuple(value) : value;
    else {
        Value it = mo_iter(value);
        if (it == V_ERR) {
            if (mo_err_matches(&mo_exc_TypeError)) {
                int64_t s0, s1, st, cnt;
                // CPython's wording depends on the slice kind.
                if (mo_slice_indices(slice, l->size, &s0, &s1, &st, &cnt) == 0) {
                    mo_err_clear();
                    if (st == 1)
                        mo_err_format(&mo_exc_TypeError, "can only assign an iterable");
                    else
                        mo_err_format(&mo_exc_TypeError, "must assign iterable to extended slice");
                }
            }
            return -1;
        }
        seq = mo_tuple_from_iterable(it);
    }
    if (seq == V_ERR)
        return -1;
    int64_t m = mo_tuple_size(seq);
    int64_t start, stop, step, n;
    if (mo_slice_indices(slice, l->size, &start, &stop, &step, &n) < 0)
        return -1;
    if (step == 1) {
        int64_t old = l->size;
        if (stop < start)
            stop = start;
        int64_t removed = stop - start, newsize = old - removed + m;
        if (m > removed) {
            if (list_reserve(l, newsize) < 0)
                return -1;
            values_move(l->items + start + m, l->items + stop, (size_t)(old - stop));
            values_copy(l->items + start, mo_tuple_items(seq), (size_t)m);
            l->size = newsize;
            return 0;
        }
        values_copy(l->items + start, mo_tuple_items(seq), (size_t)m);
        values_move(l->items + start + m, l->items + stop, (size_t)(old - stop));
        return list_resize(l, newsize);
    }
    if (m != n) {
        mo_err_format(&mo_exc_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                      (long long)m, (long long)n);
        return -1;
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        l->items[j] = mo_tuple_items(seq)[i];
    return 0;
}

static int list_ass_subscript(Value self, Value key, Value v) {
    ListObject *l = mo_list_obj(self);
    int64_t i;
    int r = subscript_index(key, &i);
    if (r < 0)
        return -1;
    if (r == 0)
        return v == MO_NULL ? delete_slice(l, key) : assign_slice(self, key, v);
    if (i < 0)
        i += l->size;
    if ((uint64_t)i >= (uint64_t)l->size) {
        mo_err_format(&mo_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v != MO_NULL) {
        l->items[i] = v;
        return 0;
    }
    values_move(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1));
    return list_resize(l, l->size - 1);
}

// l * n as a new list.
static Value list_repeat(Value list, Value count) {
    int64_t n;
    if (mo_misc_index_arg(count, &n, &mo_exc_OverflowError) < 0)
        return V_ERR;
    int64_t size = mo_list_size(list);
    if (n <= 0 || size == 0)
        return mo_list_new(0);
    if (n > MAX_LIST / size)
        return mo_err_no_memory();
    Value r = mo_list_new((size_t)(size * n));
    if (r == V_ERR)
        return V_ERR;
    Value *dst = mo_list_items(r);
    const Value *src = mo_list_items(list);
    if (size == 1) {
        for (int64_t k = 0; k < n; k++)
            dst[k] = src[0];
    } else {
        for (int64_t k = 0; k < n; k++)
            values_copy(dst + k * size, src, (size_t)size);
    }
    return r;
}

// l *= n.
static int list_inplace_repeat(Value list, int64_t n) {
    ListObject *l = mo_list_obj(list);
    int64_t size = l->size;
    if (n <= 0 || size == 0) {
        mo_list_clear(list);
        return 0;
    }
    if (n == 1)
        return 0;
    if (n > MAX_LIST / size) {
        mo_err_no_memory();
        return -1;
    }
    if (list_reserve(l, size * n) < 0)
        return -1;
    for (int64_t k = 1; k < n; k++)
        values_copy(l->items + k * size, l->items, (size_t)size);
    l->size = size * n;
    return 0;
}

static bool is_count(Value v) { return mo_is_int(v) || mo_type(v)->index != NULL; }

static Value list_binop(Value a, Value b, int op) {
    bool inplace = op & MO_OP_INPLACE;
    op &= ~MO_OP_INPLACE;
    if (op == MO_OP_ADD) {
        if (!mo_is_list(a))
            return MO_NOTIMPL;
        if (inplace) {
            if (mo_list_extend(a, b) < 0)
                return V_ERR;
            return a;
        }
        if (!mo_is_list(b)) {
            if (mo_misc_has_reflected(b, MO_OP_ADD))
                return MO_NOTIMPL;
            return mo_err_format(&mo_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                                 mo_type_name(b));
        }
        int64_t na = mo_list_size(a), nb = mo_list_size(b);
        Value r = mo_list_new((size_t)(na + nb));
        if (r == V_ERR)
            return V_ERR;
        // The new list is fully written before anything else allocates.
        values_copy(mo_list_items(r), mo_list_items(a), (size_t)na);
        values_copy(mo_list_items(r) + na, mo_list_items(b), (size_t)nb);
        return r;
    }
    if (op == MO_OP_MUL) {
        Value seq = a, count = b;
        if (!mo_is_list(a)) {
            seq = b;
            count = a;
        }
        if (!is_count(count)) {
            if (mo_misc_has_reflected(count, MO_OP_MUL))
                return MO_NOTIMPL;
            return mo_err_format(&mo_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 mo_type_name(count));
        }
        if (inplace && seq == a) {
            int64_t n;
            if (mo_misc_index_arg(count, &n, &mo_exc_OverflowError) < 0 || list_inplace_repeat(a, n) < 0)
                return V_ERR;
            return a;
        }
        return list_repeat(seq, count);
    }
    return MO_NOTIMPL;
}

static void list_trace(Object *o) {
    ListObject *l = (ListObject *)o;
    mo_gc_mark_array(l->items, (size_t)l->size);
}

static void list_finalize(Object *o) {
    ListObject *l = (ListObject *)o;
    mo_mem_free(l->items, (size_t)l->capacity * sizeof(Value));
    l->items = NULL;
    l->size = l->capacity = 0;
}

static Value list_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    ListObject *l = alloc_list(type);
    return l ? mo_obj(l) : V_ERR;
}

static Value list_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames) > 0)
        return mo_err_format(&mo_exc_TypeError, "list() takes no keyword arguments");
    if (nargs > 1)
        return mo_err_format(&mo_exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
    mo_list_clear(self);
    if (nargs == 1 && mo_list_extend(self, args[0]) < 0)
        return V_ERR;
    return MO_NONE;
}

// ------------------------------------------------------------- methods

static Value m_append(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("list.append", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_list_append(self, args[0]) < 0 ? V_ERR : MO_NONE;
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("list.extend", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_list_extend(self, args[0]) < 0 ? V_ERR : MO_NONE;
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("insert", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    int64_t where;
    if (mo_index_clamped(args[0], &where) < 0)
        return V_ERR;
    return mo_list_insert(self, where, args[1]) < 0 ? V_ERR : MO_NONE;
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("pop", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    ListObject *l = mo_list_obj(self);
    int64_t i = -1;
    if (nargs == 1 && mo_index_i64(args[0], &i) < 0)
        return V_ERR;
    if (l->size == 0)
        return mo_err_format(&mo_exc_IndexError, "pop from empty list");
    if (i < 0)
        i += l->size;
    if ((uint64_t)i >= (uint64_t)l->size)
        return mo_err_format(&mo_exc_IndexError, "pop index out of range");
    Value v = l->items[i];
    values_move(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1));
    if (list_resize(l, l->size - 1) < 0)
        return V_ERR;
    return v;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("list.remove", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    ListObject *l = mo_list_obj(self);
    for (int64_t i = 0; i < l->size; i++) {
        int r = mo_eq(l->items[i], args[0]);
        if (r < 0)
            return V_ERR;
        if (r && i < l->size) {
            values_move(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1));
            return list_resize(l, l->size - 1) < 0 ? V_ERR : MO_NONE;
        }
    }
    return mo_err_format(&mo_exc_ValueError, "list.remove(x): x not in list");
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("index", nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    ListObject *l = mo_list_obj(self);
    int64_t start, stop;
    if (mo_tuple_index_range(args, nargs, l->size, &start, &stop) < 0)
        return V_ERR;
    for (int64_t i = start; i < stop && i < l->size; i++) {
        int r = mo_eq(l->items[i], args[0]);
        if (r < 0)
            return V_ERR;
        if (r)
            return mo_smallint(i);
    }
    return mo_err_format(&mo_exc_ValueError, "%R is not in list", args[0]);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("list.count", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    ListObject *l = mo_list_obj(self);
    int64_t count = 0;
    for (int64_t i = 0; i < l->size; i++) {
        int r = mo_eq(l->items[i], args[0]);
        if (r < 0)
            return V_ERR;
        count += r;
    }
    return mo_smallint(count);
}

void mo_list_reverse(Value list) {
    ListObject *l = mo_list_obj(list);
    for (int64_t i = 0, j = l->size - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("list.reverse", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    mo_list_reverse(self);
    return MO_NONE;
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("list.clear", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    mo_list_clear(self);
    return MO_NONE;
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("list.copy", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_list_from_array(mo_list_items(self), (size_t)mo_list_size(self));
}

static Value m_sort(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs > 0)
        return mo_err_format(&mo_exc_TypeError, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse"};
    Value a[2];
    if (mo_args_bind("sort", args, nargs, kwnames, names, 2, 0, 0, a) < 0)
        return V_ERR;
    int64_t reverse = 0;
    if (a[1] != MO_NULL && mo_index_i64(a[1], &reverse) < 0)
        return V_ERR;
    Value key = a[0] == MO_NULL ? MO_NONE : a[0];
    return mo_list_sort(self, key, reverse != 0) < 0 ? V_ERR : MO_NONE;
}

static Value list_reversed_iter(Value self);

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("list.__reversed__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return list_reversed_iter(self);
}

static const MethodDef list_methods[] = {
    {"append", m_append, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"index", m_index, 0, NULL},
    {"count", m_count, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"sort", m_sort, 0, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {"__class_getitem__", mo_misc_class_getitem, MO_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static Value list_iter(Value self);

TypeObject mo_list_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "list",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_LIST_SUBCLASS,
    .basicsize = sizeof(ListObject),
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .binop = list_binop,
    .new_ = list_new,
    .init = list_init,
    .trace = list_trace,
    .finalize = list_finalize,
    .methods = list_methods,
};

// ------------------------------------------------------------ iterators

static Value iter_self(Value self) { return self; }

static void listiter_trace(Object *o) { mo_gc_mark(((ListIterObject *)o)->list); }

static Value listiter_next(Value self) {
    ListIterObject *it = (ListIterObject *)mo_ptr(self);
    if (it->list == MO_NULL)
        return MO_NULL;
    ListObject *l = mo_list_obj(it->list);
    if (it->index < l->size)
        return l->items[it->index++];
    it->list = MO_NULL;
    return MO_NULL;
}

static Value listreviter_next(Value self) {
    ListIterObject *it = (ListIterObject *)mo_ptr(self);
    if (it->list == MO_NULL)
        return MO_NULL;
    ListObject *l = mo_list_obj(it->list);
    if (it->index >= 0 && it->index < l->size)
        return l->items[it->index--];
    it->list = MO_NULL;
    it->index = -1;
    return MO_NULL;
}

static Value listiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    ListIterObject *it = (ListIterObject *)mo_ptr(self);
    if (it->list == MO_NULL)
        return mo_smallint(0);
    int64_t n = mo_list_size(it->list) - it->index;
    return mo_smallint(n < 0 ? 0 : n);
}

static Value listreviter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    ListIterObject *it = (ListIterObject *)mo_ptr(self);
    if (it->list == MO_NULL || it->index >= mo_list_size(it->list))
        return mo_smallint(0);
    return mo_smallint(it->index + 1);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_list_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "list_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(ListIterObject),
    .iter = iter_self,
    .iternext = listiter_next,
    .trace = listiter_trace,
    .methods = listiter_methods,
};

TypeObject mo_list_reverseiterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "list_reverseiterator",
    .base = &mo_object_type,
    .basicsize = sizeof(ListIterObject),
    .iter = iter_self,
    .iternext = listreviter_next,
    .trace = listiter_trace,
    .methods = listreviter_methods,
};

static Value list_iter(Value self) {
    ListIterObject *it = mo_gc_alloc(&mo_list_iterator_type, sizeof(ListIterObject));
    if (!it)
        return V_ERR;
    it->list = self;
    it->index = 0;
    return mo_obj(it);
}

static Value list_reversed_iter(Value self) {
    ListIterObject *it = mo_gc_alloc(&mo_list_reverseiterator_type, sizeof(ListIterObject));
    if (!it)
        return V_ERR;
    it->list = self;
    it->index = mo_list_size(self) - 1;
    return mo_obj(it);
}

Value mo_list_iter_reversed(Value list) { return list_reversed_iter(list); }

void mo_list_init(void) {
    mo_type_ready(&mo_list_type);
    mo_type_ready(&mo_list_iterator_type);
    mo_type_ready(&mo_list_reverseiterator_type);
}
