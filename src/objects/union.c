// src/objects/union.c — `types.UnionType`, what `int | str` makes.
//
// `X | Y` for classes, None and unions (type's `|` and the union's own)
// builds a union of the arguments flattened and without repeats, in order;
// a single argument left is returned itself (`int | int` is int). None is
// kept as NoneType in __args__ and shown as "None". isinstance() and
// issubclass() accept a union as they accept a tuple (abstract.c asks
// mo_union_args). Unions compare equal, and hash, as sets of arguments.
//
// Annotations such as `def f(x: int | None)` are evaluated when the
// function is defined, so without this they would fail.
//
// Read next: abstract.c (isinstance), type.c (type's `|`).
#include "objects/union.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

typedef struct UnionObject {
    Object hdr;
    Value args;         // a tuple of at least two arguments
} UnionObject;

bool mo_is_union(Value v) { return mo_is_ptr(v) && mo_ptr(v)->type == &mo_union_type; }

Value mo_union_args(Value u) { return ((UnionObject *)mo_ptr(u))->args; }

// A parameterized generic (list[int], made by lib/types.py's GenericAlias):
// it may be part of a union but not an isinstance() argument.
static bool is_generic_alias(Value v) {
    return mo_is_ptr(v) && strcmp(mo_type(v)->name, "GenericAlias") == 0;
}

static bool unionable(Value v) {
    return v == MO_NONE || mo_is_type(v) || mo_is_union(v) || is_generic_alias(v);
}

// Appends `v` to the argument list unless it is already there.
static int add_arg(Value list, Value v) {
    if (v == MO_NONE)
        v = mo_obj(&mo_none_type);
    int64_t n = mo_list_size(list);
    for (int64_t i = 0; i < n; i++) {
        Value w = mo_list_items(list)[i];
        if (w == v)
            return 0;
        if (is_generic_alias(v) && is_generic_alias(w)) {
            int eq = mo_eq(v, w);
            if (eq != 0)
                return eq < 0 ? -1 : 0;
        }
    }
    return mo_list_append(list, v);
}

static int add_flattened(Value list, Value v) {
    if (!mo_is_union(v))
        return add_arg(list, v);
    Value args = mo_union_args(v);
    for (int64_t i = 0; i < mo_tuple_size(args); i++)
        if (add_arg(list, mo_tuple_items(args)[i]) < 0)
            return -1;
    return 0;
}

Value mo_union_binop(Value a, Value b, int op) {
    if ((op & ~MO_OP_INPLACE) != MO_OP_OR || !unionable(a) || !unionable(b))
        return MO_NOTIMPL;
    Value list = mo_list_new(0);
    if (list == V_ERR || add_flattened(list, a) < 0 || add_flattened(list, b) < 0)
        return V_ERR;
    if (mo_list_size(list) == 1)
        return mo_list_items(list)[0];
    Value args = mo_list_as_tuple(list);
    if (args == V_ERR)
        return V_ERR;
    UnionObject *u = mo_gc_alloc(&mo_union_type, sizeof *u);
    if (!u)
        return V_ERR;
    u->args = args;
    return mo_obj(u);
}

// One argument as the repr shows it: None, a class by (module-qualified)
// name, anything else by its repr.
static int repr_arg(StrBuf *b, Value v) {
    if (v == mo_obj(&mo_none_type)) {
        mo_strbuf_puts(b, "None");
        return 0;
    }
    if (mo_is_type(v)) {
        Value mod = mo_lookup_attr(v, mo_str_intern_cstr("__module__"));
        Value qual = mo_lookup_attr(v, mo_str_intern_cstr("__qualname__"));
        if (mod == V_ERR || qual == V_ERR)
            return -1;
        if (mod != MO_NULL && qual != MO_NULL && mo_is_str(mod) && mo_is_str(qual)) {
            if (!mo_str_eq_cstr(mod, "builtins")) {
                mo_strbuf_append(b, mo_str_data(mod), (size_t)mo_str_size(mod));
                mo_strbuf_putc(b, '.');
            }
            mo_strbuf_append(b, mo_str_data(qual), (size_t)mo_str_size(qual));
            return 0;
        }
    }
    Value r = mo_repr(v);
    if (r == V_ERR)
        return -1;
    mo_strbuf_append(b, mo_str_data(r), (size_t)mo_str_size(r));
    return 0;
}

static Value union_repr(Value self) {
    Value args = mo_union_args(self);
    StrBuf b = STRBUF_INIT;
    for (int64_t i = 0; i < mo_tuple_size(args); i++) {
        if (i)
            mo_strbuf_append(&b, " | ", 3);
        if (repr_arg(&b, mo_tuple_items(args)[i]) < 0) {
            mo_strbuf_free(&b);
            return V_ERR;
        }
    }
    return mo_str_from_strbuf(&b);
}

static Value args_set(Value u) {
    Value args = mo_union_args(u);
    Value s = mo_set_new();
    if (s == V_ERR)
        return V_ERR;
    for (int64_t i = 0; i < mo_tuple_size(args); i++)
        if (mo_set_add(s, mo_tuple_items(args)[i]) < 0)
            return V_ERR;
    return s;
}

static Value union_richcompare(Value a, Value b, int op) {
    if ((op != MO_CMP_EQ && op != MO_CMP_NE) || !mo_is_union(a) || !mo_is_union(b))
        return MO_NOTIMPL;
    Value x = args_set(a), y = x == V_ERR ? V_ERR : args_set(b);
    if (y == V_ERR)
        return V_ERR;
    return mo_richcompare(x, y, op);
}

static int64_t union_hash(Value self) {
    Value args = mo_union_args(self);
    Value fs = mo_call1(mo_obj(&mo_frozenset_type), args);
    return fs == V_ERR ? -1 : mo_hash(fs);
}

static void union_trace(Object *o) { mo_gc_mark(((UnionObject *)o)->args); }

static Value get_args(Value self) { return mo_union_args(self); }
static Value get_parameters(Value self) { return mo_tuple_new(0); }

static const GetSetDef union_getsets[] = {
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_union_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "UnionType",
    .base = &mo_object_type,
    .basicsize = sizeof(UnionObject),
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .binop = mo_union_binop,
    .trace = union_trace,
    .getsets = union_getsets,
};

void mo_union_init(void) {
    mo_type_ready(&mo_union_type);
    mo_union_type.module = mo_str_intern_cstr("types");
}
