// src/objects/func.c — functions, cells, bound methods, built-in functions
// and the descriptors that bind them (method descriptors, getset
// descriptors, property, staticmethod, classmethod), plus code objects'
// Python face.
//
// Calling a Python function pushes a frame (vm/call.c binds the arguments)
// and runs it; the tier-1 loop does the same inline for calls from Python.
#include "objects/func.h"

#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "tier2/tier2.h"
#include "vm/call.h"

// ---------------------------------------------------------------- function

static void function_trace(Object *o) {
    FunctionObject *f = (FunctionObject *)o;
    mo_gc_mark(f->code);
    mo_gc_mark(f->globals);
    mo_gc_mark(f->builtins);
    mo_gc_mark(f->name);
    mo_gc_mark(f->qualname);
    mo_gc_mark(f->defaults);
    mo_gc_mark(f->kwdefaults);
    mo_gc_mark(f->closure);
    mo_gc_mark(f->doc);
    mo_gc_mark(f->dict);
    mo_gc_mark(f->module);
    mo_gc_mark(f->annotations);
}

static Value function_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    return mo_call_function(self, args, nargs, kwnames);
}

static Value function_get(Value descr, Value obj, Value type) {
    if (obj == MO_NULL)
        return descr;
    return mo_method_new(descr, obj);
}

static Value function_repr(Value self) {
    return mo_str_format("<function %U at %p>", mo_func_obj(self)->qualname, (void *)mo_ptr(self));
}

#define FUNC_GET(field)                                                         \
    static Value function_get_##field(Value self) {                             \
        Value v = mo_func_obj(self)->field;                                     \
        return v == MO_NULL ? MO_NONE : v;                                      \
    }
FUNC_GET(name)
FUNC_GET(qualname)
FUNC_GET(defaults)
FUNC_GET(kwdefaults)
FUNC_GET(closure)
FUNC_GET(doc)
FUNC_GET(module)
FUNC_GET(code)
FUNC_GET(globals)
#undef FUNC_GET

static int function_set_name(Value self, Value v) {
    if (v == MO_NULL || !mo_is_str(v)) {
        mo_err_format(&mo_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    mo_func_obj(self)->name = v;
    return 0;
}
static int function_set_qualname(Value self, Value v) {
    if (v == MO_NULL || !mo_is_str(v)) {
        mo_err_format(&mo_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    mo_func_obj(self)->qualname = v;
    return 0;
}
static int function_set_defaults(Value self, Value v) {
    if (v != MO_NULL && v != MO_NONE && !mo_is_tuple(v)) {
        mo_err_format(&mo_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    FunctionObject *f = mo_func_obj(self);
    f->defaults = v == MO_NONE ? MO_NULL : v;
    f->version++;
    return 0;
}
static int function_set_kwdefaults(Value self, Value v) {
    if (v != MO_NULL && v != MO_NONE && !mo_is_dict(v)) {
        mo_err_format(&mo_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    FunctionObject *f = mo_func_obj(self);
    f->kwdefaults = v == MO_NONE ? MO_NULL : v;
    f->version++;
    return 0;
}
static int function_set_doc(Value self, Value v) {
    mo_func_obj(self)->doc = v == MO_NULL ? MO_NONE : v;
    return 0;
}
static int function_set_module(Value self, Value v) {
    mo_func_obj(self)->module = v == MO_NULL ? MO_NONE : v;
    return 0;
}
static Value function_get_annotations(Value self) {
    FunctionObject *f = mo_func_obj(self);
    if (f->annotations == MO_NULL || f->annotations == 0) {
        Value d = mo_dict_new();
        if (d == V_ERR)
            return V_ERR;
        f->annotations = d;
    }
    return f->annotations;
}
static int function_set_annotations(Value self, Value v) {
    mo_func_obj(self)->annotations = v;
    return 0;
}
static Value function_get_dict(Value self) {
    FunctionObject *f = mo_func_obj(self);
    if (f->dict == MO_NULL || f->dict == 0) {
        Value d = mo_dict_new();
        if (d == V_ERR)
            return V_ERR;
        f->dict = d;
    }
    return f->dict;
}

static const GetSetDef function_getsets[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__defaults__", function_get_defaults, function_set_defaults},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults},
    {"__closure__", function_get_closure, NULL},
    {"__doc__", function_get_doc, function_set_doc},
    {"__module__", function_get_module, function_set_module},
    {"__code__", function_get_code, NULL},
    {"__globals__", function_get_globals, NULL},
    {"__annotations__", function_get_annotations, function_set_annotations},
    {"__dict__", function_get_dict, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_function_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "function",
    .basicsize = sizeof(FunctionObject),
    .dictoffset = offsetof(FunctionObject, dict),
    .flags = MO_TPFLAG_HAS_DICT,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_get,
    .trace = function_trace,
    .getsets = function_getsets,
};

Value mo_function_new(Value code, Value globals, Value qualname) {
    FunctionObject *f = mo_gc_alloc(&mo_function_type, sizeof *f);
    if (!f)
        return V_ERR;
    CodeObject *co = mo_code_obj(code);
    f->code = code;
    f->globals = globals;
    f->builtins = mo_call_builtins_of(globals);
    f->name = co->name;
    f->qualname = qualname;
    f->defaults = MO_NULL;
    f->kwdefaults = MO_NULL;
    f->closure = MO_NULL;
    f->doc = MO_NONE;
    f->dict = MO_NULL;
    f->annotations = MO_NULL;
    Value mod = mo_dict_get_cstr(globals, "__name__");
    f->module = mod == MO_NULL ? MO_NONE : mod;
    // The docstring is the first constant when the code has one.
    if (mo_tuple_size(co->consts) > 0) {
        Value first = mo_tuple_items(co->consts)[0];
        if (mo_is_str(first) && (co->flags & MO_CO_HAS_DOCSTRING))
            f->doc = first;
    }
    return mo_obj(f);
}

// ---------------------------------------------------------------- cell

static void cell_trace(Object *o) { mo_gc_mark(((CellObject *)o)->ref); }

static Value cell_get_contents(Value self) {
    Value v = mo_cell_obj(self)->ref;
    if (v == MO_NULL)
        return mo_err_format(&mo_exc_ValueError, "Cell is empty");
    return v;
}
static int cell_set_contents(Value self, Value v) {
    mo_cell_obj(self)->ref = v;
    return 0;
}
static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};
static Value cell_repr(Value self) {
    Value v = mo_cell_obj(self)->ref;
    if (v == MO_NULL)
        return mo_str_format("<cell at %p: empty>", (void *)mo_ptr(self));
    return mo_str_format("<cell at %p: %s object at %p>", (void *)mo_ptr(self), mo_type_name(v),
                         mo_is_ptr(v) ? (void *)mo_ptr(v) : NULL);
}

TypeObject mo_cell_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .repr = cell_repr,
    .trace = cell_trace,
    .getsets = cell_getsets,
};

Value mo_cell_new(Value ref) {
    CellObject *c = mo_gc_alloc(&mo_cell_type, sizeof *c);
    if (!c)
        return V_ERR;
    c->ref = ref;
    return mo_obj(c);
}

// ---------------------------------------------------------------- method

static void method_trace(Object *o) {
    MethodObject *m = (MethodObject *)o;
    mo_gc_mark(m->func);
    mo_gc_mark(m->self);
}

Value mo_call_with_self(Value callable, Value self, const Value *args, size_t nargs, Value kwnames) {
    size_t nkw = mo_args_nkw(kwnames);
    size_t total = nargs + nkw + 1;
    // A long argument list goes into a tuple rather than malloc'd memory,
    // which the collector does not scan: `self` may live nowhere else (the
    // bound method that held it can be a dead temporary by now).
    Value small[16];
    Value *buf = small;
    if (total > 16) {
        Value t = mo_tuple_new(total);
        if (t == V_ERR)
            return V_ERR;
        buf = mo_tuple_items(t);
    }
    buf[0] = self;
    if (nargs + nkw)
        memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    return mo_call(callable, buf, nargs + 1, kwnames);
}

static Value method_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    MethodObject *m = (MethodObject *)mo_ptr(self);
    return mo_call_with_self(m->func, m->self, args, nargs, kwnames);
}

static Value method_repr(Value self) {
    MethodObject *m = (MethodObject *)mo_ptr(self);
    Value name = mo_lookup_attr(m->func, mo_str_intern_cstr("__qualname__"));
    if (name == V_ERR)
        return V_ERR;
    if (name == MO_NULL)
        name = mo_str_from_cstr("?");
    Value r = mo_repr(m->self);
    if (r == V_ERR)
        return V_ERR;
    return mo_str_format("<bound method %S of %U>", name, r);
}

static Value method_getattr(Value self, Value name) {
    MethodObject *m = (MethodObject *)mo_ptr(self);
    if (mo_str_eq_cstr(name, "__func__"))
        return m->func;
    if (mo_str_eq_cstr(name, "__self__"))
        return m->self;
    // The method type's own __doc__ would be object's (found through its
    // base): a bound method documents its function, as in CPython.
    if (mo_str_eq_cstr(name, "__doc__"))
        return mo_getattr(m->func, name);
    Value v = mo_type_lookup(&mo_method_type, name);
    if (v != MO_NULL) {
        TypeObject *vt = mo_type(v);
        return vt->descr_get ? vt->descr_get(v, self, mo_obj(&mo_method_type)) : v;
    }
    // Everything else comes from the function (__name__, __doc__, …).
    return mo_getattr(m->func, name);
}

static Value method_richcompare(Value a, Value b, int op) {
    if ((op != MO_CMP_EQ && op != MO_CMP_NE) || !mo_is_exact(b, &mo_method_type))
        return MO_NOTIMPL;
    MethodObject *x = (MethodObject *)mo_ptr(a), *y = (MethodObject *)mo_ptr(b);
    bool eq = x->self == y->self;
    if (eq) {
        int r = mo_eq(x->func, y->func);
        if (r < 0)
            return V_ERR;
        eq = r;
    }
    return mo_bool(op == MO_CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Value self) {
    MethodObject *m = (MethodObject *)mo_ptr(self);
    int64_t a = mo_hash(m->self);
    if (a == -1)
        return -1;
    int64_t b = mo_hash(m->func);
    if (b == -1)
        return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

TypeObject mo_method_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattr,
    .trace = method_trace,
};

Value mo_method_new(Value func, Value self) {
    MethodObject *m = mo_gc_alloc(&mo_method_type, sizeof *m);
    if (!m)
        return V_ERR;
    m->func = func;
    m->self = self;
    return mo_obj(m);
}

// -------------------------------------------------------- built-in function

static void cfunction_trace(Object *o) {
    CFunctionObject *f = (CFunctionObject *)o;
    mo_gc_mark(f->self);
    mo_gc_mark(f->module);
}

static Value cfunction_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    CFunctionObject *f = (CFunctionObject *)mo_ptr(self);
    return f->def->fn(f->self, args, nargs, kwnames);
}

static Value cfunction_repr(Value self) {
    CFunctionObject *f = (CFunctionObject *)mo_ptr(self);
    if (f->self == MO_NULL || f->self == 0 || mo_type(f->self) == &mo_module_type)
        return mo_str_format("<built-in function %s>", f->def->name);
    if (mo_is_type(f->self))
        return mo_str_format("<built-in method %s of type object at %p>", f->def->name, (void *)mo_ptr(f->self));
    return mo_str_format("<built-in method %s of %s object at %p>", f->def->name, mo_type_name(f->self),
                         mo_is_ptr(f->self) ? (void *)mo_ptr(f->self) : NULL);
}

static Value cfunction_get_name(Value self) {
    return mo_str_from_cstr(((CFunctionObject *)mo_ptr(self))->def->name);
}
static Value cfunction_get_self(Value self) {
    Value s = ((CFunctionObject *)mo_ptr(self))->self;
    return s == MO_NULL ? MO_NONE : s;
}
static Value cfunction_get_doc(Value self) {
    const char *doc = ((CFunctionObject *)mo_ptr(self))->def->doc;
    return doc ? mo_str_from_cstr(doc) : MO_NONE;
}
static Value cfunction_get_module(Value self) {
    Value m = ((CFunctionObject *)mo_ptr(self))->module;
    return m == MO_NULL ? MO_NONE : m;
}
// The qualified name of a type (its __qualname__ for a class).
static Value type_qualname(TypeObject *t) {
    if (t->qualname != MO_NULL && t->qualname && mo_is_str(t->qualname))
        return t->qualname;
    return mo_str_from_cstr(t->name);
}
// A built-in method's qualname is its type's dotted with its name ("list.append");
// a module's function is just its name.
static Value cfunction_get_qualname(Value self) {
    CFunctionObject *f = (CFunctionObject *)mo_ptr(self);
    if (f->self == MO_NULL || mo_is_exact(f->self, &mo_module_type))
        return mo_str_from_cstr(f->def->name);
    TypeObject *t = mo_is_type(f->self) ? (TypeObject *)mo_ptr(f->self) : mo_type(f->self);
    return mo_str_format("%U.%s", type_qualname(t), f->def->name);
}
static const GetSetDef cfunction_getsets[] = {
    {"__name__", cfunction_get_name, NULL},
    {"__qualname__", cfunction_get_qualname, NULL},
    {"__self__", cfunction_get_self, NULL},
    {"__doc__", cfunction_get_doc, NULL},
    {"__module__", cfunction_get_module, NULL},
    {NULL, NULL, NULL},
};

static Value cfunction_richcompare(Value a, Value b, int op) {
    if ((op != MO_CMP_EQ && op != MO_CMP_NE) || !mo_is_exact(b, &mo_cfunction_type))
        return MO_NOTIMPL;
    CFunctionObject *x = (CFunctionObject *)mo_ptr(a), *y = (CFunctionObject *)mo_ptr(b);
    bool eq = x->def == y->def && x->self == y->self;
    return mo_bool(op == MO_CMP_EQ ? eq : !eq);
}

static int64_t cfunction_hash(Value self) {
    CFunctionObject *f = (CFunctionObject *)mo_ptr(self);
    int64_t h = (int64_t)(((uintptr_t)f->def >> 4) ^ (uintptr_t)f->self);
    return h == -1 ? -2 : h;
}

TypeObject mo_cfunction_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CFunctionObject),
    .repr = cfunction_repr,
    .hash = cfunction_hash,
    .richcompare = cfunction_richcompare,
    .call = cfunction_call,
    .trace = cfunction_trace,
    .getsets = cfunction_getsets,
};

Value mo_cfunction_new(const MethodDef *def, Value self, Value module) {
    CFunctionObject *f = mo_gc_alloc(&mo_cfunction_type, sizeof *f);
    if (!f)
        return V_ERR;
    f->def = def;
    f->self = self;
    f->module = module;
    return mo_obj(f);
}

// ------------------------------------------------------ method descriptor

static void descr_trace(Object *o) { mo_gc_mark_obj(&((MethodDescrObject *)o)->owner->hdr); }

static Value method_descr_get(Value descr, Value obj, Value type) {
    MethodDescrObject *d = (MethodDescrObject *)mo_ptr(descr);
    if (d->def->flags & MO_METH_STATIC)
        return mo_cfunction_new(d->def, MO_NULL, MO_NULL);
    if (d->def->flags & MO_METH_CLASS) {
        Value cls = type != MO_NULL ? type : mo_obj(mo_type(obj));
        return mo_cfunction_new(d->def, cls, MO_NULL);
    }
    if (obj == MO_NULL)
        return descr;
    return mo_cfunction_new(d->def, obj, MO_NULL);
}

static Value method_descr_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    MethodDescrObject *d = (MethodDescrObject *)mo_ptr(self);
    if (d->def->flags & MO_METH_STATIC)
        return d->def->fn(MO_NULL, args, nargs, kwnames);
    if (d->def->flags & MO_METH_CLASS) {
        if (nargs < 1 || !mo_is_type(args[0]))
            return mo_err_format(&mo_exc_TypeError, "descriptor '%s' of '%s' object needs a type",
                                 d->def->name, d->owner->name);
        return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
    }
    if (nargs < 1)
        return mo_err_format(&mo_exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name,
                             d->def->name);
    if (!mo_isinstance_type(args[0], d->owner))
        return mo_err_format(&mo_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             d->def->name, d->owner->name, args[0]);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value method_descr_repr(Value self) {
    MethodDescrObject *d = (MethodDescrObject *)mo_ptr(self);
    return mo_str_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Value method_descr_get_name(Value self) {
    return mo_str_from_cstr(((MethodDescrObject *)mo_ptr(self))->def->name);
}
static Value method_descr_get_qualname(Value self) {
    MethodDescrObject *d = (MethodDescrObject *)mo_ptr(self);
    return mo_str_format("%U.%s", type_qualname(d->owner), d->def->name);
}
static Value method_descr_get_objclass(Value self) { return mo_obj(((MethodDescrObject *)mo_ptr(self))->owner); }
static Value method_descr_get_doc(Value self) {
    const char *doc = ((MethodDescrObject *)mo_ptr(self))->def->doc;
    return doc ? mo_str_from_cstr(doc) : MO_NONE;
}
static const GetSetDef method_descr_getsets[] = {
    {"__name__", method_descr_get_name, NULL},
    {"__qualname__", method_descr_get_qualname, NULL},
    {"__objclass__", method_descr_get_objclass, NULL},
    {"__doc__", method_descr_get_doc, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_method_descr_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .trace = descr_trace,
    .getsets = method_descr_getsets,
};

Value mo_method_descr_new(const MethodDef *def, TypeObject *owner) {
    MethodDescrObject *d = mo_gc_alloc(&mo_method_descr_type, sizeof *d);
    if (!d)
        return V_ERR;
    d->def = def;
    d->owner = owner;
    return mo_obj(d);
}

// ------------------------------------------------------ getset descriptor

static Value getset_get(Value descr, Value obj, Value type) {
    GetSetDescrObject *d = (GetSetDescrObject *)mo_ptr(descr);
    if (obj == MO_NULL)
        return descr;
    if (!mo_isinstance_type(obj, d->owner))
        return mo_err_format(&mo_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             d->def->name, d->owner->name, obj);
    return d->def->get(obj);
}

static int getset_set(Value descr, Value obj, Value v) {
    GetSetDescrObject *d = (GetSetDescrObject *)mo_ptr(descr);
    if (!d->def->set) {
        mo_err_format(&mo_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                      d->owner->name);
        return -1;
    }
    return d->def->set(obj, v);
}

static Value getset_repr(Value self) {
    GetSetDescrObject *d = (GetSetDescrObject *)mo_ptr(self);
    return mo_str_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

TypeObject mo_getset_descr_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject),
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .trace = descr_trace,
};

Value mo_getset_descr_new(const GetSetDef *def, TypeObject *owner) {
    GetSetDescrObject *d = mo_gc_alloc(&mo_getset_descr_type, sizeof *d);
    if (!d)
        return V_ERR;
    d->def = def;
    d->owner = owner;
    return mo_obj(d);
}

// ---------------------------------------------------------------- property

static void property_trace(Object *o) {
    PropertyObject *p = (PropertyObject *)o;
    mo_gc_mark(p->fget);
    mo_gc_mark(p->fset);
    mo_gc_mark(p->fdel);
    mo_gc_mark(p->doc);
    mo_gc_mark(p->name);
}

// "property 'x' of 'C' object has no setter": the name is the one
// __set_name__ gave (none for a property attached after the class was
// made), the class is named by its qualname.
static Value property_error(PropertyObject *p, Value obj, const char *what) {
    Value qualname = mo_type(obj)->qualname;
    if (qualname == MO_NULL || !qualname || !mo_is_str(qualname))
        qualname = mo_str_from_cstr(mo_type(obj)->name);
    if (qualname == V_ERR)
        return V_ERR;
    if (p->name != MO_NULL && p->name)
        return mo_err_format(&mo_exc_AttributeError, "property %R of %R object has no %s", p->name, qualname, what);
    return mo_err_format(&mo_exc_AttributeError, "property of %R object has no %s", qualname, what);
}

static Value property_get(Value descr, Value obj, Value type) {
    PropertyObject *p = (PropertyObject *)mo_ptr(descr);
    if (obj == MO_NULL)
        return descr;
    if (p->fget == MO_NONE)
        return property_error(p, obj, "getter");
    return mo_call1(p->fget, obj);
}

static int property_set(Value descr, Value obj, Value v) {
    PropertyObject *p = (PropertyObject *)mo_ptr(descr);
    Value f = v == MO_NULL ? p->fdel : p->fset;
    if (f == MO_NONE) {
        property_error(p, obj, v == MO_NULL ? "deleter" : "setter");
        return -1;
    }
    Value r = v == MO_NULL ? mo_call1(f, obj) : mo_call2(f, obj, v);
    return r == V_ERR ? -1 : 0;
}

// property.__new__ makes an empty property; __init__ (which a subclass's
// own __init__ may call through super()) fills it in, as in CPython.
static Value property_new(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    PropertyObject *p = mo_gc_alloc(t, t->basicsize);
    if (!p)
        return V_ERR;
    p->fget = p->fset = p->fdel = p->doc = MO_NONE;
    p->name = MO_NULL;
    p->getter_doc = false;
    // A subclass's extra fields (its __dict__) start empty.
    for (size_t off = sizeof(PropertyObject); off + sizeof(Value) <= t->basicsize; off += sizeof(Value))
        *(Value *)((char *)p + off) = MO_NULL;
    return mo_obj(p);
}

static Value property_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (mo_args_bind("property", args, nargs, kwnames, names, 4, 4, 0, a) < 0)
        return V_ERR;
    PropertyObject *p = (PropertyObject *)mo_ptr(self);
    p->fget = a[0] == MO_NULL ? MO_NONE : a[0];
    p->fset = a[1] == MO_NULL ? MO_NONE : a[1];
    p->fdel = a[2] == MO_NULL ? MO_NONE : a[2];
    p->doc = a[3] == MO_NULL ? MO_NONE : a[3];
    p->getter_doc = false;
    if (p->doc == MO_NONE && p->fget != MO_NONE) {
        Value d = mo_lookup_attr(p->fget, mo_str_intern_cstr("__doc__"));
        if (d == V_ERR)
            mo_err_clear();
        else if (d != MO_NULL && d != MO_NONE) {
            p->doc = d;
            p->getter_doc = true;
        }
    }
    // A subclass keeps the doc in the instance's dict: its own class's
    // __doc__ would shadow the property's slot (as in CPython).
    if (!mo_is_exact(self, &mo_property_type) && mo_setattr(self, mo_str_intern_cstr("__doc__"), p->doc) < 0)
        return V_ERR;
    return MO_NONE;
}

// getter/setter/deleter: a copy with one function replaced, made by calling
// the property's type (so a subclass's __init__ runs).
static Value property_copy(Value self, Value fget, Value fset, Value fdel) {
    PropertyObject *p = (PropertyObject *)mo_ptr(self);
    Value args[4] = {fget != MO_NULL ? fget : p->fget, fset != MO_NULL ? fset : p->fset,
                     fdel != MO_NULL ? fdel : p->fdel, p->doc};
    // A doc that came from the old getter gives way to the new getter's.
    if (p->getter_doc && fget != MO_NULL && fget != MO_NONE)
        args[3] = MO_NONE;
    Value n = mo_call(mo_obj(mo_type(self)), args, 4, MO_NULL);
    if (n == V_ERR)
        return V_ERR;
    if (mo_isinstance_type(n, &mo_property_type))
        ((PropertyObject *)mo_ptr(n))->name = p->name;
    return n;
}

static Value property_set_name(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__set_name__", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    ((PropertyObject *)mo_ptr(self))->name = args[1];
    return MO_NONE;
}

static Value property_getter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("getter", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return property_copy(self, args[0], MO_NULL, MO_NULL);
}
static Value property_setter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("setter", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return property_copy(self, MO_NULL, args[0], MO_NULL);
}
static Value property_deleter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("deleter", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return property_copy(self, MO_NULL, MO_NULL, args[0]);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value property_get_fget(Value self) { return ((PropertyObject *)mo_ptr(self))->fget; }
static Value property_get_fset(Value self) { return ((PropertyObject *)mo_ptr(self))->fset; }
static Value property_get_fdel(Value self) { return ((PropertyObject *)mo_ptr(self))->fdel; }
static Value property_get_doc(Value self) { return ((PropertyObject *)mo_ptr(self))->doc; }
static int property_set_doc(Value self, Value v) {
    ((PropertyObject *)mo_ptr(self))->doc = v == MO_NULL ? MO_NONE : v;
    return 0;
}
// Whether `f` says it is abstract (`f.__isabstractmethod__` true); errors
// other than a missing attribute propagate as -1.
static int is_abstract(Value f) {
    if (f == MO_NONE || f == MO_NULL)
        return 0;
    Value v = mo_lookup_attr(f, mo_str_intern_cstr("__isabstractmethod__"));
    if (v == V_ERR)
        return -1;
    return v == MO_NULL ? 0 : mo_truth(v);
}
// A property is abstract when any of its functions is.
static Value property_get_abstract(Value self) {
    PropertyObject *p = (PropertyObject *)mo_ptr(self);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(fs[i]);
        if (r != 0)
            return r < 0 ? V_ERR : MO_TRUE;
    }
    return MO_FALSE;
}
static const GetSetDef property_getsets[] = {
    {"__isabstractmethod__", property_get_abstract, NULL},
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, property_set_doc},
    {NULL, NULL, NULL},
};

TypeObject mo_property_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "property",
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(PropertyObject),
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .trace = property_trace,
    .methods = property_methods,
    .getsets = property_getsets,
};

// ------------------------------------------------ staticmethod, classmethod

static void wrapper_obj_trace(Object *o) {
    mo_gc_mark(((WrapperObject *)o)->func);
    mo_gc_mark(((WrapperObject *)o)->dict);
}

static Value wrapper_obj_new(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check(t->name, nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    WrapperObject *w = mo_gc_alloc(t, t->basicsize);
    if (!w)
        return V_ERR;
    w->func = args[0];
    w->dict = MO_NULL;
    return mo_obj(w);
}

static Value wrapper_obj_init(Value self, const Value *args, size_t nargs, Value kwnames) { return MO_NONE; }

static Value staticmethod_get(Value descr, Value obj, Value type) { return ((WrapperObject *)mo_ptr(descr))->func; }

static Value staticmethod_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    return mo_call(((WrapperObject *)mo_ptr(self))->func, args, nargs, kwnames);
}

static Value wrapper_get_func(Value self) { return ((WrapperObject *)mo_ptr(self))->func; }
static Value wrapper_get_abstract(Value self) {
    int r = is_abstract(((WrapperObject *)mo_ptr(self))->func);
    return r < 0 ? V_ERR : mo_bool(r);
}
static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {"__isabstractmethod__", wrapper_get_abstract, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_staticmethod_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "staticmethod",
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_HAS_DICT,
    .basicsize = sizeof(WrapperObject),
    .dictoffset = offsetof(WrapperObject, dict),
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
    .new_ = wrapper_obj_new,
    .init = wrapper_obj_init,
    .trace = wrapper_obj_trace,
    .getsets = wrapper_getsets,
};

static Value classmethod_get(Value descr, Value obj, Value type) {
    Value cls = type != MO_NULL ? type : mo_obj(mo_type(obj));
    Value f = ((WrapperObject *)mo_ptr(descr))->func;
    // A wrapped descriptor is bound to the class (3.9-3.12 chaining, so
    // `@classmethod @property` reads a class property).
    TypeObject *ft = mo_type(f);
    if (ft != &mo_function_type && ft->descr_get)
        return ft->descr_get(f, cls, cls);
    return mo_method_new(f, cls);
}

TypeObject mo_classmethod_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "classmethod",
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_HAS_DICT,
    .basicsize = sizeof(WrapperObject),
    .dictoffset = offsetof(WrapperObject, dict),
    .descr_get = classmethod_get,
    .new_ = wrapper_obj_new,
    .init = wrapper_obj_init,
    .trace = wrapper_obj_trace,
    .getsets = wrapper_getsets,
};

// ------------------------------------------------------------------ code

static void code_trace(Object *o) {
    CodeObject *c = (CodeObject *)o;
    mo_gc_mark(c->consts);
    mo_gc_mark(c->names);
    mo_gc_mark(c->localsplusnames);
    mo_gc_mark(c->name);
    mo_gc_mark(c->qualname);
    mo_gc_mark(c->filename);
}

static void code_finalize(Object *o) {
    CodeObject *c = (CodeObject *)o;
    mo_mem_free(c->code, c->ncode * sizeof(uint32_t));
    mo_mem_free(c->lines, c->ncode * sizeof(int32_t));
    mo_mem_free(c->positions, c->ncode * sizeof(CodePosition));
    mo_mem_free(c->exctable, c->nexc * sizeof(ExceptionTableEntry));
    free(c->cell2arg);
    mo_tier2_free_code(c->tier2);
}

int mo_code_line(const CodeObject *code, uint32_t offset) {
    if (offset >= code->ncode)
        return -1;
    return code->lines[offset];
}

static Value code_repr(Value self) {
    CodeObject *c = mo_code_obj(self);
    return mo_str_format("<code object %U at %p, file \"%U\", line %d>", c->name, (void *)c, c->filename,
                         c->firstlineno);
}

#define CODE_GET(field, expr) \
    static Value code_get_##field(Value self) { return (expr); }
CODE_GET(co_name, mo_code_obj(self)->name)
CODE_GET(co_qualname, mo_code_obj(self)->qualname)
CODE_GET(co_filename, mo_code_obj(self)->filename)
CODE_GET(co_consts, mo_code_obj(self)->consts)
CODE_GET(co_names, mo_code_obj(self)->names)
CODE_GET(co_argcount, mo_smallint(mo_code_obj(self)->argcount))
CODE_GET(co_posonlyargcount, mo_smallint(mo_code_obj(self)->posonlyargcount))
CODE_GET(co_kwonlyargcount, mo_smallint(mo_code_obj(self)->kwonlyargcount))
CODE_GET(co_nlocals, mo_smallint(mo_code_obj(self)->nlocals))
CODE_GET(co_firstlineno, mo_smallint(mo_code_obj(self)->firstlineno))
CODE_GET(co_flags, mo_smallint(mo_code_obj(self)->flags))
#undef CODE_GET
static Value code_get_co_varnames(Value self) {
    CodeObject *c = mo_code_obj(self);
    return mo_tuple_from_array(mo_tuple_items(c->localsplusnames), (size_t)c->nlocals);
}
static Value code_get_co_cellvars(Value self) {
    CodeObject *c = mo_code_obj(self);
    return mo_tuple_from_array(mo_tuple_items(c->localsplusnames) + c->nlocals, (size_t)c->ncellvars);
}
static Value code_get_co_freevars(Value self) {
    CodeObject *c = mo_code_obj(self);
    return mo_tuple_from_array(mo_tuple_items(c->localsplusnames) + c->nlocals + c->ncellvars,
                               (size_t)c->nfreevars);
}

static const GetSetDef code_getsets[] = {
    {"co_name", code_get_co_name, NULL},
    {"co_qualname", code_get_co_qualname, NULL},
    {"co_filename", code_get_co_filename, NULL},
    {"co_consts", code_get_co_consts, NULL},
    {"co_names", code_get_co_names, NULL},
    {"co_varnames", code_get_co_varnames, NULL},
    {"co_cellvars", code_get_co_cellvars, NULL},
    {"co_freevars", code_get_co_freevars, NULL},
    {"co_argcount", code_get_co_argcount, NULL},
    {"co_posonlyargcount", code_get_co_posonlyargcount, NULL},
    {"co_kwonlyargcount", code_get_co_kwonlyargcount, NULL},
    {"co_nlocals", code_get_co_nlocals, NULL},
    {"co_firstlineno", code_get_co_firstlineno, NULL},
    {"co_flags", code_get_co_flags, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_code_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .repr = code_repr,
    .trace = code_trace,
    .finalize = code_finalize,
    .getsets = code_getsets,
};

void mo_func_init(void) {
    mo_type_ready(&mo_function_type);
    mo_type_ready(&mo_cell_type);
    mo_type_ready(&mo_method_type);
    mo_type_ready(&mo_cfunction_type);
    mo_type_ready(&mo_method_descr_type);
    mo_type_ready(&mo_getset_descr_type);
    mo_type_ready(&mo_property_type);
    mo_type_ready(&mo_staticmethod_type);
    mo_type_ready(&mo_classmethod_type);
    mo_type_ready(&mo_code_type);
}
