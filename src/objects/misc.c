// src/objects/misc.c — range, slice, and the iterator types of the builtins
// (enumerate, zip, map, filter, reversed); plus the small helpers the
// sequence types share (repr recursion guard, index arguments).
//
// range keeps start/stop/step as int Values (big ints allowed) and caches
// its length as int64 when it fits. Everything that the interpreter does in
// a loop (iteration, `in`, indexing) has an int64 fast path; the general
// path does int arithmetic through mo_binop and is only taken for ranges
// beyond int64.
//
// Slices resolve against a length with CPython's PySlice_GetIndicesEx rules
// (mo_slice_indices): None defaults depend on the sign of the step, indices
// are clamped, and a huge step is limited so that reversing cannot overflow.
//
// Read next: list.c and tuple.c, the main users of slices.
#include "objects/genericalias.h"
#include "objects/misc.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/union.h"
#include "runtime/error.h"
#include "runtime/gc.h"

// ------------------------------------------------------ shared helpers

// The objects whose repr is being computed, innermost last. They are also
// on the C stack of the repr functions, so the collector needs no root.
static Value *repr_stack;
static size_t repr_depth, repr_cap;

int mo_misc_repr_enter(Value v) {
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == v)
            return 1;
    if (repr_depth == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 16;
        Value *s = mo_mem_realloc(repr_stack, repr_cap * sizeof(Value), cap * sizeof(Value));
        if (!s)
            return -1;
        repr_stack = s;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = v;
    return 0;
}

void mo_misc_repr_leave(Value v) {
    // Leaves are properly nested, but search anyway so that a mismatched
    // leave cannot corrupt the stack.
    for (size_t i = repr_depth; i-- > 0;) {
        if (repr_stack[i] == v) {
            memmove(repr_stack + i, repr_stack + i + 1, (repr_depth - i - 1) * sizeof(Value));
            repr_depth--;
            return;
        }
    }
}

int mo_misc_index_arg(Value v, int64_t *out, TypeObject *overflow_exc) {
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return 1;
    }
    if (!mo_is_int(v) && !mo_type(v)->index)
        return 0;
    if (mo_index_i64(v, out) < 0) {
        // mo_index_i64 reports a too-big int as IndexError or
        // OverflowError; the caller knows which one CPython raises here.
        if (mo_err_matches(&mo_exc_OverflowError) || mo_err_matches(&mo_exc_IndexError)) {
            mo_err_clear();
            mo_err_format(overflow_exc, "cannot fit '%s' into an index-sized integer", mo_type_name(v));
        }
        return -1;
    }
    return 1;
}

bool mo_misc_has_reflected(Value other, int op) {
    TypeObject *t = mo_type(other);
    if (!(t->flags & MO_TPFLAG_HEAPTYPE))
        return false;
    const char *name = op == MO_OP_ADD ? "__radd__" : op == MO_OP_MUL ? "__rmul__" : NULL;
    if (!name)
        return false;
    Value s = mo_str_intern_cstr(name);
    if (s == V_ERR) {
        mo_err_clear();
        return false;
    }
    return mo_type_lookup(t, s) != MO_NULL;
}

static Value iter_self(Value self) { return self; }

// Interned attribute names used here, made on first use.
static Value intern(Value *slot, const char *s) {
    if (!*slot) {
        Value v = mo_str_intern_cstr(s);
        if (v == V_ERR)
            return V_ERR;
        *slot = v;
        mo_gc_add_root(slot);
    }
    return *slot;
}

// ----------------------------------------------------------------- slice

Value mo_slice_new(Value start, Value stop, Value step) {
    SliceObject *s = mo_gc_alloc(&mo_slice_type, sizeof(SliceObject));
    if (!s)
        return V_ERR;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return mo_obj(s);
}

// One bound of a slice as a clamped int64: None gives `dflt`.
static int slice_bound(Value v, int64_t dflt, int64_t *out) {
    if (v == MO_NONE) {
        *out = dflt;
        return 0;
    }
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return 0;
    }
    if (!mo_is_int(v) && !mo_type(v)->index) {
        mo_err_format(&mo_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return mo_index_clamped(v, out);
}

// Reads a slice's step/start/stop as int64, before clamping to a length.
static int slice_unpack(const SliceObject *s, int64_t *start, int64_t *stop, int64_t *step) {
    if (slice_bound(s->step, 1, step) < 0)
        return -1;
    if (*step == 0) {
        mo_err_format(&mo_exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    // So that -step cannot overflow.
    if (*step < -INT64_MAX)
        *step = -INT64_MAX;
    if (slice_bound(s->start, *step < 0 ? INT64_MAX : 0, start) < 0)
        return -1;
    if (slice_bound(s->stop, *step < 0 ? INT64_MIN : INT64_MAX, stop) < 0)
        return -1;
    return 0;
}

// Clamps start/stop to a sequence of `length` and returns the item count.
static int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (int64_t)(((uint64_t)*start - (uint64_t)*stop - 1) / (uint64_t)(-step) + 1);
    } else if (*start < *stop) {
        return (int64_t)(((uint64_t)*stop - (uint64_t)*start - 1) / (uint64_t)step + 1);
    }
    return 0;
}

int mo_slice_indices(Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step,
                     int64_t *slicelength) {
    const SliceObject *s = (const SliceObject *)mo_ptr(slice);
    // The common s[a:b] with small ints or None.
    if (s->step == MO_NONE && (s->start == MO_NONE || mo_is_smallint(s->start)) &&
        (s->stop == MO_NONE || mo_is_smallint(s->stop))) {
        *step = 1;
        *start = s->start == MO_NONE ? 0 : mo_smallint_val(s->start);
        *stop = s->stop == MO_NONE ? INT64_MAX : mo_smallint_val(s->stop);
    } else if (slice_unpack(s, start, stop, step) < 0) {
        return -1;
    }
    *slicelength = slice_adjust(length, start, stop, *step);
    return 0;
}

static Value slice_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames) > 0)
        return mo_err_format(&mo_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs == 0)
        return mo_err_format(&mo_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return mo_err_format(&mo_exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1)
        return mo_slice_new(MO_NONE, args[0], MO_NONE);
    return mo_slice_new(args[0], args[1], nargs == 3 ? args[2] : MO_NONE);
}

static Value slice_repr(Value self) {
    const SliceObject *s = (const SliceObject *)mo_ptr(self);
    return mo_str_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_richcompare(Value a, Value b, int op) {
    if (!mo_is_exact(a, &mo_slice_type) || !mo_is_exact(b, &mo_slice_type))
        return MO_NOTIMPL;
    const SliceObject *x = (const SliceObject *)mo_ptr(a), *y = (const SliceObject *)mo_ptr(b);
    Value ta = mo_tuple_pack(3, x->start, x->stop, x->step);
    if (ta == V_ERR)
        return V_ERR;
    Value tb = mo_tuple_pack(3, y->start, y->stop, y->step);
    if (tb == V_ERR)
        return V_ERR;
    return mo_tuple_compare_arrays(mo_tuple_items(ta), 3, mo_tuple_items(tb), 3, op);
}

static Value slice_get_start(Value self) { return ((SliceObject *)mo_ptr(self))->start; }
static Value slice_get_stop(Value self) { return ((SliceObject *)mo_ptr(self))->stop; }
static Value slice_get_step(Value self) { return ((SliceObject *)mo_ptr(self))->step; }

// One bound for slice_long_indices: None gives `dflt`; otherwise made an
// int, counted from the end when negative, and clamped to [lower, upper].
static Value long_bound(Value v, Value dflt, Value length, Value lower, Value upper) {
    if (v == MO_NONE)
        return dflt;
    if (!mo_is_int(v) && !mo_type(v)->index)
        return mo_err_format(&mo_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    Value i = mo_number_index(v);
    if (i == V_ERR)
        return V_ERR;
    if (mo_int_sign(i) < 0) {
        i = mo_binop(i, length, MO_OP_ADD);
        if (i == V_ERR)
            return V_ERR;
        return mo_int_cmp(i, lower) < 0 ? lower : i;
    }
    return mo_int_cmp(i, upper) > 0 ? upper : i;
}

// slice.indices() in int arithmetic, without limiting anything to int64
// (CPython's _PySlice_GetLongIndices). `length` is a non-negative int.
static int slice_long_indices(const SliceObject *s, Value length, Value *start, Value *stop, Value *step) {
    if (s->step == MO_NONE) {
        *step = mo_smallint(1);
    } else {
        if (!mo_is_int(s->step) && !mo_type(s->step)->index) {
            mo_err_format(&mo_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        *step = mo_number_index(s->step);
        if (*step == V_ERR)
            return -1;
        if (mo_int_sign(*step) == 0) {
            mo_err_format(&mo_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    bool negative = mo_int_sign(*step) < 0;
    Value lower = negative ? mo_smallint(-1) : mo_smallint(0);
    Value upper = negative ? mo_binop(length, mo_smallint(1), MO_OP_SUB) : length;
    if (upper == V_ERR)
        return -1;
    *start = long_bound(s->start, negative ? upper : lower, length, lower, upper);
    if (*start == V_ERR)
        return -1;
    *stop = long_bound(s->stop, negative ? lower : upper, length, lower, upper);
    return *stop == V_ERR ? -1 : 0;
}

static Value m_slice_indices(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("slice.indices", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value length = mo_number_index(args[0]);
    if (length == V_ERR)
        return V_ERR;
    if (mo_int_sign(length) < 0)
        return mo_err_format(&mo_exc_ValueError, "length should not be negative");
    Value start, stop, step;
    if (slice_long_indices((const SliceObject *)mo_ptr(self), length, &start, &stop, &step) < 0)
        return V_ERR;
    return mo_tuple_pack(3, start, stop, step);
}

static void slice_trace(Object *o) {
    SliceObject *s = (SliceObject *)o;
    mo_gc_mark(s->start);
    mo_gc_mark(s->stop);
    mo_gc_mark(s->step);
}

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef slice_methods[] = {
    {"indices", m_slice_indices, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_slice_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "slice",
    .base = &mo_object_type,
    .basicsize = sizeof(SliceObject),
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
    .trace = slice_trace,
    .methods = slice_methods,
    .getsets = slice_getsets,
};

// ----------------------------------------------------------------- range

#define RANGE(v) ((RangeObject *)mo_ptr(v))

static bool fits_i64(Value v, int64_t *out) {
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return true;
    }
    if (mo_int_to_i64(v, out) < 0) {
        mo_err_clear();
        return false;
    }
    return true;
}

// The length of range(start, stop, step) for int64 bounds; -1 when it does
// not fit in int64.
static int64_t length_i64(int64_t start, int64_t stop, int64_t step) {
    uint64_t n;
    if (step > 0 && start < stop)
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop)
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    else
        n = 0;
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

// The length as an int Value (general path).
static Value range_length_value(const RangeObject *r) {
    if (r->length >= 0)
        return mo_int_from_i64(r->length);
    // (hi - lo - 1) // |step| + 1, with lo, hi ordered by the step's sign.
    int sign = mo_int_sign(r->step);
    Value lo = sign > 0 ? r->start : r->stop, hi = sign > 0 ? r->stop : r->start;
    if (mo_int_cmp(lo, hi) >= 0)
        return mo_smallint(0);
    Value step = sign > 0 ? r->step : mo_unop(r->step, MO_UNOP_NEG);
    if (step == V_ERR)
        return V_ERR;
    Value d = mo_binop(hi, lo, MO_OP_SUB);
    if (d == V_ERR)
        return V_ERR;
    d = mo_binop(d, mo_smallint(1), MO_OP_SUB);
    if (d == V_ERR)
        return V_ERR;
    d = mo_binop(d, step, MO_OP_FLOORDIV);
    if (d == V_ERR)
        return V_ERR;
    return mo_binop(d, mo_smallint(1), MO_OP_ADD);
}

static Value make_range(Value start, Value stop, Value step) {
    RangeObject *r = mo_gc_alloc(&mo_range_type, sizeof(RangeObject));
    if (!r)
        return V_ERR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    int64_t a, b, c;
    if (fits_i64(start, &a) && fits_i64(stop, &b) && fits_i64(step, &c)) {
        r->length = length_i64(a, b, c);
    } else {
        r->length = -1;
        Value n = range_length_value(r);
        if (n == V_ERR)
            return V_ERR;
        int64_t len;
        if (fits_i64(n, &len))
            r->length = len;
    }
    return mo_obj(r);
}

Value mo_range_new(int64_t start, int64_t stop, int64_t step) {
    Value a = mo_int_from_i64(start), b = mo_int_from_i64(stop), c = mo_int_from_i64(step);
    if (a == V_ERR || b == V_ERR || c == V_ERR)
        return V_ERR;
    return make_range(a, b, c);
}

static Value as_index(Value v) {
    if (mo_is_smallint(v))
        return v;
    return mo_number_index(v);
}

static Value range_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames) > 0)
        return mo_err_format(&mo_exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 0)
        return mo_err_format(&mo_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return mo_err_format(&mo_exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    Value start = mo_smallint(0), stop, step = mo_smallint(1);
    if (nargs == 1) {
        stop = as_index(args[0]);
        if (stop == V_ERR)
            return V_ERR;
    } else {
        start = as_index(args[0]);
        if (start == V_ERR)
            return V_ERR;
        stop = as_index(args[1]);
        if (stop == V_ERR)
            return V_ERR;
        if (nargs == 3) {
            step = as_index(args[2]);
            if (step == V_ERR)
                return V_ERR;
            if (mo_int_sign(step) == 0)
                return mo_err_format(&mo_exc_ValueError, "range() arg 3 must not be zero");
        }
    }
    // Bools and int subclass instances become plain ints: range
    // attributes (and its repr) are exact ints.
    return make_range(mo_int_value(start), mo_int_value(stop), mo_int_value(step));
}

static Value range_repr(Value self) {
    RangeObject *r = RANGE(self);
    if (mo_is_smallint(r->step) && mo_smallint_val(r->step) == 1)
        return mo_str_format("range(%R, %R)", r->start, r->stop);
    return mo_str_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len(Value self) {
    RangeObject *r = RANGE(self);
    if (r->length >= 0)
        return r->length;
    mo_err_format(&mo_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_truth(Value self) {
    RangeObject *r = RANGE(self);
    if (r->length >= 0)
        return r->length != 0;
    return 1;   // a length beyond int64 is not zero
}

// start + i * step for an int Value i.
static Value range_item_value(const RangeObject *r, Value i) {
    Value t = mo_binop(i, r->step, MO_OP_MUL);
    if (t == V_ERR)
        return V_ERR;
    return mo_binop(r->start, t, MO_OP_ADD);
}

static Value range_item_i64(const RangeObject *r, int64_t i) {
    int64_t a, c;
    if (mo_is_smallint(r->start) && mo_is_smallint(r->step)) {
        a = mo_smallint_val(r->start);
        c = mo_smallint_val(r->step);
        __int128 v = (__int128)a + (__int128)i * c;
        if (v >= INT64_MIN && v <= INT64_MAX)
            return mo_int_from_i64((int64_t)v);
    }
    Value iv = mo_int_from_i64(i);
    if (iv == V_ERR)
        return V_ERR;
    return range_item_value(r, iv);
}

static Value range_slice(Value self, Value slice) {
    RangeObject *r = RANGE(self);
    Value len = range_length_value(r);
    if (len == V_ERR)
        return V_ERR;
    // The slice's indices into this range, then the items they name: the
    // new range starts at item `start`, stops at item `stop`, and steps
    // over `step` items.
    Value start, stop, step;
    if (slice_long_indices((const SliceObject *)mo_ptr(slice), len, &start, &stop, &step) < 0)
        return V_ERR;
    Value nstart = range_item_value(r, start);
    if (nstart == V_ERR)
        return V_ERR;
    Value nstop = range_item_value(r, stop);
    if (nstop == V_ERR)
        return V_ERR;
    Value nstep = mo_binop(r->step, step, MO_OP_MUL);
    if (nstep == V_ERR)
        return V_ERR;
    return make_range(nstart, nstop, nstep);
}

static Value range_subscript(Value self, Value key) {
    RangeObject *r = RANGE(self);
    if (mo_is_exact(key, &mo_slice_type))
        return range_slice(self, key);
    if (!mo_is_int(key) && !mo_type(key)->index)
        return mo_err_format(&mo_exc_TypeError, "range indices must be integers or slices, not %T", key);
    int64_t i;
    if (r->length >= 0) {
        int rc = mo_misc_index_arg(key, &i, &mo_exc_IndexError);
        if (rc < 0) {
            if (mo_err_matches(&mo_exc_IndexError)) {
                mo_err_clear();
                return mo_err_format(&mo_exc_IndexError, "range object index out of range");
            }
            return V_ERR;
        }
        if (i < 0)
            i += r->length;
        if (i < 0 || i >= r->length)
            return mo_err_format(&mo_exc_IndexError, "range object index out of range");
        return range_item_i64(r, i);
    }
    // A range longer than int64: index with int arithmetic.
    Value iv = mo_number_index(key);
    if (iv == V_ERR)
        return V_ERR;
    Value len = range_length_value(r);
    if (len == V_ERR)
        return V_ERR;
    if (mo_int_sign(iv) < 0) {
        iv = mo_binop(iv, len, MO_OP_ADD);
        if (iv == V_ERR)
            return V_ERR;
    }
    if (mo_int_sign(iv) < 0 || mo_int_cmp(iv, len) >= 0)
        return mo_err_format(&mo_exc_IndexError, "range object index out of range");
    return range_item_value(r, iv);
}

// For an int x: 1 if x is in the range, 0 if not, -1 on error; and its
// position in *index when found (as an int Value).
static int range_find_int(const RangeObject *r, Value x, Value *index) {
    int64_t xv, a, b, c;
    if (fits_i64(x, &xv) && mo_is_smallint(r->start) && mo_is_smallint(r->stop) && mo_is_smallint(r->step)) {
        a = mo_smallint_val(r->start);
        b = mo_smallint_val(r->stop);
        c = mo_smallint_val(r->step);
        bool in = c > 0 ? (xv >= a && xv < b) : (xv <= a && xv > b);
        if (!in || (xv - a) % c != 0)
            return 0;
        if (index)
            *index = mo_int_from_i64((xv - a) / c);
        return 1;
    }
    int sign = mo_int_sign(r->step);
    int lo = mo_int_cmp(x, r->start), hi = mo_int_cmp(x, r->stop);
    bool in = sign > 0 ? (lo >= 0 && hi < 0) : (lo <= 0 && hi > 0);
    if (!in)
        return 0;
    Value d = mo_binop(x, r->start, MO_OP_SUB);
    if (d == V_ERR)
        return -1;
    Value m = mo_binop(d, r->step, MO_OP_MOD);
    if (m == V_ERR)
        return -1;
    if (mo_int_sign(m) != 0)
        return 0;
    if (index) {
        *index = mo_binop(d, r->step, MO_OP_FLOORDIV);
        if (*index == V_ERR)
            return -1;
    }
    return 1;
}

static bool is_exact_int(Value v) {
    return mo_is_smallint(v) || mo_is_bool(v) || mo_is_exact(v, &mo_int_type);
}

static Value range_iter(Value self);

// Linear search for non-int items (3.0 in range(5) is True).
static int range_search(Value self, Value x, int64_t *pos) {
    Value it = range_iter(self);
    if (it == V_ERR)
        return -1;
    for (int64_t i = 0;; i++) {
        Value v = mo_next(it);
        if (v == MO_NULL)
            return mo_err_occurred() ? -1 : 0;
        if (v == V_ERR)
            return -1;
        int r = mo_eq(v, x);
        if (r != 0) {
            *pos = i;
            return r;
        }
    }
}

static int range_contains(Value self, Value x) {
    if (is_exact_int(x))
        return range_find_int(RANGE(self), x, NULL);
    int64_t pos;
    return range_search(self, x, &pos);
}

static Value range_richcompare(Value a, Value b, int op) {
    if (!mo_is_exact(a, &mo_range_type) || !mo_is_exact(b, &mo_range_type) ||
        (op != MO_CMP_EQ && op != MO_CMP_NE))
        return MO_NOTIMPL;
    RangeObject *x = RANGE(a), *y = RANGE(b);
    int eq;
    if (x == y) {
        eq = 1;
    } else {
        Value lx = range_length_value(x), ly = range_length_value(y);
        if (lx == V_ERR || ly == V_ERR)
            return V_ERR;
        if (mo_int_cmp(lx, ly) != 0)
            eq = 0;
        else if (mo_int_sign(lx) == 0)
            eq = 1;
        else if (mo_int_cmp(x->start, y->start) != 0)
            eq = 0;
        else if (mo_is_smallint(lx) && mo_smallint_val(lx) == 1)
            eq = 1;
        else
            eq = mo_int_cmp(x->step, y->step) == 0;
    }
    return mo_bool(op == MO_CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Value self) {
    // Equal ranges hash alike: hash((len, start, step)) with the parts that
    // do not matter for short ranges replaced by None.
    RangeObject *r = RANGE(self);
    Value len = range_length_value(r);
    if (len == V_ERR)
        return -1;
    Value t;
    if (mo_int_sign(len) == 0)
        t = mo_tuple_pack(3, len, MO_NONE, MO_NONE);
    else if (mo_is_smallint(len) && mo_smallint_val(len) == 1)
        t = mo_tuple_pack(3, len, r->start, MO_NONE);
    else
        t = mo_tuple_pack(3, len, r->start, r->step);
    if (t == V_ERR)
        return -1;
    return mo_hash(t);
}

static Value range_get_start(Value self) { return RANGE(self)->start; }
static Value range_get_stop(Value self) { return RANGE(self)->stop; }
static Value range_get_step(Value self) { return RANGE(self)->step; }

static Value m_range_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("range.count", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (is_exact_int(args[0])) {
        int r = range_find_int(RANGE(self), args[0], NULL);
        return r < 0 ? V_ERR : mo_smallint(r);
    }
    Value it = range_iter(self);
    if (it == V_ERR)
        return V_ERR;
    int64_t count = 0;
    for (;;) {
        Value v = mo_next(it);
        if (v == MO_NULL)
            break;
        if (v == V_ERR)
            return V_ERR;
        int r = mo_eq(v, args[0]);
        if (r < 0)
            return V_ERR;
        count += r;
    }
    return mo_err_occurred() ? V_ERR : mo_int_from_i64(count);
}

static Value m_range_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("range.index", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (is_exact_int(args[0])) {
        Value index;
        int r = range_find_int(RANGE(self), args[0], &index);
        if (r < 0)
            return V_ERR;
        if (r)
            return index;
    } else {
        int64_t pos;
        int r = range_search(self, args[0], &pos);
        if (r < 0)
            return V_ERR;
        if (r)
            return mo_int_from_i64(pos);
        return mo_err_format(&mo_exc_ValueError, "sequence.index(x): x not in sequence");
    }
    return mo_err_format(&mo_exc_ValueError, "%R is not in range", args[0]);
}

static Value range_reversed(Value self);

static Value m_range_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("range.__reversed__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return range_reversed(self);
}

static void range_trace(Object *o) {
    RangeObject *r = (RangeObject *)o;
    mo_gc_mark(r->start);
    mo_gc_mark(r->stop);
    mo_gc_mark(r->step);
}

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef range_methods[] = {
    {"count", m_range_count, 0, NULL},
    {"index", m_range_index, 0, NULL},
    {"__reversed__", m_range_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_range_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "range",
    .base = &mo_object_type,
    .basicsize = sizeof(RangeObject),
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .truth = range_truth,
    .new_ = range_new,
    .trace = range_trace,
    .methods = range_methods,
    .getsets = range_getsets,
};

// ---------------------------------------------------------- range iterators

static Value rangeiter_next(Value self) {
    RangeIterObject *it = (RangeIterObject *)mo_ptr(self);
    if (it->remaining <= 0)
        return MO_NULL;
    int64_t v = it->next;
    it->remaining--;
    // The step past the last item may leave int64: only advance when
    // another item follows.
    if (it->remaining > 0)
        it->next = v + it->step;
    return mo_smallint_fits(v) ? mo_smallint(v) : mo_int_from_i64(v);
}

static Value rangeiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    RangeIterObject *it = (RangeIterObject *)mo_ptr(self);
    return mo_int_from_i64(it->remaining > 0 ? it->remaining : 0);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_range_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "range_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(RangeIterObject),
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

// Ranges beyond int64 iterate with int Values.
typedef struct LongRangeIterObject {
    Object hdr;
    Value next, step, remaining;
} LongRangeIterObject;

static Value longrangeiter_next(Value self) {
    LongRangeIterObject *it = (LongRangeIterObject *)mo_ptr(self);
    if (mo_int_sign(it->remaining) <= 0)
        return MO_NULL;
    Value v = it->next;
    Value rem = mo_binop(it->remaining, mo_smallint(1), MO_OP_SUB);
    if (rem == V_ERR)
        return V_ERR;
    Value next = mo_binop(v, it->step, MO_OP_ADD);
    if (next == V_ERR)
        return V_ERR;
    it->remaining = rem;
    it->next = next;
    return v;
}

static void longrangeiter_trace(Object *o) {
    LongRangeIterObject *it = (LongRangeIterObject *)o;
    mo_gc_mark(it->next);
    mo_gc_mark(it->step);
    mo_gc_mark(it->remaining);
}

static Value longrangeiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    return ((LongRangeIterObject *)mo_ptr(self))->remaining;
}

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_longrange_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "longrange_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(LongRangeIterObject),
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .trace = longrangeiter_trace,
    .methods = longrangeiter_methods,
};

static Value make_range_iter(Value first, Value step, Value len) {
    int64_t a, c, n;
    // The fast iterator needs every item, up to the last one, in int64.
    if (fits_i64(first, &a) && fits_i64(step, &c) && fits_i64(len, &n) &&
        (n == 0 || ((__int128)a + (__int128)(n - 1) * c >= INT64_MIN &&
                    (__int128)a + (__int128)(n - 1) * c <= INT64_MAX))) {
        RangeIterObject *it = mo_gc_alloc(&mo_range_iterator_type, sizeof(RangeIterObject));
        if (!it)
            return V_ERR;
        it->next = a;
        it->step = c;
        it->remaining = n;
        return mo_obj(it);
    }
    LongRangeIterObject *it = mo_gc_alloc(&mo_longrange_iterator_type, sizeof(LongRangeIterObject));
    if (!it)
        return V_ERR;
    it->next = first;
    it->step = step;
    it->remaining = len;
    return mo_obj(it);
}

static Value range_iter(Value self) {
    RangeObject *r = RANGE(self);
    if (r->length >= 0 && mo_is_smallint(r->start) && mo_is_smallint(r->stop) && mo_is_smallint(r->step)) {
        // Items lie between start and stop: all small ints.
        RangeIterObject *it = mo_gc_alloc(&mo_range_iterator_type, sizeof(RangeIterObject));
        if (!it)
            return V_ERR;
        it->next = mo_smallint_val(r->start);
        it->step = mo_smallint_val(r->step);
        it->remaining = r->length;
        return mo_obj(it);
    }
    Value len = range_length_value(r);
    if (len == V_ERR)
        return V_ERR;
    return make_range_iter(r->start, r->step, len);
}

static Value range_reversed(Value self) {
    RangeObject *r = RANGE(self);
    Value len = range_length_value(r);
    if (len == V_ERR)
        return V_ERR;
    // Last item: start + (len - 1) * step; then walk with -step.
    Value last = r->start;
    if (mo_int_sign(len) > 0) {
        Value lm1 = mo_binop(len, mo_smallint(1), MO_OP_SUB);
        if (lm1 == V_ERR)
            return V_ERR;
        last = range_item_value(r, lm1);
        if (last == V_ERR)
            return V_ERR;
    }
    Value neg = mo_unop(r->step, MO_UNOP_NEG);
    if (neg == V_ERR)
        return V_ERR;
    return make_range_iter(last, neg, len);
}

// -------------------------------------------------------------- enumerate

typedef struct EnumerateObject {
    Object hdr;
    Value iter;
    Value count;    // the next index, an int
} EnumerateObject;

static Value enumerate_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    // CPython's wording for enumerate's argument errors is its own.
    Value a[2] = {nargs > 0 ? args[0] : MO_NULL, nargs > 1 ? args[1] : MO_NULL};
    size_t nkw = mo_args_nkw(kwnames);
    if (nargs + nkw > 2)
        return mo_err_format(&mo_exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
    for (size_t i = 0; i < nkw; i++) {
        Value name = mo_tuple_items(kwnames)[i];
        int which = mo_str_eq_cstr(name, "iterable") ? 0 : mo_str_eq_cstr(name, "start") ? 1 : -1;
        if (which < 0)
            return mo_err_format(&mo_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", name);
        if (a[which] != MO_NULL)
            return mo_err_format(&mo_exc_TypeError, "argument for enumerate() given by name ('%U') and position (%d)",
                                 name, which + 1);
        a[which] = args[nargs + i];
    }
    if (a[0] == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "enumerate() missing required argument 'iterable'");
    Value count = mo_smallint(0);
    if (a[1] != MO_NULL) {
        count = as_index(a[1]);
        if (count == V_ERR)
            return V_ERR;
        // Bools and int subclass instances count as plain ints.
        count = mo_int_value(count);
    }
    Value it = mo_iter(a[0]);
    if (it == V_ERR)
        return V_ERR;
    EnumerateObject *e = mo_gc_alloc(type, type->basicsize);
    if (!e)
        return V_ERR;
    e->iter = it;
    e->count = count;
    return mo_obj(e);
}

static Value enumerate_next(Value self) {
    EnumerateObject *e = (EnumerateObject *)mo_ptr(self);
    Value item = mo_next(e->iter);
    if (item == MO_NULL || item == V_ERR)
        return item;
    Value index = e->count;
    Value next;
    if (mo_is_smallint(index) && mo_smallint_val(index) < MO_SMALLINT_MAX)
        next = mo_smallint(mo_smallint_val(index) + 1);
    else if ((next = mo_binop(index, mo_smallint(1), MO_OP_ADD)) == V_ERR)
        return V_ERR;
    e->count = next;
    return mo_tuple_pack(2, index, item);
}

static void enumerate_trace(Object *o) {
    EnumerateObject *e = (EnumerateObject *)o;
    mo_gc_mark(e->iter);
    mo_gc_mark(e->count);
}

// cls[item] for the built-in generic classes (list[int], dict[str, int]):
// a types.GenericAlias.
Value mo_misc_class_getitem(Value cls, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__class_getitem__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_generic_alias_new(cls, args[0]);
}

static const MethodDef enumerate_methods[] = {
    {"__class_getitem__", mo_misc_class_getitem, MO_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_enumerate_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "enumerate",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(EnumerateObject),
    .iter = iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
    .trace = enumerate_trace,
    .methods = enumerate_methods,
};

// -------------------------------------------------------------------- zip

typedef struct ZipObject {
    Object hdr;
    Value iters;    // tuple of iterators; MO_NULL once exhausted
    bool strict;
} ZipObject;

static Value zip_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    bool strict = false;
    size_t nkw = mo_args_nkw(kwnames);
    if (nkw > 1)
        return mo_err_format(&mo_exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)", nkw);
    if (nkw == 1) {
        Value name = mo_tuple_items(kwnames)[0];
        if (!mo_str_eq_cstr(name, "strict"))
            return mo_err_format(&mo_exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
        int t = mo_truth(args[nargs]);
        if (t < 0)
            return V_ERR;
        strict = t;
    }
    Value iters = mo_tuple_new(nargs);
    if (iters == V_ERR)
        return V_ERR;
    for (size_t i = 0; i < nargs; i++) {
        Value it = mo_iter(args[i]);
        if (it == V_ERR)
            return V_ERR;
        mo_tuple_items(iters)[i] = it;
    }
    ZipObject *z = mo_gc_alloc(type, type->basicsize);
    if (!z)
        return V_ERR;
    z->iters = iters;
    z->strict = strict;
    return mo_obj(z);
}

static Value zip_next(Value self) {
    ZipObject *z = (ZipObject *)mo_ptr(self);
    if (z->iters == MO_NULL)
        return MO_NULL;
    int64_t n = mo_tuple_size(z->iters);
    if (n == 0)
        return MO_NULL;
    Value result = mo_tuple_new((size_t)n);
    if (result == V_ERR)
        return V_ERR;
    for (int64_t i = 0; i < n; i++) {
        Value item = mo_next(mo_tuple_items(z->iters)[i]);
        if (item == V_ERR)
            return V_ERR;
        if (item != MO_NULL) {
            mo_tuple_items(result)[i] = item;
            continue;
        }
        // Iterator i is exhausted.
        Value iters = z->iters;
        z->iters = MO_NULL;
        if (!z->strict)
            return MO_NULL;
        if (i > 0)
            return mo_err_format(&mo_exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                                 (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
        for (int64_t k = 1; k < n; k++) {
            Value extra = mo_next(mo_tuple_items(iters)[k]);
            if (extra == V_ERR)
                return V_ERR;
            if (extra != MO_NULL)
                return mo_err_format(&mo_exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                                     (long long)(k + 1), k == 1 ? " " : "s 1-", (long long)k);
        }
        return MO_NULL;
    }
    return result;
}

static void zip_trace(Object *o) { mo_gc_mark(((ZipObject *)o)->iters); }

TypeObject mo_zip_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "zip",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(ZipObject),
    .iter = iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
    .trace = zip_trace,
};

// -------------------------------------------------------------------- map

typedef struct MapObject {
    Object hdr;
    Value func;
    Value iters;    // tuple of iterators
} MapObject;

static Value map_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames) > 0)
        return mo_err_format(&mo_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return mo_err_format(&mo_exc_TypeError, "map() must have at least two arguments.");
    Value iters = mo_tuple_new(nargs - 1);
    if (iters == V_ERR)
        return V_ERR;
    for (size_t i = 1; i < nargs; i++) {
        Value it = mo_iter(args[i]);
        if (it == V_ERR)
            return V_ERR;
        mo_tuple_items(iters)[i - 1] = it;
    }
    MapObject *m = mo_gc_alloc(type, type->basicsize);
    if (!m)
        return V_ERR;
    m->func = args[0];
    m->iters = iters;
    return mo_obj(m);
}

static Value map_next(Value self) {
    MapObject *m = (MapObject *)mo_ptr(self);
    int64_t n = mo_tuple_size(m->iters);
    if (n == 1) {
        Value item = mo_next(mo_tuple_items(m->iters)[0]);
        if (item == MO_NULL || item == V_ERR)
            return item;
        return mo_call1(m->func, item);
    }
    Value small[8];
    Value argt = MO_NULL;
    Value *argv = small;
    if (n > 8) {
        // Arguments live in a tuple so the collector sees them.
        argt = mo_tuple_new((size_t)n);
        if (argt == V_ERR)
            return V_ERR;
        argv = mo_tuple_items(argt);
    }
    for (int64_t i = 0; i < n; i++) {
        Value item = mo_next(mo_tuple_items(m->iters)[i]);
        if (item == MO_NULL || item == V_ERR)
            return item;
        argv[i] = item;
    }
    return mo_call(m->func, argv, (size_t)n, MO_NULL);
}

static void map_trace(Object *o) {
    MapObject *m = (MapObject *)o;
    mo_gc_mark(m->func);
    mo_gc_mark(m->iters);
}

TypeObject mo_map_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "map",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(MapObject),
    .iter = iter_self,
    .iternext = map_next,
    .new_ = map_new,
    .trace = map_trace,
};

// ----------------------------------------------------------------- filter

typedef struct FilterObject {
    Object hdr;
    Value func;     // None: keep true items
    Value iter;
} FilterObject;

static Value filter_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames) > 0)
        return mo_err_format(&mo_exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2)
        return mo_err_format(&mo_exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    Value it = mo_iter(args[1]);
    if (it == V_ERR)
        return V_ERR;
    FilterObject *f = mo_gc_alloc(type, type->basicsize);
    if (!f)
        return V_ERR;
    f->func = args[0];
    f->iter = it;
    return mo_obj(f);
}

static Value filter_next(Value self) {
    FilterObject *f = (FilterObject *)mo_ptr(self);
    // filter(bool, xs) is filter(None, xs).
    bool plain = f->func == MO_NONE || f->func == mo_obj(&mo_bool_type);
    for (;;) {
        Value item = mo_next(f->iter);
        if (item == MO_NULL || item == V_ERR)
            return item;
        Value test = item;
        if (!plain) {
            test = mo_call1(f->func, item);
            if (test == V_ERR)
                return V_ERR;
        }
        int t = mo_truth(test);
        if (t < 0)
            return V_ERR;
        if (t)
            return item;
    }
}

static void filter_trace(Object *o) {
    FilterObject *f = (FilterObject *)o;
    mo_gc_mark(f->func);
    mo_gc_mark(f->iter);
}

TypeObject mo_filter_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "filter",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(FilterObject),
    .iter = iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
    .trace = filter_trace,
};

// --------------------------------------------------------------- reversed

// The sequence protocol walked backwards: seq[len - 1], ..., seq[0].
typedef struct ReversedObject {
    Object hdr;
    Value seq;      // MO_NULL once exhausted
    int64_t index;
} ReversedObject;

static Value name_reversed;

static Value reversed_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames) > 0)
        return mo_err_format(&mo_exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1)
        return mo_err_format(&mo_exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    if (type == &mo_reversed_type) {
        // The built-in containers have their own reverse iterators.
        if (mo_is_exact(seq, &mo_list_type))
            return mo_list_iter_reversed(seq);
        if (mo_is_exact(seq, &mo_range_type))
            return range_reversed(seq);
        if (mo_is_exact(seq, &mo_dict_type))
            return mo_dict_iter_reversed(seq);
    }
    Value name = intern(&name_reversed, "__reversed__");
    if (name == V_ERR)
        return V_ERR;
    Value meth = mo_type_lookup(mo_type(seq), name);
    if (meth == MO_NONE)
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not reversible", mo_type_name(seq));
    if (meth != MO_NULL)
        return mo_call_method(seq, name, NULL, 0, MO_NULL);
    if (!mo_type(seq)->getitem || mo_is_dict(seq))
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not reversible", mo_type_name(seq));
    int64_t n = mo_len(seq);
    if (n < 0)
        return V_ERR;
    ReversedObject *r = mo_gc_alloc(type, type->basicsize);
    if (!r)
        return V_ERR;
    r->seq = seq;
    r->index = n - 1;
    return mo_obj(r);
}

static Value reversed_next(Value self) {
    ReversedObject *r = (ReversedObject *)mo_ptr(self);
    if (r->seq == MO_NULL)
        return MO_NULL;
    if (r->index >= 0) {
        Value item = mo_getitem(r->seq, mo_int_from_i64(r->index));
        if (item != V_ERR) {
            r->index--;
            return item;
        }
        if (!mo_err_matches(&mo_exc_IndexError) && !mo_err_matches(&mo_exc_StopIteration))
            return V_ERR;
        mo_err_clear();
    }
    r->seq = MO_NULL;
    r->index = -1;
    return MO_NULL;
}

static Value reversed_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    ReversedObject *r = (ReversedObject *)mo_ptr(self);
    if (r->seq == MO_NULL)
        return mo_smallint(0);
    int64_t n = mo_len(r->seq);
    if (n < 0)
        return V_ERR;
    return mo_int_from_i64(n < r->index + 1 ? 0 : r->index + 1);
}

static void reversed_trace(Object *o) { mo_gc_mark(((ReversedObject *)o)->seq); }

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_reversed_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "reversed",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(ReversedObject),
    .iter = iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .trace = reversed_trace,
    .methods = reversed_methods,
};

void mo_misc_init(void) {
    mo_union_init();
    mo_generic_alias_init();
    mo_type_ready(&mo_slice_type);
    mo_type_ready(&mo_range_type);
    mo_type_ready(&mo_range_iterator_type);
    mo_type_ready(&mo_longrange_iterator_type);
    mo_type_ready(&mo_enumerate_type);
    mo_type_ready(&mo_zip_type);
    mo_type_ready(&mo_map_type);
    mo_type_ready(&mo_filter_type);
    mo_type_ready(&mo_reversed_type);
}
