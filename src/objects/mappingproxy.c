// src/objects/mappingproxy.c — types.MappingProxyType, the read-only live
// view that `C.__dict__` and `vars(C)` return.
//
// A proxy holds the mapping it shows (for a class, the class's own dict)
// and forwards reads to it, so later changes to the class show through;
// every way of writing through it fails, as in CPython:
// `'mappingproxy' object does not support item assignment`.
//
// Read next: src/objects/type.c (type.__dict__ makes one).
#include "objects/type.h"

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"

typedef struct MappingProxyObject {
    Object hdr;
    Value mapping;
} MappingProxyObject;

TypeObject mo_mappingproxy_type;

static Value mapping_of(Value self) { return ((MappingProxyObject *)mo_ptr(self))->mapping; }

Value mo_mappingproxy_new(Value mapping) {
    MappingProxyObject *p = mo_gc_alloc(&mo_mappingproxy_type, sizeof *p);
    if (!p)
        return V_ERR;
    p->mapping = mapping;
    return mo_obj(p);
}

static void proxy_trace(Object *o) { mo_gc_mark(((MappingProxyObject *)o)->mapping); }

// mappingproxy(mapping): anything with the mapping protocol, not a
// sequence.
static Value proxy_new(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"mapping"};
    Value a[1];
    if (mo_args_bind("mappingproxy", args, nargs, kwnames, names, 1, 1, 1, a) < 0)
        return V_ERR;
    Value m = a[0];
    TypeObject *mt = mo_type(m);
    if (!mt->getitem || mo_is_list(m) || mo_is_tuple(m) || mo_is_str(m))
        return mo_err_format(&mo_exc_TypeError, "mappingproxy() argument must be a mapping, not %T", m);
    (void)t;
    return mo_mappingproxy_new(m);
}

static Value proxy_repr(Value self) { return mo_str_format("mappingproxy(%R)", mapping_of(self)); }
static Value proxy_str(Value self) { return mo_str(mapping_of(self)); }
static Value proxy_getitem(Value self, Value key) { return mo_getitem(mapping_of(self), key); }
static int proxy_setitem(Value self, Value key, Value v) {
    (void)key;
    mo_err_format(&mo_exc_TypeError, "'mappingproxy' object does not support item %s",
                  v == MO_NULL ? "deletion" : "assignment");
    return -1;
}
static int64_t proxy_len(Value self) { return mo_len(mapping_of(self)); }
static int proxy_contains(Value self, Value key) { return mo_contains(mapping_of(self), key); }
static Value proxy_iter(Value self) { return mo_iter(mapping_of(self)); }
static Value proxy_richcompare(Value a, Value b, int op) {
    return mo_richcompare(mapping_of(a), mo_is_exact(b, &mo_mappingproxy_type) ? mapping_of(b) : b, op);
}
// `proxy | other` is a new dict, as in CPython.
static Value proxy_binop(Value a, Value b, int op) {
    if ((op & ~MO_OP_INPLACE) != MO_OP_OR)
        return MO_NOTIMPL;
    if (op & MO_OP_INPLACE)
        return mo_err_format(&mo_exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
    Value x = mo_is_exact(a, &mo_mappingproxy_type) ? mapping_of(a) : a;
    Value y = mo_is_exact(b, &mo_mappingproxy_type) ? mapping_of(b) : b;
    return mo_binop(x, y, MO_OP_OR);
}

// get/keys/values/items/copy forward to the mapping's own methods.
static Value forward(Value self, const char *name, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "%s() takes no keyword arguments", name);
    return mo_call_method_cstr(mapping_of(self), name, args, nargs);
}
static Value proxy_get(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("get", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    return forward(self, "get", args, nargs, kwnames);
}
static Value proxy_keys(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("keys", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return forward(self, "keys", args, nargs, kwnames);
}
static Value proxy_values(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("values", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return forward(self, "values", args, nargs, kwnames);
}
static Value proxy_items(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("items", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return forward(self, "items", args, nargs, kwnames);
}
static Value proxy_copy(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("copy", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return forward(self, "copy", args, nargs, kwnames);
}
static Value proxy_reversed(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__reversed__", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return forward(self, "__reversed__", args, nargs, kwnames);
}

static const MethodDef proxy_methods[] = {
    {"get", proxy_get, 0, NULL},
    {"keys", proxy_keys, 0, NULL},
    {"values", proxy_values, 0, NULL},
    {"items", proxy_items, 0, NULL},
    {"copy", proxy_copy, 0, NULL},
    {"__reversed__", proxy_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject mo_mappingproxy_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObject),
    .new_ = proxy_new,
    .repr = proxy_repr,
    .str = proxy_str,
    .getitem = proxy_getitem,
    .setitem = proxy_setitem,
    .len = proxy_len,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .richcompare = proxy_richcompare,
    .binop = proxy_binop,
    .trace = proxy_trace,
    .methods = proxy_methods,
};
