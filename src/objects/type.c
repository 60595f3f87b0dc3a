// src/objects/type.c — `type`, `object`, `super`, classes, and the bridge
// between C slots and Python dunder methods.
//
// The bridge runs both ways, driven by ONE table (`slotdefs`) that pairs each
// dunder name with a slot:
// - a built-in type's dict gets a *slot wrapper* for every slot the type
//   defines itself, so `object.__init__`, `list.__eq__`, `super().__repr__()`
//   work from Python;
// - a class whose MRO defines a dunder in Python gets a *slot function* in the
//   matching slot, which calls the Python method; a dunder found as a slot
//   wrapper of a built-in base just inherits that base's C slot.
//
// Attribute lookup along the MRO (`mo_type_lookup`) is the hot path of every
// method call; it is a walk over the MRO's dicts (str keys, interned names
// compare by pointer). Tier 1's inline caches keyed by `TypeObject.version`
// keep it off the fast path.
#include "objects/type.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/union.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "modules/sys.h"
#include "vm/call.h"
#include "vm/frame.h"
#include "vm/state.h"

static uint32_t next_version = 1;

// ------------------------------------------------------------- slot table

enum SlotId {
    S_REPR, S_STR, S_HASH, S_CALL, S_ITER, S_NEXT, S_LEN, S_GETITEM, S_SETITEM,
    S_DELITEM, S_CONTAINS, S_BOOL, S_GETATTRIBUTE, S_GETATTR, S_SETATTR,
    S_DELATTR, S_GET, S_SET, S_DELETE, S_INIT, S_NEW, S_INDEX,
    S_CMP,        // + MO_CMP_*
    S_BINOP = S_CMP + 6,        // + MO_OP_*
    S_RBINOP = S_BINOP + MO_OP_COUNT,
    S_IBINOP = S_RBINOP + MO_OP_COUNT,
    S_UNOP = S_IBINOP + MO_OP_COUNT,   // + MO_UNOP_*
    S_INT = S_UNOP + 4, S_FLOAT,
    S_COUNT
};

typedef struct SlotDef {
    const char *name;
    int id;
    Value interned;
} SlotDef;

static SlotDef slotdefs[] = {
    {"__repr__", S_REPR, 0}, {"__str__", S_STR, 0}, {"__hash__", S_HASH, 0},
    {"__call__", S_CALL, 0}, {"__iter__", S_ITER, 0}, {"__next__", S_NEXT, 0},
    {"__len__", S_LEN, 0}, {"__getitem__", S_GETITEM, 0}, {"__setitem__", S_SETITEM, 0},
    {"__delitem__", S_DELITEM, 0}, {"__contains__", S_CONTAINS, 0}, {"__bool__", S_BOOL, 0},
    {"__getattribute__", S_GETATTRIBUTE, 0}, {"__getattr__", S_GETATTR, 0},
    {"__setattr__", S_SETATTR, 0}, {"__delattr__", S_DELATTR, 0},
    {"__get__", S_GET, 0}, {"__set__", S_SET, 0}, {"__delete__", S_DELETE, 0},
    {"__init__", S_INIT, 0}, {"__new__", S_NEW, 0}, {"__index__", S_INDEX, 0},
    {"__lt__", S_CMP + MO_CMP_LT, 0}, {"__le__", S_CMP + MO_CMP_LE, 0},
    {"__eq__", S_CMP + MO_CMP_EQ, 0}, {"__ne__", S_CMP + MO_CMP_NE, 0},
    {"__gt__", S_CMP + MO_CMP_GT, 0}, {"__ge__", S_CMP + MO_CMP_GE, 0},
    {"__add__", S_BINOP + MO_OP_ADD, 0}, {"__sub__", S_BINOP + MO_OP_SUB, 0},
    {"__mul__", S_BINOP + MO_OP_MUL, 0}, {"__truediv__", S_BINOP + MO_OP_TRUEDIV, 0},
    {"__floordiv__", S_BINOP + MO_OP_FLOORDIV, 0}, {"__mod__", S_BINOP + MO_OP_MOD, 0},
    {"__pow__", S_BINOP + MO_OP_POW, 0}, {"__lshift__", S_BINOP + MO_OP_LSHIFT, 0},
    {"__rshift__", S_BINOP + MO_OP_RSHIFT, 0}, {"__and__", S_BINOP + MO_OP_AND, 0},
    {"__or__", S_BINOP + MO_OP_OR, 0}, {"__xor__", S_BINOP + MO_OP_XOR, 0},
    {"__matmul__", S_BINOP + MO_OP_MATMUL, 0},
    {"__radd__", S_RBINOP + MO_OP_ADD, 0}, {"__rsub__", S_RBINOP + MO_OP_SUB, 0},
    {"__rmul__", S_RBINOP + MO_OP_MUL, 0}, {"__rtruediv__", S_RBINOP + MO_OP_TRUEDIV, 0},
    {"__rfloordiv__", S_RBINOP + MO_OP_FLOORDIV, 0}, {"__rmod__", S_RBINOP + MO_OP_MOD, 0},
    {"__rpow__", S_RBINOP + MO_OP_POW, 0}, {"__rlshift__", S_RBINOP + MO_OP_LSHIFT, 0},
    {"__rrshift__", S_RBINOP + MO_OP_RSHIFT, 0}, {"__rand__", S_RBINOP + MO_OP_AND, 0},
    {"__ror__", S_RBINOP + MO_OP_OR, 0}, {"__rxor__", S_RBINOP + MO_OP_XOR, 0},
    {"__rmatmul__", S_RBINOP + MO_OP_MATMUL, 0},
    {"__iadd__", S_IBINOP + MO_OP_ADD, 0}, {"__isub__", S_IBINOP + MO_OP_SUB, 0},
    {"__imul__", S_IBINOP + MO_OP_MUL, 0}, {"__itruediv__", S_IBINOP + MO_OP_TRUEDIV, 0},
    {"__ifloordiv__", S_IBINOP + MO_OP_FLOORDIV, 0}, {"__imod__", S_IBINOP + MO_OP_MOD, 0},
    {"__ipow__", S_IBINOP + MO_OP_POW, 0}, {"__ilshift__", S_IBINOP + MO_OP_LSHIFT, 0},
    {"__irshift__", S_IBINOP + MO_OP_RSHIFT, 0}, {"__iand__", S_IBINOP + MO_OP_AND, 0},
    {"__ior__", S_IBINOP + MO_OP_OR, 0}, {"__ixor__", S_IBINOP + MO_OP_XOR, 0},
    {"__imatmul__", S_IBINOP + MO_OP_MATMUL, 0},
    {"__neg__", S_UNOP + MO_UNOP_NEG, 0}, {"__pos__", S_UNOP + MO_UNOP_POS, 0},
    {"__invert__", S_UNOP + MO_UNOP_INVERT, 0}, {"__abs__", S_UNOP + MO_UNOP_ABS, 0},
    {"__int__", S_INT, 0}, {"__float__", S_FLOAT, 0},
};
#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

static const char *slot_cname(int id) {
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (slotdefs[i].id == id)
            return slotdefs[i].name;
    return "";
}

static Value slot_name(int id) {
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (slotdefs[i].id == id)
            return slotdefs[i].interned;
    return MO_NULL;
}

// ---------------------------------------------------------- slot wrappers
//
// A slot wrapper is the Python face of a C slot of a built-in type:
// `list.__len__` or, bound, `[].__len__`.

typedef struct SlotWrapperObject {
    Object hdr;
    TypeObject *owner;
    int id;
    Value self;     // MO_NULL when unbound
} SlotWrapperObject;

TypeObject mo_slot_wrapper_type;

static Value wrapper_new(TypeObject *owner, int id, Value self) {
    SlotWrapperObject *w = mo_gc_alloc(&mo_slot_wrapper_type, sizeof *w);
    if (!w)
        return V_ERR;
    w->owner = owner;
    w->id = id;
    w->self = self;
    return mo_obj(w);
}

static void wrapper_trace(Object *o) {
    SlotWrapperObject *w = (SlotWrapperObject *)o;
    mo_gc_mark_obj(&w->owner->hdr);
    mo_gc_mark(w->self);
}

static Value wrapper_get(Value descr, Value obj, Value type) {
    SlotWrapperObject *w = (SlotWrapperObject *)mo_ptr(descr);
    if (obj == MO_NULL || obj == MO_NONE || w->id == S_NEW)
        return descr;
    return wrapper_new(w->owner, w->id, obj);
}

static Value wrapper_repr(Value v) {
    SlotWrapperObject *w = (SlotWrapperObject *)mo_ptr(v);
    Value name = slot_name(w->id);
    if (w->self != MO_NULL)
        return mo_str_format("<method-wrapper '%U' of %s object>", name, mo_type_name(w->self));
    return mo_str_format("<slot wrapper '%U' of '%s' objects>", name, w->owner->name);
}

static Value nargs_error(Value name, size_t want, size_t got) {
    return mo_err_format(&mo_exc_TypeError, "expected %zu argument%s, got %zu", want,
                         want == 1 ? "" : "s", got);
    (void)name;
}

// Runs the C slot `id` of `t` on `self` with Python-level arguments.
static Value call_slot(TypeObject *t, int id, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (id != S_INIT && id != S_NEW && id != S_CALL && mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "wrapper takes no keyword arguments");
#define WANT(n) \
    if (nargs != (n)) \
    return nargs_error(MO_NULL, (n), nargs)
    switch (id) {
    case S_REPR: WANT(0); return t->repr(self);
    case S_STR: WANT(0); return t->str(self);
    case S_HASH: {
        WANT(0);
        int64_t h = t->hash(self);
        return h == -1 ? V_ERR : mo_int_from_i64(h);
    }
    case S_CALL: return t->call(self, args, nargs, kwnames);
    case S_ITER: WANT(0); return t->iter(self);
    case S_NEXT: {
        WANT(0);
        Value r = t->iternext(self);
        if (r == MO_NULL)
            return mo_stop_iteration(self);
        return r;
    }
    case S_LEN: {
        WANT(0);
        int64_t n = t->len(self);
        return n < 0 ? V_ERR : mo_int_from_i64(n);
    }
    case S_GETITEM: WANT(1); return t->getitem(self, args[0]);
    case S_SETITEM: WANT(2); return t->setitem(self, args[0], args[1]) < 0 ? V_ERR : MO_NONE;
    case S_DELITEM: WANT(1); return t->setitem(self, args[0], MO_NULL) < 0 ? V_ERR : MO_NONE;
    case S_CONTAINS: {
        WANT(1);
        int r = t->contains(self, args[0]);
        return r < 0 ? V_ERR : mo_bool(r);
    }
    case S_BOOL: {
        WANT(0);
        int r = t->truth(self);
        return r < 0 ? V_ERR : mo_bool(r);
    }
    case S_GETATTRIBUTE:
        WANT(1);
        if (!mo_is_str(args[0]))
            return mo_err_format(&mo_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
        return t->getattr(self, args[0]);
    case S_SETATTR:
        WANT(2);
        if (!mo_is_str(args[0]))
            return mo_err_format(&mo_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
        return t->setattr(self, args[0], args[1]) < 0 ? V_ERR : MO_NONE;
    case S_DELATTR:
        WANT(1);
        if (!mo_is_str(args[0]))
            return mo_err_format(&mo_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
        return t->setattr(self, args[0], MO_NULL) < 0 ? V_ERR : MO_NONE;
    case S_GET:
        if (nargs < 1 || nargs > 2)
            return nargs_error(MO_NULL, 2, nargs);
        return t->descr_get(self, args[0] == MO_NONE ? MO_NULL : args[0],
                            nargs > 1 ? args[1] : mo_obj(mo_type(args[0])));
    case S_SET: WANT(2); return t->descr_set(self, args[0], args[1]) < 0 ? V_ERR : MO_NONE;
    case S_DELETE: WANT(1); return t->descr_set(self, args[0], MO_NULL) < 0 ? V_ERR : MO_NONE;
    case S_INIT: return t->init(self, args, nargs, kwnames);
    case S_INDEX: WANT(0); return t->index(self);
    case S_INT: WANT(0); return mo_call1(mo_obj(&mo_int_type), self);
    case S_FLOAT: WANT(0); return mo_call1(mo_obj(&mo_float_type), self);
    default:
        break;
    }
    if (id >= S_CMP && id < S_CMP + 6) {
        WANT(1);
        return t->richcompare(self, args[0], id - S_CMP);
    }
    if (id >= S_BINOP && id < S_BINOP + MO_OP_COUNT) {
        WANT(1);
        return t->binop(self, args[0], id - S_BINOP);
    }
    if (id >= S_RBINOP && id < S_RBINOP + MO_OP_COUNT) {
        WANT(1);
        return t->binop(args[0], self, id - S_RBINOP);
    }
    if (id >= S_IBINOP && id < S_IBINOP + MO_OP_COUNT) {
        WANT(1);
        return t->binop(self, args[0], (id - S_IBINOP) | MO_OP_INPLACE);
    }
    if (id >= S_UNOP && id < S_UNOP + 4) {
        WANT(0);
        return t->unop(self, id - S_UNOP);
    }
#undef WANT
    return mo_err_format(&mo_exc_SystemError, "bad slot wrapper");
}

static Value slot_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames);

static Value wrapper_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    SlotWrapperObject *w = (SlotWrapperObject *)mo_ptr(callable);
    if (w->id == S_NEW) {
        // T.__new__(cls, *args)
        if (nargs < 1)
            return mo_err_format(&mo_exc_TypeError, "%s.__new__(): not enough arguments", w->owner->name);
        if (!mo_is_type(args[0]))
            return mo_err_format(&mo_exc_TypeError, "%s.__new__(X): X is not a type object (%T)", w->owner->name,
                                 args[0]);
        TypeObject *cls = (TypeObject *)mo_ptr(args[0]);
        if (!mo_type_is_subtype(cls, w->owner))
            return mo_err_format(&mo_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                                 w->owner->name, cls->name, cls->name, w->owner->name);
        // The nearest ancestor whose __new__ is not written in Python must
        // use this very __new__, or it would get an object it cannot lay
        // out (object.__new__(int) is refused, like CPython does).
        TypeObject *staticbase = cls;
        while (staticbase && staticbase->new_ == slot_new)
            staticbase = staticbase->base;
        if (staticbase && staticbase->new_ != w->owner->new_)
            return mo_err_format(&mo_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                                 w->owner->name, cls->name, staticbase->name);
        return w->owner->new_(cls, args + 1, nargs - 1, kwnames);
    }
    Value self = w->self;
    if (self == MO_NULL) {
        if (nargs < 1)
            return mo_err_format(&mo_exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                                 slot_name(w->id), w->owner->name);
        self = args[0];
        if (!mo_isinstance_type(self, w->owner))
            return mo_err_format(&mo_exc_TypeError,
                                 "descriptor '%U' requires a '%s' object but received a '%T'",
                                 slot_name(w->id), w->owner->name, self);
        args++;
        nargs--;
    }
    return call_slot(w->owner, w->id, self, args, nargs, kwnames);
}

TypeObject mo_slot_wrapper_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "wrapper_descriptor",
    .base = &mo_object_type,
    .basicsize = sizeof(SlotWrapperObject),
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .trace = wrapper_trace,
};

// The operator dunders each built-in type has in CPython 3.11 (their C
// slots take every operator and answer NotImplemented for the rest, so the
// slot alone cannot tell): names without underscores, space-separated.
static const struct {
    const char *type;
    const char *ops;
} builtin_ops[] = {
    {"int", " add sub mul truediv floordiv mod pow lshift rshift and or xor radd rsub rmul rtruediv rfloordiv rmod rpow rlshift rrshift rand ror rxor neg pos invert abs "},
    {"bool", " and or xor rand ror rxor "},
    {"float", " add sub mul truediv floordiv mod pow radd rsub rmul rtruediv rfloordiv rmod rpow neg pos abs "},
    {"complex", " add sub mul truediv pow radd rsub rmul rtruediv rpow neg pos abs "},
    {"str", " add mul mod rmul rmod "},
    {"bytes", " add mul mod rmul rmod "},
    {"bytearray", " add mul mod rmul rmod iadd imul "},
    {"list", " add mul rmul iadd imul "},
    {"tuple", " add mul rmul "},
    {"dict", " or ror ior "},
    {"set", " sub and or xor rsub rand ror rxor isub iand ior ixor "},
    {"frozenset", " sub and or xor rsub rand ror rxor "},
    {"dict_keys", " sub and or xor rsub rand ror rxor "},
    {"dict_items", " sub and or xor rsub rand ror rxor "},
    {"dict_values", "  "},
    {"type", " or ror "},
    {"GenericAlias", " or ror "},
    {"UnionType", " or ror "},
    {"mappingproxy", " or ror ior "},
};

// For a built-in type in the table: whether it has operator dunder `name`
// (1/0); -1 when the type is not in the table.
static int builtin_has_op(const TypeObject *t, const char *name) {
    if (t->flags & MO_TPFLAG_HEAPTYPE)
        return -1;
    for (size_t i = 0; i < sizeof builtin_ops / sizeof builtin_ops[0]; i++) {
        if (strcmp(builtin_ops[i].type, t->name) != 0)
            continue;
        char key[24];
        size_t n = strlen(name);
        if (n < 5 || n - 4 + 3 > sizeof key)
            return 0;
        snprintf(key, sizeof key, " %.*s ", (int)(n - 4), name + 2);
        return strstr(builtin_ops[i].ops, key) != NULL;
    }
    return -1;
}

// True if `t` itself (not only a base) provides slot `id`.
static bool defines_slot(const TypeObject *t, int id) {
    const TypeObject *b = t->base;
    if (id >= S_BINOP && id < S_UNOP + 4) {
        int r = builtin_has_op(t, slot_cname(id));
        if (r >= 0)
            return r;
    }
    // A mappingproxy refuses item assignment in its slot but has no
    // __setitem__/__delitem__ to show.
    if ((id == S_SETITEM || id == S_DELITEM) && t == &mo_mappingproxy_type)
        return false;
    // str and bytes are true by their length; CPython gives them no __bool__.
    if (id == S_BOOL && !(t->flags & MO_TPFLAG_HEAPTYPE) && (t == &mo_str_type || t == &mo_bytes_type))
        return false;
#define OWN(f) (t->f && (!b || t->f != b->f))
    switch (id) {
    case S_REPR: return OWN(repr);
    case S_STR: return OWN(str);
    case S_HASH: return OWN(hash);
    case S_CALL: return OWN(call);
    case S_ITER: return OWN(iter);
    case S_NEXT: return OWN(iternext);
    case S_LEN: return OWN(len);
    case S_GETITEM: return OWN(getitem);
    case S_SETITEM: case S_DELITEM: return OWN(setitem);
    case S_CONTAINS: return OWN(contains);
    case S_BOOL: return OWN(truth);
    case S_GETATTRIBUTE: return OWN(getattr);
    case S_SETATTR: case S_DELATTR: return OWN(setattr);
    case S_GET: return OWN(descr_get);
    case S_SET: case S_DELETE: return OWN(descr_set);
    case S_INIT: return OWN(init);
    case S_NEW: return OWN(new_);
    case S_INDEX: return OWN(index);
    case S_GETATTR: case S_INT: case S_FLOAT: return false;
    default: break;
    }
    if (id >= S_CMP && id < S_CMP + 6)
        return OWN(richcompare);
    if (id >= S_BINOP && id < S_IBINOP + MO_OP_COUNT)
        return OWN(binop);
    if (id >= S_UNOP && id < S_UNOP + 4)
        return OWN(unop);
#undef OWN
    return false;
}

// ------------------------------------------------------------ MRO & lookup

int mo_type_is_subtype(const TypeObject *a, const TypeObject *b) {
    if (a == b)
        return 1;
    Value mro = a->mro;
    if (mro == 0 || mro == MO_NULL) {
        for (const TypeObject *t = a; t; t = t->base)
            if (t == b)
                return 1;
        return 0;
    }
    int64_t n = mo_tuple_size(mro);
    Value *items = mo_tuple_items(mro);
    for (int64_t i = 0; i < n; i++)
        if (mo_ptr(items[i]) == &b->hdr)
            return 1;
    return 0;
}

// The attribute cache: recent (type, name) → MRO lookups, misses included
// (most instance attributes are not on the class). An entry is good while
// its type keeps its version and no class anywhere has been changed since
// (`epoch`: a class's dict changing invalidates every subclass's entries,
// and classes do not track their subclasses). Entries hold no references:
// a result is only returned while the class that holds it is unchanged.
#define ATTR_CACHE_SIZE 4096
typedef struct AttrCacheEntry {
    const TypeObject *type;
    uint32_t version;
    uint32_t epoch;
    Value name;
    Value value;
} AttrCacheEntry;
static AttrCacheEntry attr_cache[ATTR_CACHE_SIZE];
static uint32_t attr_epoch = 1;

static Value lookup_uncached(const TypeObject *t, Value name);

Value mo_type_lookup(const TypeObject *t, Value name) {
    if (!(mo_str_obj(name)->hdr.aux & MO_STR_INTERNED))
        return lookup_uncached(t, name);
    size_t i = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3)) & (ATTR_CACHE_SIZE - 1);
    AttrCacheEntry *e = &attr_cache[i];
    if (e->type == t && e->name == name && e->version == t->version && e->epoch == attr_epoch)
        return e->value;
    Value v = lookup_uncached(t, name);
    *e = (AttrCacheEntry){t, t->version, attr_epoch, name, v};
    return v;
}

static Value lookup_uncached(const TypeObject *t, Value name) {
    Value mro = t->mro;
    int64_t n = mo_tuple_size(mro);
    Value *items = mo_tuple_items(mro);
    for (int64_t i = 0; i < n; i++) {
        TypeObject *b = (TypeObject *)mo_ptr(items[i]);
        Value v = mo_dict_get_str(b->dict, name);
        if (v != MO_NULL)
            return v;
    }
    return MO_NULL;
}

// C3 linearization: the MRO of a class with `bases`.
static Value compute_mro(TypeObject *t, Value bases) {
    int64_t nb = mo_tuple_size(bases);
    for (int64_t i = 0; i < nb; i++)
        for (int64_t j = i + 1; j < nb; j++)
            if (mo_tuple_items(bases)[i] == mo_tuple_items(bases)[j])
                return mo_err_format(&mo_exc_TypeError, "duplicate base class %s",
                                     ((TypeObject *)mo_ptr(mo_tuple_items(bases)[i]))->name);
    // Sequences to merge: each base's MRO, then the list of bases.
    int64_t nseq = nb + 1;
    Value *seqs = calloc((size_t)nseq, sizeof *seqs);
    int64_t *heads = calloc((size_t)nseq, sizeof *heads);
    Value result = mo_list_new(0);
    if (!seqs || !heads || result == V_ERR) {
        free(seqs);
        free(heads);
        return result == V_ERR ? V_ERR : mo_err_no_memory();
    }
    for (int64_t i = 0; i < nb; i++)
        seqs[i] = ((TypeObject *)mo_ptr(mo_tuple_items(bases)[i]))->mro;
    seqs[nb] = bases;
    if (mo_list_append(result, mo_obj(t)) < 0)
        goto error;
    for (;;) {
        bool empty = true;
        Value candidate = MO_NULL;
        for (int64_t i = 0; i < nseq; i++) {
            if (heads[i] >= mo_tuple_size(seqs[i]))
                continue;
            empty = false;
            Value c = mo_tuple_items(seqs[i])[heads[i]];
            // `c` is good if it is not in the tail of any sequence.
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++)
                for (int64_t k = heads[j] + 1; k < mo_tuple_size(seqs[j]); k++)
                    if (mo_tuple_items(seqs[j])[k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) {
                candidate = c;
                break;
            }
        }
        if (empty)
            break;
        if (candidate == MO_NULL) {
            StrBuf b = STRBUF_INIT;
            mo_strbuf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            // CPython names the classes the merge is stuck on: the distinct
            // heads of the sequences not yet consumed, in sequence order.
            bool first = true;
            for (int64_t i = 0; i < nseq; i++) {
                if (heads[i] >= mo_tuple_size(seqs[i]))
                    continue;
                Value head = mo_tuple_items(seqs[i])[heads[i]];
                bool seen = false;
                for (int64_t j = 0; j < i && !seen; j++)
                    seen = heads[j] < mo_tuple_size(seqs[j]) && mo_tuple_items(seqs[j])[heads[j]] == head;
                if (seen)
                    continue;
                mo_strbuf_puts(&b, first ? " " : ", ");
                mo_strbuf_puts(&b, ((TypeObject *)mo_ptr(head))->name);
                first = false;
            }
            Value msg = mo_str_from_strbuf(&b);
            if (msg != V_ERR)
                mo_err_set_type(&mo_exc_TypeError, msg);
            goto error;
        }
        if (mo_list_append(result, candidate) < 0)
            goto error;
        for (int64_t i = 0; i < nseq; i++)
            if (heads[i] < mo_tuple_size(seqs[i]) && mo_tuple_items(seqs[i])[heads[i]] == candidate)
                heads[i]++;
    }
    free(seqs);
    free(heads);
    return mo_list_as_tuple(result);
error:
    free(seqs);
    free(heads);
    return V_ERR;
}

// ---------------------------------------------------------- readying types

static void inherit_slots(TypeObject *t, const TypeObject *b) {
#define INHERIT(f) \
    if (!t->f) \
    t->f = b->f
    INHERIT(repr);
    INHERIT(str);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(truth);
    INHERIT(binop);
    INHERIT(unop);
    INHERIT(index);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(new_);
    INHERIT(init);
    INHERIT(trace);
    INHERIT(finalize);
    // A type that defines == but not hash is unhashable (hash stays NULL),
    // as in Python; otherwise both are inherited together.
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    } else if (!t->richcompare) {
        t->richcompare = b->richcompare;
    }
#undef INHERIT
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    if (!t->dictoffset)
        t->dictoffset = b->dictoffset;
    t->flags |= b->flags & (MO_TPFLAG_INT_SUBCLASS | MO_TPFLAG_STR_SUBCLASS | MO_TPFLAG_TUPLE_SUBCLASS |
                            MO_TPFLAG_LIST_SUBCLASS | MO_TPFLAG_DICT_SUBCLASS | MO_TPFLAG_EXC_SUBCLASS |
                            MO_TPFLAG_TYPE_SUBCLASS | MO_TPFLAG_HAS_DICT | MO_TPFLAG_VARSIZE_BASE);
}

static void must(Value v) {
    if (v == V_ERR)
        mo_fatal("out of memory while readying the built-in types");
}

void mo_type_ready(TypeObject *t) {
    if (t->dict != 0 && t->dict != MO_NULL)
        return;     // already ready
    if (t != &mo_object_type && !t->base)
        t->base = &mo_object_type;
    if (t->base)
        mo_type_ready(t->base);
    // A built-in type directly under object that has neither __new__ nor
    // __init__ of its own is made only by the runtime (generators, code
    // objects, descriptors, ...): as in CPython it cannot be instantiated
    // from Python, since object's __new__ would hand out an instance whose
    // fields are all NULL.
    bool disallow = t != &mo_object_type && t->base == &mo_object_type && !t->new_ && !t->init &&
                    !(t->flags & MO_TPFLAG_HEAPTYPE);
    if (t->base)
        inherit_slots(t, t->base);
    if (disallow)
        t->new_ = NULL;
    if (!t->hash && !t->richcompare) {
        // object's defaults: identity.
        t->hash = mo_object_type.hash;
        t->richcompare = mo_object_type.richcompare;
    }
    t->version = next_version++;
    t->dict = mo_dict_new();
    must(t->dict);
    mo_gc_add_static_type(t);
    if (t->base) {
        t->bases = mo_tuple_pack(1, mo_obj(t->base));
        must(t->bases);
        Value bmro = t->base->mro;
        int64_t n = mo_tuple_size(bmro);
        t->mro = mo_tuple_new((size_t)n + 1);
        must(t->mro);
        mo_tuple_items(t->mro)[0] = mo_obj(t);
        for (int64_t i = 0; i < n; i++)
            mo_tuple_items(t->mro)[i + 1] = mo_tuple_items(bmro)[i];
    } else {
        t->bases = mo_tuple_new(0);
        t->mro = mo_tuple_pack(1, mo_obj(t));
        must(t->mro);
    }
    t->name_v = mo_str_intern_cstr(t->name);
    must(t->name_v);
    t->qualname = t->name_v;
    t->module = mo_str_intern_cstr("builtins");
    must(t->module);
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value d;
        if (m->flags & (MO_METH_CLASS | MO_METH_STATIC)) {
            // Class and static methods of built-ins bind at lookup; store a
            // descriptor that knows its owner.
            d = mo_method_descr_new(m, t);
        } else {
            d = mo_method_descr_new(m, t);
        }
        must(d);
        if (mo_dict_set_cstr(t->dict, m->name, d) < 0)
            must(V_ERR);
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        Value d = mo_getset_descr_new(g, t);
        must(d);
        if (mo_dict_set_cstr(t->dict, g->name, d) < 0)
            must(V_ERR);
    }
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        if (!defines_slot(t, slotdefs[i].id))
            continue;
        if (mo_dict_get_str(t->dict, slotdefs[i].interned) != MO_NULL)
            continue;   // an explicit method wins
        Value w = wrapper_new(t, slotdefs[i].id, MO_NULL);
        must(w);
        if (mo_dict_set(t->dict, slotdefs[i].interned, w) < 0)
            must(V_ERR);
    }
    if (!t->hash && mo_dict_get_cstr(t->dict, "__hash__") == MO_NULL)
        if (mo_dict_set_cstr(t->dict, "__hash__", MO_NONE) < 0)
            must(V_ERR);
}

// --------------------------------------------------- slot functions (heap)
//
// Installed in the slots of classes that define dunders in Python. Each
// looks the dunder up on the type (not the instance), like Python does.

static Value call_dunder(Value self, int id, const Value *args, size_t nargs) {
    Value f = mo_type_lookup(mo_type(self), slot_name(id));
    if (f == MO_NULL)
        return MO_NULL;
    Value buf[4];
    buf[0] = self;
    for (size_t i = 0; i < nargs; i++)
        buf[i + 1] = args[i];
    if (mo_is_exact(f, &mo_function_type))
        return mo_call(f, buf, nargs + 1, MO_NULL);
    TypeObject *ft = mo_type(f);
    if (ft->descr_get) {
        Value bound = ft->descr_get(f, self, mo_obj(mo_type(self)));
        if (bound == V_ERR)
            return V_ERR;
        return mo_call(bound, args, nargs, MO_NULL);
    }
    return mo_call(f, buf, nargs + 1, MO_NULL);
}

// Calls the special method `id` found on the type of `self` (never on
// `self` itself: a class's own attributes or an instance's dict must not
// shadow it), with keyword arguments.
static Value call_special(Value self, int id, const Value *args, size_t nargs, Value kwnames) {
    Value f = mo_type_lookup(mo_type(self), slot_name(id));
    if (f == MO_NULL)
        return mo_err_format(&mo_exc_AttributeError, "'%s' object has no attribute '%U'", mo_type_name(self),
                             slot_name(id));
    if (mo_is_exact(f, &mo_function_type))
        return mo_call_with_self(f, self, args, nargs, kwnames);
    TypeObject *ft = mo_type(f);
    if (ft->descr_get) {
        f = ft->descr_get(f, self, mo_obj(mo_type(self)));
        if (f == V_ERR)
            return V_ERR;
    }
    return mo_call(f, args, nargs, kwnames);
}

static Value slot_repr(Value self) {
    Value r = call_dunder(self, S_REPR, NULL, 0);
    if (r == V_ERR || r == MO_NULL)
        return r == MO_NULL ? mo_err_format(&mo_exc_TypeError, "no __repr__") : r;
    if (!mo_is_str(r))
        return mo_err_format(&mo_exc_TypeError, "__repr__ returned non-string (type %T)", r);
    return r;
}

static Value slot_str(Value self) {
    Value r = call_dunder(self, S_STR, NULL, 0);
    if (r == V_ERR || r == MO_NULL)
        return r == MO_NULL ? mo_err_format(&mo_exc_TypeError, "no __str__") : r;
    if (!mo_is_str(r))
        return mo_err_format(&mo_exc_TypeError, "__str__ returned non-string (type %T)", r);
    return r;
}

static int64_t slot_hash(Value self) {
    Value f = mo_type_lookup(mo_type(self), slot_name(S_HASH));
    if (f == MO_NONE || f == MO_NULL) {
        mo_err_format(&mo_exc_TypeError, "unhashable type: '%s'", mo_type_name(self));
        return -1;
    }
    Value r = call_dunder(self, S_HASH, NULL, 0);
    if (r == V_ERR)
        return -1;
    if (!mo_is_int(r)) {
        mo_err_format(&mo_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // Like CPython: a result that fits a hash is kept (so returning
    // hash(y) makes hash(x) == hash(y)); a bigger one is hashed as an int.
    int64_t h;
    if (mo_int_bit_length(r) > 64 || mo_int_to_i64(r, &h) < 0) {
        mo_err_clear();
        h = mo_int_hash(r);
    }
    return h == -1 ? -2 : h;
}

static Value slot_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value f = mo_type_lookup(mo_type(self), slot_name(S_CALL));
    if (f == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not callable", mo_type_name(self));
    return call_special(self, S_CALL, args, nargs, kwnames);
}

static Value slot_iter(Value self) {
    Value f = mo_type_lookup(mo_type(self), slot_name(S_ITER));
    if (f == MO_NONE)
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not iterable", mo_type_name(self));
    Value r = call_dunder(self, S_ITER, NULL, 0);
    if (r == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not iterable", mo_type_name(self));
    if (r != V_ERR && !mo_type(r)->iternext)
        return mo_err_format(&mo_exc_TypeError, "iter() returned non-iterator of type '%s'", mo_type_name(r));
    return r;
}

static Value slot_iternext(Value self) {
    Value r = call_dunder(self, S_NEXT, NULL, 0);
    if (r == V_ERR && mo_err_matches(&mo_exc_StopIteration)) {
        mo_err_clear();
        return MO_NULL;
    }
    return r;
}

static int64_t slot_len(Value self) {
    Value r = call_dunder(self, S_LEN, NULL, 0);
    if (r == V_ERR)
        return -1;
    if (!mo_is_int(r)) {
        mo_err_format(&mo_exc_TypeError, "'%s' object cannot be interpreted as an integer", mo_type_name(r));
        return -1;
    }
    int64_t n;
    if (mo_int_to_i64(r, &n) < 0) {
        mo_err_clear();
        mo_err_format(&mo_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        mo_err_format(&mo_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(Value self, Value key) {
    Value r = call_dunder(self, S_GETITEM, &key, 1);
    if (r == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not subscriptable", mo_type_name(self));
    return r;
}

static int slot_setitem(Value self, Value key, Value v) {
    Value r;
    if (v == MO_NULL) {
        r = call_dunder(self, S_DELITEM, &key, 1);
        if (r == MO_NULL) {
            mo_err_format(&mo_exc_TypeError, "'%s' object does not support item deletion", mo_type_name(self));
            return -1;
        }
    } else {
        Value args[2] = {key, v};
        r = call_dunder(self, S_SETITEM, args, 2);
        if (r == MO_NULL) {
            mo_err_format(&mo_exc_TypeError, "'%s' object does not support item assignment", mo_type_name(self));
            return -1;
        }
    }
    return r == V_ERR ? -1 : 0;
}

static int slot_contains(Value self, Value item) {
    Value f = mo_type_lookup(mo_type(self), slot_name(S_CONTAINS));
    if (f == MO_NULL || f == MO_NONE) {
        // Fall back to iteration, as `in` does without __contains__.
        Value it = mo_iter(self);
        if (it == V_ERR)
            return -1;
        for (;;) {
            Value x = mo_next(it);
            if (x == MO_NULL)
                return 0;
            if (x == V_ERR)
                return -1;
            int eq = mo_eq(x, item);
            if (eq != 0)
                return eq;
        }
    }
    Value r = call_dunder(self, S_CONTAINS, &item, 1);
    if (r == V_ERR)
        return -1;
    return mo_truth(r);
}

static int slot_truth(Value self) {
    Value r = call_dunder(self, S_BOOL, NULL, 0);
    if (r == V_ERR)
        return -1;
    if (r != MO_NULL) {
        if (!mo_is_bool(r)) {
            mo_err_format(&mo_exc_TypeError, "__bool__ should return bool, returned %s", mo_type_name(r));
            return -1;
        }
        return r == MO_TRUE;
    }
    Value lenf = mo_type_lookup(mo_type(self), slot_name(S_LEN));
    if (lenf != MO_NULL) {
        int64_t n = slot_len(self);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static Value slot_getattr_hook(Value self, Value name) {
    TypeObject *t = mo_type(self);
    Value ga = mo_type_lookup(t, slot_name(S_GETATTRIBUTE));
    Value r;
    if (ga != MO_NULL && !mo_is_exact(ga, &mo_slot_wrapper_type))
        r = call_dunder(self, S_GETATTRIBUTE, &name, 1);
    else
        r = mo_generic_getattr(self, name);
    if (r != V_ERR || !mo_err_matches(&mo_exc_AttributeError))
        return r;
    Value hook = mo_type_lookup(t, slot_name(S_GETATTR));
    if (hook == MO_NULL)
        return r;
    mo_err_clear();
    return call_dunder(self, S_GETATTR, &name, 1);
}

static int slot_setattr(Value self, Value name, Value v) {
    Value r;
    if (v == MO_NULL) {
        Value f = mo_type_lookup(mo_type(self), slot_name(S_DELATTR));
        if (f == MO_NULL || mo_is_exact(f, &mo_slot_wrapper_type))
            return mo_generic_setattr(self, name, MO_NULL);
        r = call_dunder(self, S_DELATTR, &name, 1);
    } else {
        Value f = mo_type_lookup(mo_type(self), slot_name(S_SETATTR));
        if (f == MO_NULL || mo_is_exact(f, &mo_slot_wrapper_type))
            return mo_generic_setattr(self, name, v);
        Value args[2] = {name, v};
        r = call_dunder(self, S_SETATTR, args, 2);
    }
    return r == V_ERR ? -1 : 0;
}

static Value slot_descr_get(Value descr, Value obj, Value type) {
    Value args[2] = {obj == MO_NULL ? MO_NONE : obj, type};
    return call_dunder(descr, S_GET, args, 2);
}

static int slot_descr_set(Value descr, Value obj, Value v) {
    Value r;
    if (v == MO_NULL) {
        r = call_dunder(descr, S_DELETE, &obj, 1);
    } else {
        Value args[2] = {obj, v};
        r = call_dunder(descr, S_SET, args, 2);
    }
    if (r == MO_NULL) {
        mo_err_format(&mo_exc_AttributeError, "__set__");
        return -1;
    }
    return r == V_ERR ? -1 : 0;
}

static Value slot_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value r = call_special(self, S_INIT, args, nargs, kwnames);
    if (r == V_ERR)
        return V_ERR;
    if (r != MO_NONE)
        return mo_err_format(&mo_exc_TypeError, "__init__() should return None, not '%s'", mo_type_name(r));
    return MO_NONE;
}

static Value slot_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value f = mo_type_lookup(type, slot_name(S_NEW));
    if (f == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "cannot create '%s' instances", type->name);
    // __new__ is a static method: unwrap and call with the class first.
    if (mo_is_exact(f, &mo_staticmethod_type))
        f = ((WrapperObject *)mo_ptr(f))->func;
    size_t nkw = mo_args_nkw(kwnames);
    Value small[8];
    Value *buf = nargs + nkw + 1 <= 8 ? small : malloc((nargs + nkw + 1) * sizeof(Value));
    if (!buf)
        return mo_err_no_memory();
    buf[0] = mo_obj(type);
    memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    Value r = mo_call(f, buf, nargs + 1, kwnames);
    if (buf != small)
        free(buf);
    return r;
}

static Value slot_index(Value self) {
    Value r = call_dunder(self, S_INDEX, NULL, 0);
    if (r == V_ERR)
        return V_ERR;
    if (!mo_is_int(r))
        return mo_err_format(&mo_exc_TypeError, "__index__ returned non-int (type %s)", mo_type_name(r));
    return r;
}

static Value slot_richcompare(Value a, Value b, int op) {
    Value r = call_dunder(a, S_CMP + op, &b, 1);
    if (r == MO_NULL)
        return MO_NOTIMPL;
    return r;
}

static Value slot_unop(Value a, int op) {
    Value r = call_dunder(a, S_UNOP + op, NULL, 0);
    if (r == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "bad operand type for %s: '%s'",
                             op == MO_UNOP_NEG      ? "unary -"
                             : op == MO_UNOP_POS    ? "unary +"
                             : op == MO_UNOP_INVERT ? "unary ~"
                                                    : "abs()",
                             mo_type_name(a));
    return r;
}

static bool has_dunder(const TypeObject *t, int id) {
    Value f = mo_type_lookup(t, slot_name(id));
    return f != MO_NULL && f != MO_NONE;
}

static Value slot_binop(Value a, Value b, int op);

// Does `t` handle this side of the operator in Python code?
static bool py_binop_side(const TypeObject *t) { return t->binop == slot_binop; }

static Value slot_binop(Value a, Value b, int op) {
    if (op & MO_OP_INPLACE) {
        int base = op & ~MO_OP_INPLACE;
        if (py_binop_side(mo_type(a)) && has_dunder(mo_type(a), S_IBINOP + base)) {
            Value r = call_dunder(a, S_IBINOP + base, &b, 1);
            if (r != MO_NOTIMPL)
                return r;
        }
        return MO_NOTIMPL;
    }
    TypeObject *ta = mo_type(a), *tb = mo_type(b);
    bool do_a = py_binop_side(ta) && has_dunder(ta, S_BINOP + op);
    bool do_b = ta != tb && py_binop_side(tb) && has_dunder(tb, S_RBINOP + op);
    if (do_a && do_b && mo_type_is_subtype(tb, ta)) {
        // The right operand's class is a subclass overriding the reflected
        // method: it goes first.
        Value r = call_dunder(b, S_RBINOP + op, &a, 1);
        if (r != MO_NOTIMPL)
            return r;
        do_b = false;
    }
    if (do_a) {
        Value r = call_dunder(a, S_BINOP + op, &b, 1);
        if (r != MO_NOTIMPL)
            return r;
    }
    if (do_b)
        return call_dunder(b, S_RBINOP + op, &a, 1);
    return MO_NOTIMPL;
}

// Gives `t` the C slot `id` of built-in type `from`: the class body or an
// earlier base named a built-in's method (`__hash__ = object.__hash__`),
// which must win over whatever `t` inherited from its base.
static void copy_slot(TypeObject *t, const TypeObject *from, int id) {
    switch (id) {
    case S_REPR: t->repr = from->repr; break;
    case S_STR: t->str = from->str; break;
    case S_HASH: t->hash = from->hash; break;
    case S_CALL: t->call = from->call; break;
    case S_ITER: t->iter = from->iter; break;
    case S_NEXT: t->iternext = from->iternext; break;
    case S_LEN: t->len = from->len; break;
    case S_CONTAINS: t->contains = from->contains; break;
    case S_BOOL: t->truth = from->truth; break;
    case S_INDEX: t->index = from->index; break;
    default: break;
    }
}

// Points the slots of heap type `t` at Python methods wherever its MRO
// defines the dunder in Python; elsewhere the inherited C slots stay.
static void fixup_slots(TypeObject *t, bool creating) {
    TypeObject *b = t->base;
    bool binop = false, cmp = false, unop = false;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        int id = slotdefs[i].id;
        Value f = mo_type_lookup(t, slotdefs[i].interned);
        bool python = f != MO_NULL && !mo_is_exact(f, &mo_slot_wrapper_type) &&
                      !mo_is_exact(f, &mo_method_descr_type);
        if (!python) {
            if (id == S_HASH && f == MO_NONE)
                t->hash = NULL;
            else if (f != MO_NULL && mo_is_exact(f, &mo_slot_wrapper_type))
                copy_slot(t, ((SlotWrapperObject *)mo_ptr(f))->owner, id);
            continue;
        }
        switch (id) {
        case S_REPR: t->repr = slot_repr; break;
        case S_STR: t->str = slot_str; break;
        case S_HASH: t->hash = slot_hash; break;
        case S_CALL: t->call = slot_call; break;
        case S_ITER: t->iter = slot_iter; break;
        case S_NEXT: t->iternext = slot_iternext; break;
        case S_LEN: t->len = slot_len; break;
        case S_GETITEM: t->getitem = slot_getitem; break;
        case S_SETITEM: case S_DELITEM: t->setitem = slot_setitem; break;
        case S_CONTAINS: t->contains = slot_contains; break;
        case S_BOOL: t->truth = slot_truth; break;
        case S_GETATTRIBUTE: case S_GETATTR: t->getattr = slot_getattr_hook; break;
        case S_SETATTR: case S_DELATTR: t->setattr = slot_setattr; break;
        case S_GET: t->descr_get = slot_descr_get; break;
        case S_SET: case S_DELETE: t->descr_set = slot_descr_set; break;
        case S_INIT: t->init = slot_init; break;
        case S_NEW: t->new_ = slot_new; break;
        case S_INDEX: t->index = slot_index; break;
        default:
            if (id >= S_CMP && id < S_CMP + 6)
                cmp = true;
            else if (id >= S_BINOP && id < S_IBINOP + MO_OP_COUNT)
                binop = true;
            else if (id >= S_UNOP && id < S_UNOP + 4)
                unop = true;
            break;
        }
    }
    if (cmp)
        t->richcompare = slot_richcompare;
    if (binop)
        t->binop = slot_binop;
    if (unop)
        t->unop = slot_unop;
    // A class defining __eq__ without __hash__ is unhashable (decided when
    // the class is made: assigning __eq__ later leaves __hash__ alone).
    Value own_eq = mo_dict_get_str(t->dict, slot_name(S_CMP + MO_CMP_EQ));
    Value own_hash = mo_dict_get_str(t->dict, slot_name(S_HASH));
    if (creating && own_eq != MO_NULL && own_hash == MO_NULL) {
        t->hash = NULL;
        mo_dict_set(t->dict, slot_name(S_HASH), MO_NONE);
        // The dict changed behind the attribute cache's back.
        t->version = next_version++;
    }
    (void)b;
}

void mo_type_modified(TypeObject *t, Value name) {
    t->version = next_version++;
    attr_epoch++;
    if (!(t->flags & MO_TPFLAG_HEAPTYPE))
        return;
    if (name == MO_NULL || (mo_str_size(name) > 4 && mo_str_data(name)[0] == '_' && mo_str_data(name)[1] == '_')) {
        // Re-derive the slots from scratch: start from the base's.
        TypeObject *b = t->base;
        t->repr = b->repr; t->str = b->str; t->hash = b->hash; t->call = b->call;
        t->iter = b->iter; t->iternext = b->iternext; t->len = b->len;
        t->getitem = b->getitem; t->setitem = b->setitem; t->contains = b->contains;
        t->truth = b->truth; t->getattr = b->getattr; t->setattr = b->setattr;
        t->descr_get = b->descr_get; t->descr_set = b->descr_set; t->init = b->init;
        t->new_ = b->new_; t->index = b->index; t->richcompare = b->richcompare;
        t->binop = b->binop; t->unop = b->unop;
        fixup_slots(t, false);
    }
    // Subclasses see the change too: for a dunder, `Base.__getattr__ = f`
    // after `class Sub(Base)` must reach Sub's instances (the recursion
    // re-derives their slots); for any name, inline caches and traces keyed
    // by a subclass's version (LOAD_METHOD_CACHED on a Sub instance holds
    // the method found on Base) must stop matching, so every subclass gets a
    // new version as well.
    Value subs = t->subclasses;
    if (subs && subs != MO_NULL)
        for (int64_t i = 0; i < mo_list_size(subs); i++)
            mo_type_modified((TypeObject *)mo_ptr(mo_list_items(subs)[i]), name);
}

// ---------------------------------------------------------------- object

static Value object_repr(Value self) {
    TypeObject *t = mo_type(self);
    Value mod = t->module;
    if (mod != MO_NULL && mod != 0 && mo_is_str(mod) && !mo_str_eq_cstr(mod, "builtins"))
        return mo_str_format("<%U.%U object at %p>", mod, t->qualname, (void *)mo_ptr(self));
    return mo_str_format("<%s object at %p>", t->name, (void *)mo_ptr(self));
}

static Value object_str(Value self) { return mo_type(self)->repr(self); }

static int64_t object_hash(Value self) {
    if (!mo_is_ptr(self))
        return (int64_t)(self >> 4);
    uint64_t p = (uint64_t)(uintptr_t)mo_ptr(self);
    // Like CPython: rotate the address so the low zero bits don't cluster.
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}

static Value object_richcompare(Value a, Value b, int op) {
    if (op == MO_CMP_EQ)
        return a == b ? MO_TRUE : MO_NOTIMPL;
    if (op == MO_CMP_NE) {
        // __ne__ inverts __eq__ unless that is NotImplemented.
        TypeObject *t = mo_type(a);
        if (t->richcompare && t->richcompare != object_richcompare) {
            Value r = t->richcompare(a, b, MO_CMP_EQ);
            if (r == V_ERR || r == MO_NOTIMPL)
                return r;
            int v = mo_truth(r);
            return v < 0 ? V_ERR : mo_bool(!v);
        }
        return a == b ? MO_FALSE : MO_NOTIMPL;
    }
    return MO_NOTIMPL;
}

static Value object_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames);
static Value object_init(Value self, const Value *args, size_t nargs, Value kwnames);
static Value slot_init(Value self, const Value *args, size_t nargs, Value kwnames);

static bool excess_args(size_t nargs, Value kwnames) { return nargs > 0 || mo_args_nkw(kwnames) > 0; }

static Value object_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new)
            return mo_err_format(&mo_exc_TypeError,
                                 "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return mo_err_format(&mo_exc_TypeError, "%s() takes no arguments", type->name);
    }
    if (type->flags & MO_TPFLAG_HEAPTYPE)
        return mo_object_new_instance(type);
    Object *o = mo_gc_alloc(type, type->basicsize ? type->basicsize : sizeof(Object));
    return o ? mo_obj(o) : V_ERR;
}

static Value object_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (excess_args(nargs, kwnames)) {
        TypeObject *type = mo_type(self);
        if (type->init != object_init)
            return mo_err_format(&mo_exc_TypeError,
                                 "object.__init__() takes exactly one argument (the instance to initialize)");
        if (type->new_ == object_new)
            return mo_err_format(&mo_exc_TypeError,
                                 "%s.__init__() takes exactly one argument (the instance to initialize)", type->name);
    }
    return MO_NONE;
}

Value mo_type_python_init(TypeObject *cls) {
    if (cls->new_ != object_new || cls->init != slot_init || !(cls->flags & MO_TPFLAG_HEAPTYPE))
        return MO_NULL;
    Value f = mo_type_lookup(cls, slot_name(S_INIT));
    return mo_is_exact(f, &mo_function_type) ? f : MO_NULL;
}

Value mo_object_new_instance(TypeObject *t) {
    Object *o = mo_gc_alloc(t, t->basicsize);
    if (!o)
        return V_ERR;
    // Fields classes added (slots, the __dict__) start empty.
    for (uint32_t off = (uint32_t)sizeof(Object); off + sizeof(Value) <= t->basicsize; off += sizeof(Value))
        *(Value *)((char *)o + off) = MO_NULL;
    return mo_obj(o);
}

Value *mo_instance_dict_slot(Value obj) {
    if (!mo_is_ptr(obj))
        return NULL;
    TypeObject *t = mo_ptr(obj)->type;
    if (!t->dictoffset)
        return NULL;
    if (t->flags & MO_TPFLAG_VARSIZE_BASE) {
        if (t->flags & MO_TPFLAG_STR_SUBCLASS)
            return (Value *)((char *)mo_str_extra(obj) + t->dictoffset - sizeof(StrObject));
        return (Value *)((char *)mo_bytes_extra(obj) + t->dictoffset - sizeof(BytesObject));
    }
    return (Value *)((char *)mo_ptr(obj) + t->dictoffset);
}

static Value *dict_slot(Value obj) { return mo_instance_dict_slot(obj); }

Value mo_instance_dict(Value obj) {
    Value *slot = dict_slot(obj);
    if (!slot)
        return MO_NULL;
    if (*slot == 0 || *slot == MO_NULL) {
        Value d = mo_dict_new();
        if (d == V_ERR)
            return V_ERR;
        *slot = d;
    }
    return *slot;
}

Value mo_generic_getattr(Value obj, Value name) {
    TypeObject *t = mo_type(obj);
    Value descr = mo_type_lookup(t, name);
    TypeObject *dt = NULL;
    if (descr != MO_NULL) {
        dt = mo_type(descr);
        if (dt->descr_get && dt->descr_set)
            return dt->descr_get(descr, obj, mo_obj(t));
    }
    Value *slot = dict_slot(obj);
    if (slot && *slot != 0 && *slot != MO_NULL) {
        Value v = mo_dict_get(*slot, name);
        if (v != MO_NULL)
            return v;
    }
    if (descr != MO_NULL) {
        if (dt->descr_get)
            return dt->descr_get(descr, obj, mo_obj(t));
        return descr;
    }
    return mo_attribute_error(obj, name, "'%s' object has no attribute '%U'", t->name, name);
}

Value mo_attribute_error(Value obj, Value name, const char *fmt, ...) {
    StrBuf b = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    mo_str_vformat(&b, fmt, ap);
    va_end(ap);
    Value msg = mo_str_from_strbuf(&b);
    if (msg == V_ERR)
        return V_ERR;
    mo_err_set_type(&mo_exc_AttributeError, msg);
    Value exc = mo_ts->exc;
    if (mo_is_exception(exc)) {
        Value d = mo_exc_obj(exc)->dict;
        mo_dict_set_cstr(d, "name", name);
        mo_dict_set_cstr(d, "obj", obj);
        mo_err_clear();
        mo_ts->exc = exc;
    }
    return V_ERR;
}

int mo_generic_setattr(Value obj, Value name, Value v) {
    TypeObject *t = mo_type(obj);
    Value descr = mo_type_lookup(t, name);
    if (descr != MO_NULL) {
        TypeObject *dt = mo_type(descr);
        if (dt->descr_set)
            return dt->descr_set(descr, obj, v);
    }
    Value *slot = dict_slot(obj);
    if (!slot) {
        if (descr == MO_NULL) {
            mo_err_format(&mo_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        } else {
            mo_err_format(&mo_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        }
        return -1;
    }
    Value d = mo_instance_dict(obj);
    if (d == V_ERR)
        return -1;
    if (v == MO_NULL) {
        int r = mo_dict_del(d, name);
        if (r == 0) {
            mo_err_format(&mo_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    return mo_dict_set(d, name, v);
}

static Value object_get_class(Value self) { return mo_obj(mo_type(self)); }
static int object_set_class(Value self, Value v) {
    if (!mo_is_type(v)) {
        mo_err_format(&mo_exc_TypeError, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    TypeObject *nt = (TypeObject *)mo_ptr(v);
    TypeObject *ot = mo_type(self);
    // CPython's two messages: one for built-in classes on either side, one
    // for heap classes whose instances are laid out differently (a class
    // with __slots__ and one without, say).
    if (!mo_is_ptr(self) || !(nt->flags & MO_TPFLAG_HEAPTYPE) || !(ot->flags & MO_TPFLAG_HEAPTYPE)) {
        mo_err_format(&mo_exc_TypeError,
                      "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (nt->basicsize != ot->basicsize || nt->dictoffset != ot->dictoffset) {
        mo_err_format(&mo_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name,
                      ot->name);
        return -1;
    }
    mo_ptr(self)->type = nt;
    return 0;
}
static Value object_get_dict(Value self) {
    Value d = mo_instance_dict(self);
    if (d == MO_NULL)
        return mo_err_format(&mo_exc_AttributeError, "'%s' object has no attribute '__dict__'", mo_type_name(self));
    return d;
}
static int object_set_dict(Value self, Value v) {
    Value *slot = dict_slot(self);
    if (!slot) {
        mo_err_format(&mo_exc_AttributeError, "'%s' object has no attribute '__dict__'", mo_type_name(self));
        return -1;
    }
    if (!mo_is_dict(v)) {
        mo_err_format(&mo_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    *slot = v;
    return 0;
}

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

// __dict__ is exposed only on types whose instances have one.
static const GetSetDef dict_getset[] = {
    {"__dict__", object_get_dict, object_set_dict},
    {NULL, NULL, NULL},
};

static Value object_get_weakref(Value self) { return MO_NONE; }
static const GetSetDef weakref_getset[] = {
    {"__weakref__", object_get_weakref, NULL},
    {NULL, NULL, NULL},
};

// CPython adds __weakref__ unless __slots__ leaves it out, a base already
// has it, or the base's instances are variable-sized or weak-referenceable
// on their own (int, bytes, tuple, set, frozenset).
static bool needs_weakref_slot(TypeObject *t, TypeObject *base, Value slots) {
    if (slots != MO_NULL) {
        bool listed = false;
        Value names = mo_is_str(slots) ? mo_tuple_pack(1, slots) : mo_tuple_from_iterable(slots);
        if (names == V_ERR) {
            mo_err_clear();
            return false;
        }
        for (int64_t i = 0; i < mo_tuple_size(names); i++)
            listed |= mo_is_str(mo_tuple_items(names)[i]) && mo_str_eq_cstr(mo_tuple_items(names)[i], "__weakref__");
        if (!listed)
            return false;
    }
    static TypeObject *const no_weakref[] = {&mo_int_type, &mo_bytes_type, &mo_tuple_type, &mo_set_type,
                                             &mo_frozenset_type};
    for (size_t i = 0; i < sizeof no_weakref / sizeof no_weakref[0]; i++)
        if (mo_type_is_subtype(base, no_weakref[i]))
            return false;
    (void)t;
    return mo_type_lookup(base, mo_str_intern_cstr("__weakref__")) == MO_NULL;
}

static Value object_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__format__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (mo_str_size(args[0]) > 0)
        return mo_err_format(&mo_exc_TypeError, "unsupported format string passed to %s.__format__",
                             mo_type_name(self));
    return mo_str(self);
}

static Value object_dir(Value self, const Value *args, size_t nargs, Value kwnames);

static Value object_init_subclass(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs || mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                             ((TypeObject *)mo_ptr(self))->name);
    return MO_NONE;
}

static Value object_reduce_ex(Value self, const Value *args, size_t nargs, Value kwnames) {
    return mo_err_format(&mo_exc_TypeError, "cannot pickle '%s' object", mo_type_name(self));
}

static Value object_reduce(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__reduce__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_err_format(&mo_exc_TypeError, "cannot pickle '%s' object", mo_type_name(self));
}

extern TypeObject mo_member_descr_type;
static Value member_get(Value descr, Value obj, Value type);

// The instance's state as copy and pickle see it: its __dict__ (None when
// empty or absent), paired with the filled __slots__ when it has any.
static Value object_getstate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__getstate__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    Value d = mo_instance_dict(self);
    Value state = d != MO_NULL && d != V_ERR && mo_dict_size(d) > 0 ? d : MO_NONE;
    Value slots = MO_NULL;
    TypeObject *t = mo_type(self);
    for (int64_t i = 0; i < mo_tuple_size(t->mro); i++) {
        Value dict = ((TypeObject *)mo_ptr(mo_tuple_items(t->mro)[i]))->dict;
        int64_t pos = 0;
        Value k, v;
        while (mo_dict_next(dict, &pos, &k, &v)) {
            if (!mo_is_exact(v, &mo_member_descr_type))
                continue;
            Value x = member_get(v, self, MO_NULL);
            if (x == V_ERR) {
                mo_err_clear();
                continue;
            }
            if (slots == MO_NULL && (slots = mo_dict_new()) == V_ERR)
                return V_ERR;
            if (mo_dict_set(slots, k, x) < 0)
                return V_ERR;
        }
    }
    return slots == MO_NULL ? state : mo_tuple_pack(2, state, slots);
}

// What sys.getsizeof reports, less the collector header CPython adds for
// containers and class instances.
static Value object_sizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__sizeof__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    Value getsizeof = mo_sys_get("getsizeof");
    if (getsizeof == V_ERR || getsizeof == MO_NULL)
        return mo_smallint(mo_type(self)->basicsize);
    Value n = mo_call1(getsizeof, self);
    if (n == V_ERR || !mo_is_smallint(n))
        return n;
    TypeObject *t = mo_type(self);
    bool tracked = (t->flags & MO_TPFLAG_HEAPTYPE) || t == &mo_list_type || t == &mo_tuple_type ||
                   t == &mo_dict_type || t == &mo_set_type || t == &mo_frozenset_type;
    return tracked ? mo_smallint(mo_smallint_val(n) - 16) : n;
}

static Value object_subclasshook(Value self, const Value *args, size_t nargs, Value kwnames) {
    return MO_NOTIMPL;
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, 0, NULL},
    {"__dir__", object_dir, 0, NULL},
    {"__init_subclass__", object_init_subclass, MO_METH_CLASS, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {"__reduce__", object_reduce, 0, NULL},
    {"__getstate__", object_getstate, 0, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {"__subclasshook__", object_subclasshook, MO_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_object_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "object",
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(Object),
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = mo_generic_getattr,
    .setattr = mo_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

// ------------------------------------------------------------------ type

static void type_trace(Object *o) {
    TypeObject *t = (TypeObject *)o;
    mo_gc_mark(t->bases);
    mo_gc_mark(t->mro);
    mo_gc_mark(t->dict);
    mo_gc_mark(t->name_v);
    mo_gc_mark(t->qualname);
    mo_gc_mark(t->module);
    if (t->subclasses)
        mo_gc_mark(t->subclasses);
    if (t->base)
        mo_gc_mark_obj(&t->base->hdr);
}

static Value type_repr(Value self) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    if (t->module != MO_NULL && t->module != 0 && mo_is_str(t->module) && !mo_str_eq_cstr(t->module, "builtins"))
        return mo_str_format("<class '%U.%U'>", t->module, t->qualname);
    return mo_str_format("<class '%s'>", t->name);
}

static Value type_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    if (t == &mo_type_type && nargs == 1 && !mo_args_nkw(kwnames))
        return mo_obj(mo_type(args[0]));
    if (!t->new_)
        return mo_err_format(&mo_exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->new_(t, args, nargs, kwnames);
    if (obj == V_ERR)
        return V_ERR;
    if (!mo_isinstance_type(obj, t))
        return obj;
    TypeObject *ot = mo_type(obj);
    if (ot->init && ot->init != object_init) {
        if (ot->init(obj, args, nargs, kwnames) == V_ERR)
            return V_ERR;
    } else if (ot->init == object_init && ot->new_ == object_new && excess_args(nargs, kwnames)) {
        return object_init(obj, args, nargs, kwnames);
    }
    return obj;
}

// type.__getattribute__: the metatype's data descriptors, then the MRO of the
// class (binding with obj = MO_NULL), then the metatype's other attributes.
static Value type_getattr(Value self, Value name) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    TypeObject *meta = mo_type(self);
    Value mdescr = mo_type_lookup(meta, name);
    TypeObject *mdt = NULL;
    if (mdescr != MO_NULL) {
        mdt = mo_type(mdescr);
        if (mdt->descr_get && mdt->descr_set)
            return mdt->descr_get(mdescr, self, mo_obj(meta));
    }
    Value v = mo_type_lookup(t, name);
    if (v != MO_NULL) {
        TypeObject *vt = mo_type(v);
        if (vt->descr_get)
            return vt->descr_get(v, MO_NULL, self);
        return v;
    }
    if (mdescr != MO_NULL) {
        if (mdt->descr_get)
            return mdt->descr_get(mdescr, self, mo_obj(meta));
        return mdescr;
    }
    return mo_attribute_error(self, name, "type object '%s' has no attribute '%U'", t->name, name);
}

static int type_setattr(Value self, Value name, Value v) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    if (!(t->flags & MO_TPFLAG_HEAPTYPE)) {
        mo_err_format(&mo_exc_TypeError,
                      "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Value meta_descr = mo_type_lookup(mo_type(self), name);
    if (meta_descr != MO_NULL && mo_type(meta_descr)->descr_set)
        return mo_type(meta_descr)->descr_set(meta_descr, self, v);
    int r;
    if (v == MO_NULL) {
        r = mo_dict_del(t->dict, name);
        if (r == 0) {
            mo_err_format(&mo_exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
            return -1;
        }
        r = r < 0 ? -1 : 0;
    } else {
        r = mo_dict_set(t->dict, name, v);
    }
    if (r == 0)
        mo_type_modified(t, name);
    return r;
}

static Value type_new(TypeObject *meta, const Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && !mo_args_nkw(kwnames) && meta == &mo_type_type)
        return mo_obj(mo_type(args[0]));
    if (nargs != 3)
        return mo_err_format(&mo_exc_TypeError, "type() takes 1 or 3 arguments");
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!mo_is_tuple(args[1]))
        return mo_err_format(&mo_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", args[1]);
    if (!mo_is_dict(args[2]))
        return mo_err_format(&mo_exc_TypeError, "type.__new__() argument 3 must be dict, not %T", args[2]);
    // Class keywords (`class C(B, x=1)`) go to the bases' __init_subclass__.
    Value kwargs = MO_NULL;
    size_t nkw = mo_args_nkw(kwnames);
    if (nkw) {
        kwargs = mo_dict_new();
        if (kwargs == V_ERR)
            return V_ERR;
        for (size_t i = 0; i < nkw; i++)
            if (mo_dict_set(kwargs, mo_tuple_items(kwnames)[i], args[nargs + i]) < 0)
                return V_ERR;
    }
    return mo_type_new_class_kw(meta, args[0], args[1], args[2], kwargs);
}

static Value type_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs != 1 && nargs != 3)
        return mo_err_format(&mo_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return MO_NONE;
}

static Value type_get_name(Value self) { return ((TypeObject *)mo_ptr(self))->name_v; }
static int type_set_name(Value self, Value v) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    if (!(t->flags & MO_TPFLAG_HEAPTYPE) || !mo_is_str(v)) {
        mo_err_format(&mo_exc_TypeError, "can only assign string to %s.__name__", t->name);
        return -1;
    }
    t->name_v = v;
    t->name = mo_str_data(v);
    return 0;
}
static Value type_get_qualname(Value self) { return ((TypeObject *)mo_ptr(self))->qualname; }
static int type_set_qualname(Value self, Value v) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    if (!(t->flags & MO_TPFLAG_HEAPTYPE) || !mo_is_str(v)) {
        mo_err_format(&mo_exc_TypeError, "can only assign string to %s.__qualname__", t->name);
        return -1;
    }
    t->qualname = v;
    return 0;
}
static Value type_get_module(Value self) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    if (t->flags & MO_TPFLAG_HEAPTYPE) {
        Value m = mo_dict_get_cstr(t->dict, "__module__");
        if (m != MO_NULL)
            return m;
    }
    return t->module;
}
static int type_set_module(Value self, Value v) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    if (!(t->flags & MO_TPFLAG_HEAPTYPE)) {
        mo_err_format(&mo_exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    t->module = v;
    return mo_dict_set_cstr(t->dict, "__module__", v);
}
static Value type_get_bases(Value self) { return ((TypeObject *)mo_ptr(self))->bases; }
static Value type_get_base(Value self) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    return t->base ? mo_obj(t->base) : MO_NONE;
}
static Value type_get_mro(Value self) { return ((TypeObject *)mo_ptr(self))->mro; }
static Value type_get_dict(Value self) {
    // A read-only live view: the class's dict changes only through setattr
    // (which keeps the attribute caches right).
    return mo_mappingproxy_new(((TypeObject *)mo_ptr(self))->dict);
}
static Value type_get_doc(Value self) {
    TypeObject *t = (TypeObject *)mo_ptr(self);
    Value d = mo_dict_get_cstr(t->dict, "__doc__");
    return d == MO_NULL ? MO_NONE : d;
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, NULL},
    {NULL, NULL, NULL},
};

static Value type_mro_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value mro = ((TypeObject *)mo_ptr(self))->mro;
    return mo_list_from_iterable(mro);
}

static Value type_subclasscheck(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__subclasscheck__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    // The plain check (mo_issubclass would come back here for a metaclass).
    if (!mo_is_type(args[0]))
        return mo_err_format(&mo_exc_TypeError, "issubclass() arg 1 must be a class");
    return mo_bool(mo_type_is_subtype((TypeObject *)mo_ptr(args[0]), (TypeObject *)mo_ptr(self)));
}

static Value type_instancecheck(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__instancecheck__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_bool(mo_isinstance_type(args[0], (TypeObject *)mo_ptr(self)));
}

// The direct subclasses, in the order they were made. (CPython holds them
// weakly; here a class stays listed, and alive, once made.)
static Value type_subclasses(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__subclasses__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    Value l = ((TypeObject *)mo_ptr(self))->subclasses;
    if (!l || l == MO_NULL)
        return mo_list_new(0);
    return mo_list_from_array(mo_list_items(l), (size_t)mo_list_size(l));
}

// Records `t` as a subclass of each of its bases.
static int add_subclass(TypeObject *t) {
    for (int64_t i = 0; i < mo_tuple_size(t->bases); i++) {
        TypeObject *b = (TypeObject *)mo_ptr(mo_tuple_items(t->bases)[i]);
        if (!b->subclasses || b->subclasses == MO_NULL) {
            Value l = mo_list_new(0);
            if (l == V_ERR)
                return -1;
            b->subclasses = l;
        }
        if (mo_list_append(b->subclasses, mo_obj(t)) < 0)
            return -1;
    }
    return 0;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {"__class_getitem__", mo_misc_class_getitem, MO_METH_CLASS, NULL},    // type[int]
    {NULL, NULL, 0, NULL},
};

static Value type_binop(Value a, Value b, int op) {
    // `int | None` makes a union type (objects/union.c).
    return mo_union_binop(a, b, op);
}

TypeObject mo_type_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "type",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_TYPE_SUBCLASS,
    .basicsize = sizeof(TypeObject),
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .new_ = type_new,
    .init = type_init,
    .binop = type_binop,
    .trace = type_trace,
    .methods = type_methods,
    .getsets = type_getsets,
};

// The layout base of `t`: the nearest ancestor that adds fields other than
// a __dict__ (every class adds that at the same place, so two classes that
// differ only by it can be combined).
static TypeObject *solid_base(TypeObject *t) {
    while (t->base) {
        uint32_t extra = t->basicsize - t->base->basicsize;
        if (t->flags & MO_TPFLAG_HEAPTYPE) {
            bool dict_only =
                extra == sizeof(Value) && t->base->dictoffset == 0 && t->dictoffset == t->base->basicsize;
            if (extra != 0 && !dict_only)
                break;
        } else {
            // The built-in exceptions share BaseException's layout (their
            // own attributes live in the __dict__), so, as in CPython, one
            // class may derive from two of them (TypeError and
            // ArithmeticError, OSError and ValueError).
            if (!(t->flags & MO_TPFLAG_EXC_SUBCLASS) || !(t->base->flags & MO_TPFLAG_EXC_SUBCLASS) || extra != 0 ||
                t->dictoffset != t->base->dictoffset)
                break;
        }
        t = t->base;
    }
    return t;
}

static int layout_slots(TypeObject *t, TypeObject *base, Value slots, bool *want_dict);

Value mo_type_new_class(TypeObject *meta, Value name, Value bases, Value dict) {
    return mo_type_new_class_kw(meta, name, bases, dict, MO_NULL);
}

Value mo_type_new_class_kw(TypeObject *meta, Value name, Value bases, Value dict, Value kwargs) {
    int64_t nb = mo_tuple_size(bases);
    if (nb == 0) {
        bases = mo_tuple_pack(1, mo_obj(&mo_object_type));
        if (bases == V_ERR)
            return V_ERR;
        nb = 1;
    }
    // The primary base is the one with the most specific layout.
    TypeObject *base = NULL;
    for (int64_t i = 0; i < nb; i++) {
        Value b = mo_tuple_items(bases)[i];
        if (!mo_is_type(b)) {
            // CPython first finds the metaclass from the bases' types: a
            // base that is not a class has a type that is no metaclass.
            if (!mo_type_is_subtype(mo_type(b), &mo_type_type))
                return mo_err_format(&mo_exc_TypeError,
                                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                     "subclass of the metaclasses of all its bases");
            return mo_err_format(&mo_exc_TypeError, "bases must be types");
        }
        TypeObject *bt = (TypeObject *)mo_ptr(b);
        if (!(bt->flags & MO_TPFLAG_BASETYPE))
            return mo_err_format(&mo_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
        if (!base) {
            base = bt;
            continue;
        }
        TypeObject *sb = solid_base(base), *sbt = solid_base(bt);
        // Only a strictly more specific layout displaces the earlier base:
        // with equal layouts CPython keeps the first (it is __base__).
        if (sbt != sb && mo_type_is_subtype(sbt, sb))
            base = bt;
        else if (!mo_type_is_subtype(sb, sbt))
            return mo_err_format(&mo_exc_TypeError, "multiple bases have instance lay-out conflict");
    }
    TypeObject *t = mo_gc_alloc(meta, sizeof(TypeObject));
    if (!t)
        return V_ERR;
    t->flags = MO_TPFLAG_HEAPTYPE | MO_TPFLAG_BASETYPE;
    if (mo_type_is_subtype(base, &mo_str_type) || mo_type_is_subtype(base, &mo_bytes_type))
        t->flags |= MO_TPFLAG_VARSIZE_BASE;
    t->base = base;
    t->bases = bases;
    t->name_v = name;
    t->name = mo_str_data(name);
    t->qualname = name;
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    t->dict = mo_dict_copy(dict);
    if (t->dict == V_ERR)
        return V_ERR;
    Value slots = mo_dict_get_cstr(t->dict, "__slots__");
    bool want_dict = true;
    if (slots != MO_NULL && !(t->flags & MO_TPFLAG_VARSIZE_BASE)) {
        if (layout_slots(t, base, slots, &want_dict) < 0)
            return V_ERR;
    }
    // Slots are traced by the collector from the end of the solid base.
    TypeObject *sb = solid_base(base);
    t->heap_fields_start = (sb->flags & MO_TPFLAG_HEAPTYPE) ? sb->heap_fields_start : sb->basicsize;
    if (t->flags & MO_TPFLAG_VARSIZE_BASE)
        t->heap_fields_start = 0;
    if (!t->dictoffset && want_dict) {
        t->dictoffset = t->basicsize;
        t->basicsize += sizeof(Value);
    }
    if (t->dictoffset)
        t->flags |= MO_TPFLAG_HAS_DICT;
    else
        t->flags &= ~MO_TPFLAG_HAS_DICT;
    t->mro = compute_mro(t, bases);
    if (t->mro == V_ERR)
        return V_ERR;
    t->version = next_version++;
    Value qn = mo_dict_get_cstr(t->dict, "__qualname__");
    if (qn != MO_NULL) {
        if (!mo_is_str(qn))
            return mo_err_format(&mo_exc_TypeError, "type __qualname__ must be a str, not %T", qn);
        t->qualname = qn;
        if (mo_dict_del(t->dict, mo_str_intern_cstr("__qualname__")) < 0)
            return V_ERR;
    }
    Value mod = mo_dict_get_cstr(t->dict, "__module__");
    if (mod == MO_NULL && mo_ts->frame) {
        // type(name, bases, dict) without __module__: the caller's module,
        // as CPython does.
        mod = mo_dict_get_cstr(mo_ts->frame->globals, "__name__");
        if (mod != MO_NULL && mo_dict_set_cstr(t->dict, "__module__", mod) < 0)
            return V_ERR;
    }
    t->module = mod == MO_NULL ? MO_NULL : mod;
    // __new__ written in Python is implicitly a staticmethod;
    // __init_subclass__ and __class_getitem__ implicitly classmethods.
    Value newf = mo_dict_get_cstr(t->dict, "__new__");
    if (newf != MO_NULL && mo_is_exact(newf, &mo_function_type)) {
        Value sm = mo_call1(mo_obj(&mo_staticmethod_type), newf);
        if (sm == V_ERR || mo_dict_set_cstr(t->dict, "__new__", sm) < 0)
            return V_ERR;
    }
    static const char *const implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        Value f = mo_dict_get_cstr(t->dict, implicit_cm[i]);
        if (f != MO_NULL && mo_is_exact(f, &mo_function_type)) {
            Value cm = mo_call1(mo_obj(&mo_classmethod_type), f);
            if (cm == V_ERR || mo_dict_set_cstr(t->dict, implicit_cm[i], cm) < 0)
                return V_ERR;
        }
    }
    inherit_slots(t, base);
    // Flags that mean "the layout is a built-in's" come from the base; a
    // class always gets a __dict__.
    if (t->dictoffset && mo_dict_get_cstr(t->dict, "__dict__") == MO_NULL &&
        mo_type_lookup(base, mo_str_intern_cstr("__dict__")) == MO_NULL) {
        Value d = mo_getset_descr_new(&dict_getset[0], t);
        if (d == V_ERR || mo_dict_set_cstr(t->dict, "__dict__", d) < 0)
            return V_ERR;
    }
    // A __weakref__ slot, as CPython gives a class whose bases have none
    // (there are no weak references here: it reads None).
    if (needs_weakref_slot(t, base, slots)) {
        Value d = mo_getset_descr_new(&weakref_getset[0], t);
        if (d == V_ERR || mo_dict_set_cstr(t->dict, "__weakref__", d) < 0)
            return V_ERR;
    }
    if (mo_dict_get_cstr(t->dict, "__doc__") == MO_NULL)
        if (mo_dict_set_cstr(t->dict, "__doc__", MO_NONE) < 0)
            return V_ERR;
    fixup_slots(t, true);
    Value self = mo_obj(t);
    // __set_name__ on every attribute that has one.
    int64_t pos = 0;
    Value k, v;
    Value snapshot = mo_dict_copy(t->dict);
    if (snapshot == V_ERR)
        return V_ERR;
    while (mo_dict_next(snapshot, &pos, &k, &v)) {
        if (!mo_is_ptr(v) || !((mo_type(v)->flags & MO_TPFLAG_HEAPTYPE) || mo_is_exact(v, &mo_property_type)))
            continue;
        Value sn = mo_type_lookup(mo_type(v), mo_str_intern_cstr("__set_name__"));
        if (sn == MO_NULL)
            continue;
        Value args[2] = {self, k};
        if (mo_call_method(v, mo_str_intern_cstr("__set_name__"), args, 2, MO_NULL) == V_ERR)
            return V_ERR;
    }
    if (add_subclass(t) < 0)
        return V_ERR;
    // The parent's __init_subclass__.
    Value super_args[2] = {mo_obj(base), self};
    (void)super_args;
    bool has_kwargs = kwargs != MO_NULL && mo_dict_size(kwargs) > 0;
    for (int64_t i = 1; i < mo_tuple_size(t->mro); i++) {
        TypeObject *b = (TypeObject *)mo_ptr(mo_tuple_items(t->mro)[i]);
        Value f = mo_dict_get_cstr(b->dict, "__init_subclass__");
        if (f == MO_NULL)
            continue;
        if (b == &mo_object_type) {
            if (has_kwargs)
                return mo_err_format(&mo_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                                     t->name);
            break;
        }
        TypeObject *ft = mo_type(f);
        Value bound = ft->descr_get ? ft->descr_get(f, MO_NULL, self) : f;
        if (bound == V_ERR)
            return V_ERR;
        Value r = has_kwargs ? mo_call_tuple_dict(bound, mo_tuple_empty, kwargs) : mo_call0(bound);
        if (r == V_ERR)
            return V_ERR;
        break;
    }
    // Class creation wrote to the dict directly: start with a fresh version.
    t->version = next_version++;
    return self;
}

// --------------------------------------------------------- __slots__
//
// Each name in a class's __slots__ gets a member descriptor that reads and
// writes one Value at a fixed offset in the instance (MO_NULL: unset).

typedef struct MemberDescrObject {
    Object hdr;
    TypeObject *owner;
    Value name;
    uint32_t offset;
} MemberDescrObject;

TypeObject mo_member_descr_type;

static void member_trace(Object *o) {
    MemberDescrObject *m = (MemberDescrObject *)o;
    mo_gc_mark_obj(&m->owner->hdr);
    mo_gc_mark(m->name);
}

static Value member_get(Value descr, Value obj, Value type) {
    MemberDescrObject *m = (MemberDescrObject *)mo_ptr(descr);
    if (obj == MO_NULL)
        return descr;
    if (!mo_isinstance_type(obj, m->owner))
        return mo_err_format(&mo_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object",
                             m->name, m->owner->name, obj);
    // An unset slot holds MO_NULL (mo_gc_alloc fills them); zero is 0.0.
    Value v = *(Value *)((char *)mo_ptr(obj) + m->offset);
    if (v == MO_NULL)
        return mo_attribute_error(obj, m->name, "'%s' object has no attribute '%U'", mo_type_name(obj), m->name);
    return v;
}

static int member_set(Value descr, Value obj, Value v) {
    MemberDescrObject *m = (MemberDescrObject *)mo_ptr(descr);
    if (!mo_isinstance_type(obj, m->owner)) {
        mo_err_format(&mo_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object", m->name,
                      m->owner->name, obj);
        return -1;
    }
    Value *slot = (Value *)((char *)mo_ptr(obj) + m->offset);
    if (v == MO_NULL && *slot == MO_NULL) {
        mo_attribute_error(obj, m->name, "%U", m->name);
        return -1;
    }
    *slot = v;
    return 0;
}

static Value member_repr(Value self) {
    MemberDescrObject *m = (MemberDescrObject *)mo_ptr(self);
    return mo_str_format("<member '%U' of '%s' objects>", m->name, m->owner->name);
}

static Value member_get_name(Value self) { return ((MemberDescrObject *)mo_ptr(self))->name; }
static Value member_get_objclass(Value self) { return mo_obj(((MemberDescrObject *)mo_ptr(self))->owner); }
static const GetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL},
    {"__objclass__", member_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_member_descr_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "member_descriptor",
    .base = &mo_object_type,
    .basicsize = sizeof(MemberDescrObject),
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .trace = member_trace,
    .getsets = member_getsets,
};

// Lays out a class's __slots__: each becomes a member; returns whether the
// instances still get a __dict__ ("__dict__" listed, or a base has one).
static int layout_slots(TypeObject *t, TypeObject *base, Value slots, bool *want_dict) {
    Value names = mo_is_str(slots) ? mo_tuple_pack(1, slots) : mo_tuple_from_iterable(slots);
    if (names == V_ERR)
        return -1;
    *want_dict = base->dictoffset != 0;
    for (int64_t i = 0; i < mo_tuple_size(names); i++) {
        Value n = mo_tuple_items(names)[i];
        if (!mo_is_str(n)) {
            mo_err_format(&mo_exc_TypeError, "__slots__ items must be strings, not '%T'", n);
            return -1;
        }
        if (mo_str_eq_cstr(n, "__dict__")) {
            *want_dict = true;
            continue;
        }
        if (mo_str_eq_cstr(n, "__weakref__"))
            continue;
        // Private names are mangled, as the class body's `self.__x` is.
        const char *cn = mo_str_data(n), *owner = t->name;
        size_t len = (size_t)mo_str_size(n);
        while (*owner == '_')
            owner++;
        bool dunder = len >= 4 && cn[len - 1] == '_' && cn[len - 2] == '_';
        if (*owner && len > 2 && cn[0] == '_' && cn[1] == '_' && !dunder && !strchr(cn, '.'))
            n = mo_str_format("_%s%U", owner, n);
        n = n == V_ERR ? V_ERR : mo_str_intern(n);
        if (n == V_ERR)
            return -1;
        if (mo_dict_get_str(t->dict, n) != MO_NULL) {
            mo_err_format(&mo_exc_ValueError, "%R in __slots__ conflicts with class variable", n);
            return -1;
        }
        MemberDescrObject *m = mo_gc_alloc(&mo_member_descr_type, sizeof *m);
        if (!m)
            return -1;
        m->owner = t;
        m->name = n;
        m->offset = t->basicsize;
        t->basicsize += sizeof(Value);
        if (mo_dict_set(t->dict, n, mo_obj(m)) < 0)
            return -1;
    }
    return 0;
}

// ------------------------------------------------------------------ super

typedef struct SuperObject {
    Object hdr;
    TypeObject *type;       // the class whose successors are searched
    Value obj;              // the instance (or class) bound to
    TypeObject *obj_type;   // whose MRO is searched
} SuperObject;

TypeObject mo_super_type;

static void super_trace(Object *o) {
    SuperObject *s = (SuperObject *)o;
    if (s->type)
        mo_gc_mark_obj(&s->type->hdr);
    mo_gc_mark(s->obj);
    if (s->obj_type)
        mo_gc_mark_obj(&s->obj_type->hdr);
}

static Value super_make(TypeObject *type, Value obj) {
    TypeObject *obj_type;
    if (mo_is_type(obj) && mo_type_is_subtype((TypeObject *)mo_ptr(obj), type))
        obj_type = (TypeObject *)mo_ptr(obj);
    else if (mo_isinstance_type(obj, type))
        obj_type = mo_type(obj);
    else
        return mo_err_format(&mo_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    SuperObject *s = mo_gc_alloc(&mo_super_type, sizeof *s);
    if (!s)
        return V_ERR;
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return mo_obj(s);
}

static Value super_new(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "super() takes no keyword arguments");
    if (nargs == 2) {
        if (!mo_is_type(args[0]))
            return mo_err_format(&mo_exc_TypeError, "super() argument 1 must be a type, not %T", args[0]);
        return super_make((TypeObject *)mo_ptr(args[0]), args[1]);
    }
    if (nargs != 0)
        return mo_err_format(&mo_exc_TypeError, "super() takes 0 or 2 arguments");
    // Zero-argument form: the __class__ cell and the first argument of the
    // calling function.
    Frame *f = mo_ts->frame;
    if (!f || !f->code)
        return mo_err_format(&mo_exc_RuntimeError, "super(): no current frame");
    CodeObject *code = mo_code_obj(f->code);
    if (code->argcount == 0 && !(code->flags & MO_CO_VARARGS))
        return mo_err_format(&mo_exc_RuntimeError, "super(): no arguments");
    Value first = f->slots[0];
    if (first != MO_NULL && code->cell2arg) {
        // The first argument may have been moved into a cell.
        for (int32_t i = 0; i < code->ncellvars; i++)
            if (code->cell2arg[i] == 0) {
                Value cell = f->slots[code->nlocals + i];
                if (mo_is_exact(cell, &mo_cell_type))
                    first = mo_cell_obj(cell)->ref;
            }
    }
    if (first == MO_NULL)
        return mo_err_format(&mo_exc_RuntimeError, "super(): arg[0] deleted");
    int64_t nnames = mo_tuple_size(code->localsplusnames);
    for (int64_t i = code->nlocals + code->ncellvars; i < nnames; i++) {
        if (mo_str_eq_cstr(mo_tuple_items(code->localsplusnames)[i], "__class__")) {
            Value cell = f->slots[i];
            if (!mo_is_exact(cell, &mo_cell_type) || mo_cell_obj(cell)->ref == MO_NULL)
                return mo_err_format(&mo_exc_RuntimeError, "super(): empty __class__ cell");
            Value cls = mo_cell_obj(cell)->ref;
            if (!mo_is_type(cls))
                return mo_err_format(&mo_exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return super_make((TypeObject *)mo_ptr(cls), first);
        }
    }
    return mo_err_format(&mo_exc_RuntimeError, "super(): __class__ cell not found");
}

static Value super_getattr(Value self, Value name) {
    SuperObject *s = (SuperObject *)mo_ptr(self);
    if (!mo_str_eq_cstr(name, "__class__")) {
        Value mro = s->obj_type->mro;
        int64_t n = mo_tuple_size(mro), i = 0;
        while (i < n && mo_ptr(mo_tuple_items(mro)[i]) != &s->type->hdr)
            i++;
        for (i++; i < n; i++) {
            TypeObject *b = (TypeObject *)mo_ptr(mo_tuple_items(mro)[i]);
            Value v = mo_dict_get_str(b->dict, name);
            if (v == MO_NULL)
                continue;
            TypeObject *vt = mo_type(v);
            if (vt->descr_get) {
                Value obj = s->obj == mo_obj(s->obj_type) ? MO_NULL : s->obj;
                return vt->descr_get(v, obj, mo_obj(s->obj_type));
            }
            return v;
        }
    }
    return mo_generic_getattr(self, name);
}

static Value super_repr(Value self) {
    SuperObject *s = (SuperObject *)mo_ptr(self);
    return mo_str_format("<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
}

static Value super_get_thisclass(Value self) {
    SuperObject *s = (SuperObject *)mo_ptr(self);
    return s->type ? mo_obj(s->type) : MO_NONE;
}
static Value super_get_self(Value self) {
    Value o = ((SuperObject *)mo_ptr(self))->obj;
    return o == MO_NULL || !o ? MO_NONE : o;
}
static Value super_get_self_class(Value self) {
    SuperObject *s = (SuperObject *)mo_ptr(self);
    return s->obj_type ? mo_obj(s->obj_type) : MO_NONE;
}
static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_super_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "super",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(SuperObject),
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_new,
    .trace = super_trace,
    .getsets = super_getsets,
};

// ------------------------------------------------------------------ dir()

static int add_keys(Value set_dict, Value d) {
    int64_t pos = 0;
    Value k, v;
    while (mo_dict_next(d, &pos, &k, &v))
        if (mo_dict_set(set_dict, k, MO_NONE) < 0)
            return -1;
    return 0;
}

static Value object_dir(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value acc = mo_dict_new();
    if (acc == V_ERR)
        return V_ERR;
    Value d = mo_instance_dict(self);
    if (d != MO_NULL && d != V_ERR && add_keys(acc, d) < 0)
        return V_ERR;
    TypeObject *t = mo_is_type(self) ? (TypeObject *)mo_ptr(self) : mo_type(self);
    Value mro = t->mro;
    for (int64_t i = 0; i < mo_tuple_size(mro); i++)
        if (add_keys(acc, ((TypeObject *)mo_ptr(mo_tuple_items(mro)[i]))->dict) < 0)
            return V_ERR;
    Value list = mo_dict_keys_list(acc);
    if (list == V_ERR)
        return V_ERR;
    if (mo_list_sort(list, MO_NULL, false) < 0)
        return V_ERR;
    return list;
}

void mo_type_init(void) {
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        slotdefs[i].interned = mo_str_intern_cstr(slotdefs[i].name);
        must(slotdefs[i].interned);
    }
    mo_type_ready(&mo_object_type);
    must(mo_dict_set_cstr(mo_object_type.dict, "__doc__",
                          mo_str_from_cstr("The base class of the class hierarchy.\n\nWhen called, it accepts no "
                                           "arguments and returns a new featureless\ninstance that has no instance "
                                           "attributes and cannot be given any.\n")) < 0
             ? V_ERR
             : MO_NONE);
    mo_type_ready(&mo_type_type);
    mo_type_ready(&mo_slot_wrapper_type);
    mo_type_ready(&mo_super_type);
    mo_type_ready(&mo_member_descr_type);
}
