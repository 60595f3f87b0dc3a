// src/objects/tuple.c — `tuple` and its iterator.
//
// Items live inline after the header (tuple.h). A tuple is immutable once
// filled, so its hash is computed once and cached in `hash` (-1: not yet).
// The empty tuple is one static object, `mo_tuple_empty`; mo_tuple_new(0)
// returns it.
//
// Subclass instances have the same layout, but their `hash` field is the
// instance's __dict__ slot (tuple's basicsize is set so that a subclass's
// dictoffset lands there), so only exact tuples cache their hash.
//
// The hash is CPython's (an xxHash-style mix of the items' hashes), so
// hash((1, 2)) and the iteration order of sets of tuples match CPython.
//
// Read next: list.c (the mutable sequence; most algorithms are shared in
// spirit), misc.c (slices and index arguments).
#include "objects/tuple.h"

#include <stdarg.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

static TupleObject empty_tuple = {
    .hdr = MO_STATIC_HEADER(&mo_tuple_type),
    .size = 0,
    .hash = -1,
};

Value mo_tuple_empty;

// The largest tuple we agree to make (keeps size arithmetic far from
// overflow; more would not fit in memory anyway).
#define MAX_TUPLE ((int64_t)1 << 56)

static TupleObject *alloc_tuple(TypeObject *type, size_t n) {
    if ((int64_t)n >= MAX_TUPLE) {
        mo_err_no_memory();
        return NULL;
    }
    TupleObject *t = mo_gc_alloc(type, sizeof(TupleObject) + n * sizeof(Value));
    if (!t)
        return NULL;
    t->size = (int64_t)n;
    // In an instance of a subclass, `hash` is the __dict__ slot (see the
    // type's basicsize below): it stays zero, "no dict yet".
    if (type == &mo_tuple_type)
        t->hash = -1;
    return t;
}

Value mo_tuple_new(size_t n) {
    if (n == 0)
        return mo_obj(&empty_tuple);
    TupleObject *t = alloc_tuple(&mo_tuple_type, n);
    return t ? mo_obj(t) : V_ERR;
}

Value mo_tuple_from_array(const Value *items, size_t n) {
    Value t = mo_tuple_new(n);
    if (t == V_ERR)
        return V_ERR;
    if (n)
        memcpy(mo_tuple_items(t), items, n * sizeof(Value));
    return t;
}

Value mo_tuple_pack(size_t n, ...) {
    Value t = mo_tuple_new(n);
    if (t == V_ERR)
        return V_ERR;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        mo_tuple_items(t)[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

// ------------------------------------------------------------------ slots

static Value tuple_repr(Value self) {
    int64_t n = mo_tuple_size(self);
    if (n == 0)
        return mo_str_from_cstr("()");
    int r = mo_misc_repr_enter(self);
    if (r != 0)
        return r < 0 ? V_ERR : mo_str_from_cstr("(...)");
    StrBuf b = STRBUF_INIT;
    mo_strbuf_putc(&b, '(');
    for (int64_t i = 0; i < n; i++) {
        Value s = mo_repr(mo_tuple_items(self)[i]);
        if (s == V_ERR) {
            mo_misc_repr_leave(self);
            mo_strbuf_free(&b);
            return V_ERR;
        }
        if (i > 0)
            mo_strbuf_puts(&b, ", ");
        mo_strbuf_append(&b, mo_str_data(s), (size_t)mo_str_size(s));
    }
    mo_strbuf_puts(&b, n == 1 ? ",)" : ")");
    mo_misc_repr_leave(self);
    return mo_str_from_strbuf(&b);
}

// The xxHash-derived primes and rotation CPython uses for tuples.
#define XXPRIME_1 11400714785074694791ull
#define XXPRIME_2 14029467366897019727ull
#define XXPRIME_5 2870177450012600261ull
static inline uint64_t xxrotate(uint64_t x) { return (x << 31) | (x >> 33); }

static int64_t tuple_hash(Value self) {
    TupleObject *t = mo_tuple_obj(self);
    bool exact = t->hdr.type == &mo_tuple_type;
    if (exact && t->hash != -1)
        return t->hash;
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->size; i++) {
        Value item = t->items[i];
        int64_t h;
        if (mo_is_smallint(item)) {
            h = mo_smallint_val(item);
            if (h == -1)
                h = -2;
        } else {
            h = mo_hash(item);
            if (h == -1)
                return -1;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = xxrotate(acc);
        acc *= XXPRIME_1;
    }
    // The length is mixed in with a constant chosen so hash(()) keeps its
    // historical value.
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539ull);
    if (acc == (uint64_t)-1)
        acc = 1546275796;
    if (exact)
        t->hash = (int64_t)acc;
    return (int64_t)acc;
}

// Lexicographic comparison shared with list: the first pair of items that
// differ decides, else the lengths do. Returns any value (the result of the
// deciding item comparison) or V_ERR.
Value mo_tuple_compare_arrays(const Value *a, int64_t na, const Value *b, int64_t nb, int op) {
    int64_t i;
    for (i = 0; i < na && i < nb; i++) {
        if (a[i] == b[i])
            continue;
        int r = mo_eq(a[i], b[i]);
        if (r < 0)
            return V_ERR;
        if (!r)
            break;
    }
    if (i >= na || i >= nb) {
        bool res;
        switch (op) {
        case MO_CMP_LT: res = na < nb; break;
        case MO_CMP_LE: res = na <= nb; break;
        case MO_CMP_EQ: res = na == nb; break;
        case MO_CMP_NE: res = na != nb; break;
        case MO_CMP_GT: res = na > nb; break;
        default: res = na >= nb; break;
        }
        return mo_bool(res);
    }
    if (op == MO_CMP_EQ)
        return MO_FALSE;
    if (op == MO_CMP_NE)
        return MO_TRUE;
    return mo_richcompare(a[i], b[i], op);
}

static Value tuple_richcompare(Value a, Value b, int op) {
    if (!mo_is_tuple(a) || !mo_is_tuple(b))
        return MO_NOTIMPL;
    return mo_tuple_compare_arrays(mo_tuple_items(a), mo_tuple_size(a), mo_tuple_items(b),
                                   mo_tuple_size(b), op);
}

static int64_t tuple_len(Value self) { return mo_tuple_size(self); }

static Value tuple_slice(Value self, Value slice) {
    int64_t start, stop, step, n;
    if (mo_slice_indices(slice, mo_tuple_size(self), &start, &stop, &step, &n) < 0)
        return V_ERR;
    if (n == mo_tuple_size(self) && step == 1 && mo_is_exact(self, &mo_tuple_type))
        return self;
    Value r = mo_tuple_new((size_t)n);
    if (r == V_ERR)
        return V_ERR;
    const Value *src = mo_tuple_items(self);
    Value *dst = mo_tuple_items(r);
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        dst[i] = src[j];
    return r;
}

static Value tuple_subscript(Value self, Value key) {
    int64_t i;
    if (mo_is_smallint(key)) {
        i = mo_smallint_val(key);
    } else if (mo_is_exact(key, &mo_slice_type)) {
        return tuple_slice(self, key);
    } else {
        int r = mo_misc_index_arg(key, &i, &mo_exc_IndexError);
        if (r < 0)
            return V_ERR;
        if (r == 0)
            return mo_err_format(&mo_exc_TypeError, "tuple indices must be integers or slices, not %T", key);
    }
    int64_t n = mo_tuple_size(self);
    if (i < 0)
        i += n;
    if ((uint64_t)i >= (uint64_t)n)
        return mo_err_format(&mo_exc_IndexError, "tuple index out of range");
    return mo_tuple_items(self)[i];
}

static int tuple_contains(Value self, Value x) {
    int64_t n = mo_tuple_size(self);
    for (int64_t i = 0; i < n; i++) {
        int r = mo_eq(mo_tuple_items(self)[i], x);
        if (r != 0)
            return r;
    }
    return 0;
}

// t * n for an int-like n (either operand order).
static Value tuple_repeat(Value t, Value count) {
    int64_t n;
    if (mo_misc_index_arg(count, &n, &mo_exc_OverflowError) < 0)
        return V_ERR;
    int64_t size = mo_tuple_size(t);
    if (n <= 0 || size == 0)
        return mo_tuple_new(0);
    if (n == 1 && mo_is_exact(t, &mo_tuple_type))
        return t;
    if (n > MAX_TUPLE / size)
        return mo_err_no_memory();
    Value r = mo_tuple_new((size_t)(size * n));
    if (r == V_ERR)
        return V_ERR;
    Value *dst = mo_tuple_items(r);
    for (int64_t k = 0; k < n; k++)
        memcpy(dst + k * size, mo_tuple_items(t), (size_t)size * sizeof(Value));
    return r;
}

static Value tuple_binop(Value a, Value b, int op) {
    op &= ~MO_OP_INPLACE;
    if (op == MO_OP_ADD) {
        if (!mo_is_tuple(a))
            return MO_NOTIMPL;
        if (!mo_is_tuple(b)) {
            if (mo_misc_has_reflected(b, MO_OP_ADD))
                return MO_NOTIMPL;
            return mo_err_format(&mo_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                                 mo_type_name(b));
        }
        int64_t na = mo_tuple_size(a), nb = mo_tuple_size(b);
        if (nb == 0 && mo_is_exact(a, &mo_tuple_type))
            return a;
        if (na == 0 && mo_is_exact(b, &mo_tuple_type))
            return b;
        Value r = mo_tuple_new((size_t)(na + nb));
        if (r == V_ERR)
            return V_ERR;
        memcpy(mo_tuple_items(r), mo_tuple_items(a), (size_t)na * sizeof(Value));
        memcpy(mo_tuple_items(r) + na, mo_tuple_items(b), (size_t)nb * sizeof(Value));
        return r;
    }
    if (op == MO_OP_MUL) {
        Value seq = a, count = b;
        if (!mo_is_tuple(a)) {
            seq = b;
            count = a;
        }
        if (!mo_is_int(count) && !mo_type(count)->index) {
            if (mo_misc_has_reflected(count, MO_OP_MUL))
                return MO_NOTIMPL;
            return mo_err_format(&mo_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 mo_type_name(count));
        }
        return tuple_repeat(seq, count);
    }
    return MO_NOTIMPL;
}

static void tuple_trace(Object *o) {
    TupleObject *t = (TupleObject *)o;
    mo_gc_mark_array(t->items, (size_t)t->size);
}

static Value tuple_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames) > 0)
        return mo_err_format(&mo_exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return mo_err_format(&mo_exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    Value t;
    if (nargs == 0)
        t = mo_tuple_new(0);
    else if (mo_is_exact(args[0], &mo_tuple_type))
        t = args[0];
    else
        t = mo_tuple_from_iterable(args[0]);
    if (t == V_ERR || type == &mo_tuple_type)
        return t;
    // A subclass instance: same items in an object of the subclass' size.
    int64_t n = mo_tuple_size(t);
    TupleObject *s = alloc_tuple(type, (size_t)n);
    if (!s)
        return V_ERR;
    memcpy(s->items, mo_tuple_items(t), (size_t)n * sizeof(Value));
    return mo_obj(s);
}

// --------------------------------------------------------------- methods

// Resolves the optional start/stop arguments of index() against `n` items.
int mo_tuple_index_range(const Value *args, size_t nargs, int64_t n, int64_t *start, int64_t *stop) {
    *start = 0;
    *stop = n;
    if (nargs > 1 && (mo_index_clamped(args[1], start) < 0))
        return -1;
    if (nargs > 2 && (mo_index_clamped(args[2], stop) < 0))
        return -1;
    if (*start < 0 && (*start += n) < 0)
        *start = 0;
    if (*stop < 0 && (*stop += n) < 0)
        *stop = 0;
    if (*stop > n)
        *stop = n;
    return 0;
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("index", nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    int64_t start, stop;
    if (mo_tuple_index_range(args, nargs, mo_tuple_size(self), &start, &stop) < 0)
        return V_ERR;
    for (int64_t i = start; i < stop && i < mo_tuple_size(self); i++) {
        int r = mo_eq(mo_tuple_items(self)[i], args[0]);
        if (r < 0)
            return V_ERR;
        if (r)
            return mo_smallint(i);
    }
    return mo_err_format(&mo_exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("tuple.count", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t count = 0;
    for (int64_t i = 0; i < mo_tuple_size(self); i++) {
        int r = mo_eq(mo_tuple_items(self)[i], args[0]);
        if (r < 0)
            return V_ERR;
        count += r;
    }
    return mo_smallint(count);
}

static Value m_getnewargs(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value copy = mo_tuple_from_array(mo_tuple_items(self), (size_t)mo_tuple_size(self));
    if (copy == V_ERR)
        return V_ERR;
    return mo_tuple_pack(1, copy);
}

static const MethodDef tuple_methods[] = {
    {"index", m_index, 0, NULL},
    {"count", m_count, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__class_getitem__", mo_misc_class_getitem, MO_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static Value tuple_iter(Value self);

TypeObject mo_tuple_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "tuple",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_TUPLE_SUBCLASS,
    // Not the instance size (that is sizeof(TupleObject) + items): the
    // offset of `hash`, so that a class deriving from tuple puts its
    // __dict__ slot (at the base's basicsize) over the hash cache, which
    // only exact tuples use, instead of over items[0].
    .basicsize = offsetof(TupleObject, hash),
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .binop = tuple_binop,
    .new_ = tuple_new,
    .trace = tuple_trace,
    .methods = tuple_methods,
};

// --------------------------------------------------------------- iterator

static Value iter_self(Value self) { return self; }

static Value tupleiter_next(Value self) {
    TupleIterObject *it = (TupleIterObject *)mo_ptr(self);
    if (it->tuple == MO_NULL)
        return MO_NULL;
    if (it->index < mo_tuple_size(it->tuple))
        return mo_tuple_items(it->tuple)[it->index++];
    it->tuple = MO_NULL;
    return MO_NULL;
}

static Value tupleiter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames) {
    TupleIterObject *it = (TupleIterObject *)mo_ptr(self);
    if (it->tuple == MO_NULL)
        return mo_smallint(0);
    return mo_smallint(mo_tuple_size(it->tuple) - it->index);
}

static void tupleiter_trace(Object *o) { mo_gc_mark(((TupleIterObject *)o)->tuple); }

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_tuple_iterator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "tuple_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(TupleIterObject),
    .iter = iter_self,
    .iternext = tupleiter_next,
    .trace = tupleiter_trace,
    .methods = tupleiter_methods,
};

static Value tuple_iter(Value self) {
    TupleIterObject *it = mo_gc_alloc(&mo_tuple_iterator_type, sizeof(TupleIterObject));
    if (!it)
        return V_ERR;
    it->tuple = self;
    it->index = 0;
    return mo_obj(it);
}

void mo_tuple_init(void) {
    mo_tuple_empty = mo_obj(&empty_tuple);
    mo_type_ready(&mo_tuple_type);
    mo_type_ready(&mo_tuple_iterator_type);
}
