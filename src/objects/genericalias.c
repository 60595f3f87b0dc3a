// src/objects/genericalias.c — `types.GenericAlias`, what `list[int]` makes.
//
// A parameterized generic remembers its origin class and its arguments,
// shows them ("dict[str, list[int]]", "tuple[int, ...]"), calls the origin
// when called, compares equal by origin and arguments, joins unions, and
// passes other attribute lookups on to the origin (list[int].append is
// list.append), as CPython's does. isinstance() refuses it.
//
// Read next: union.c, misc.c (mo_misc_class_getitem makes these).
#include "objects/genericalias.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/union.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

typedef struct GenericAliasObject {
    Object hdr;
    Value origin;
    Value args;         // a tuple
} GenericAliasObject;

static inline GenericAliasObject *ga(Value v) { return (GenericAliasObject *)mo_ptr(v); }

bool mo_is_generic_alias(Value v) { return mo_is_ptr(v) && mo_ptr(v)->type == &mo_generic_alias_type; }

Value mo_generic_alias_new(Value origin, Value args) {
    if (!mo_is_tuple(args)) {
        args = mo_tuple_pack(1, args);
        if (args == V_ERR)
            return V_ERR;
    }
    GenericAliasObject *g = mo_gc_alloc(&mo_generic_alias_type, sizeof *g);
    if (!g)
        return V_ERR;
    g->origin = origin;
    g->args = args;
    return mo_obj(g);
}

// One item as CPython shows it: ... as itself, a nested generic by repr,
// a class by (module-qualified) name, a list as [a, b], else by repr.
static int repr_item(StrBuf *b, Value v) {
    if (v == MO_ELLIPSIS) {
        mo_strbuf_puts(b, "...");
        return 0;
    }
    if (mo_is_list(v)) {
        mo_strbuf_putc(b, '[');
        for (int64_t i = 0; i < mo_list_size(v); i++) {
            if (i)
                mo_strbuf_append(b, ", ", 2);
            if (repr_item(b, mo_list_items(v)[i]) < 0)
                return -1;
        }
        mo_strbuf_putc(b, ']');
        return 0;
    }
    if (!mo_is_generic_alias(v)) {
        Value origin = mo_lookup_attr(v, mo_str_intern_cstr("__origin__"));
        if (origin == V_ERR)
            return -1;
        Value args = origin == MO_NULL ? MO_NULL : mo_lookup_attr(v, mo_str_intern_cstr("__args__"));
        if (args == V_ERR)
            return -1;
        if (origin == MO_NULL || args == MO_NULL) {
            Value qual = mo_lookup_attr(v, mo_str_intern_cstr("__qualname__"));
            Value mod = qual == V_ERR || qual == MO_NULL ? qual : mo_lookup_attr(v, mo_str_intern_cstr("__module__"));
            if (qual == V_ERR || mod == V_ERR)
                return -1;
            if (qual != MO_NULL && mod != MO_NULL && mo_is_str(qual) && mod != MO_NONE) {
                if (!(mo_is_str(mod) && mo_str_eq_cstr(mod, "builtins"))) {
                    Value m = mo_str(mod);
                    if (m == V_ERR)
                        return -1;
                    mo_strbuf_append(b, mo_str_data(m), (size_t)mo_str_size(m));
                    mo_strbuf_putc(b, '.');
                }
                mo_strbuf_append(b, mo_str_data(qual), (size_t)mo_str_size(qual));
                return 0;
            }
        }
    }
    Value r = mo_repr(v);
    if (r == V_ERR)
        return -1;
    mo_strbuf_append(b, mo_str_data(r), (size_t)mo_str_size(r));
    return 0;
}

static Value ga_repr(Value self) {
    GenericAliasObject *g = ga(self);
    StrBuf b = STRBUF_INIT;
    if (repr_item(&b, g->origin) < 0)
        goto error;
    mo_strbuf_putc(&b, '[');
    int64_t n = mo_tuple_size(g->args);
    if (n == 0)
        mo_strbuf_append(&b, "()", 2);
    for (int64_t i = 0; i < n; i++) {
        if (i)
            mo_strbuf_append(&b, ", ", 2);
        if (repr_item(&b, mo_tuple_items(g->args)[i]) < 0)
            goto error;
    }
    mo_strbuf_putc(&b, ']');
    return mo_str_from_strbuf(&b);
error:
    mo_strbuf_free(&b);
    return V_ERR;
}

static Value ga_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value r = mo_call(ga(self)->origin, args, nargs, kwnames);
    if (r == V_ERR)
        return V_ERR;
    // Remember the alias on the result when it takes attributes.
    if (mo_setattr(r, mo_str_intern_cstr("__orig_class__"), self) < 0) {
        if (!mo_err_matches(&mo_exc_AttributeError) && !mo_err_matches(&mo_exc_TypeError))
            return V_ERR;
        mo_err_clear();
    }
    return r;
}

// Attributes are the origin's, except these, which are the alias's own.
static Value ga_getattr(Value self, Value name) {
    static const char *const own[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                      "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                      "__reduce__", "__copy__", "__deepcopy__"};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (mo_str_eq_cstr(name, own[i]))
            return mo_generic_getattr(self, name);
    return mo_getattr(ga(self)->origin, name);
}

static Value ga_richcompare(Value a, Value b, int op) {
    if ((op != MO_CMP_EQ && op != MO_CMP_NE) || !mo_is_generic_alias(a) || !mo_is_generic_alias(b))
        return MO_NOTIMPL;
    int eq = mo_eq(ga(a)->origin, ga(b)->origin);
    if (eq > 0)
        eq = mo_eq(ga(a)->args, ga(b)->args);
    if (eq < 0)
        return V_ERR;
    return mo_bool(op == MO_CMP_EQ ? eq : !eq);
}

static int64_t ga_hash(Value self) {
    int64_t h0 = mo_hash(ga(self)->origin);
    if (h0 == -1)
        return -1;
    int64_t h1 = mo_hash(ga(self)->args);
    if (h1 == -1)
        return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static void ga_trace(Object *o) {
    GenericAliasObject *g = (GenericAliasObject *)o;
    mo_gc_mark(g->origin);
    mo_gc_mark(g->args);
}

static Value m_mro_entries(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__mro_entries__", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_tuple_pack(1, ga(self)->origin);
}

static Value m_instancecheck(Value self, const Value *args, size_t nargs, Value kwnames) {
    return mo_err_format(&mo_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Value m_subclasscheck(Value self, const Value *args, size_t nargs, Value kwnames) {
    return mo_err_format(&mo_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static const MethodDef ga_methods[] = {
    {"__mro_entries__", m_mro_entries, 0, NULL},
    {"__instancecheck__", m_instancecheck, 0, NULL},
    {"__subclasscheck__", m_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value get_origin(Value self) { return ga(self)->origin; }
static Value get_args(Value self) { return ga(self)->args; }
static Value get_parameters(Value self) { return mo_tuple_new(0); }
static Value get_unpacked(Value self) { return MO_FALSE; }

static const GetSetDef ga_getsets[] = {
    {"__origin__", get_origin, NULL},
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {"__unpacked__", get_unpacked, NULL},
    {NULL, NULL, NULL},
};

static Value ga_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("GenericAlias", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    return mo_generic_alias_new(args[0], args[1]);
}

TypeObject mo_generic_alias_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "GenericAlias",
    .base = &mo_object_type,
    .basicsize = sizeof(GenericAliasObject),
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .call = ga_call,
    .getattr = ga_getattr,
    .binop = mo_union_binop,
    .new_ = ga_new,
    .trace = ga_trace,
    .methods = ga_methods,
    .getsets = ga_getsets,
};

void mo_generic_alias_init(void) {
    mo_type_ready(&mo_generic_alias_type);
    mo_generic_alias_type.module = mo_str_intern_cstr("types");
}
