// src/objects/module.c — module objects and the table of built-in modules.
//
// A module is a namespace dict with a name. Built-in modules are made on
// first import from their ModuleDef (a function table plus an `exec` hook)
// and cached in sys.modules (`mo_modules`).
#include "objects/module.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"

Value mo_modules = MO_NULL;

extern const ModuleDef mo_builtins_module_def, mo_sys_module_def, mo_time_module_def, mo_math_module_def,
    mo_random_module_def, mo_cmath_module_def, mo_re_module_def, mo_posix_module_def, mo_gc_module_def;

// `__future__`: the compiler acts on `from __future__ import x` (see
// front/compile.c); the statement still imports this module and binds each
// feature, as in CPython, where a feature is a _Feature(optional release,
// mandatory release, compiler flag): here the same three values as a tuple.
static int future_exec(Value m) {
    static const struct {
        const char *name;
        int opt[3], mand[3];   // mand[0] == 0: never mandatory
        long flag;
    } features[] = {
        {"nested_scopes", {2, 1, 0}, {2, 2, 0}, 0x10},
        {"generators", {2, 2, 0}, {2, 3, 0}, 0},
        {"division", {2, 2, 0}, {3, 0, 0}, 0x20000},
        {"absolute_import", {2, 5, 0}, {3, 0, 0}, 0x40000},
        {"with_statement", {2, 5, 0}, {2, 6, 0}, 0x80000},
        {"print_function", {2, 6, 0}, {3, 0, 0}, 0x100000},
        {"unicode_literals", {2, 6, 0}, {3, 0, 0}, 0x200000},
        {"barry_as_FLUFL", {3, 1, 0}, {4, 0, 0}, 0x400000},
        {"generator_stop", {3, 5, 0}, {3, 7, 0}, 0x800000},
        {"annotations", {3, 7, 0}, {0, 0, 0}, 0x1000000},
    };
    size_t n = sizeof features / sizeof features[0];
    Value names = mo_list_new(0);
    if (names == V_ERR)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const int *o = features[i].opt, *d = features[i].mand;
        Value opt = mo_tuple_pack(3, mo_smallint(o[0]), mo_smallint(o[1]), mo_smallint(o[2]));
        Value mand = d[0] ? mo_tuple_pack(3, mo_smallint(d[0]), mo_smallint(d[1]), mo_smallint(d[2])) : MO_NONE;
        if (opt == V_ERR || mand == V_ERR)
            return -1;
        Value f = mo_tuple_pack(3, opt, mand, mo_smallint(features[i].flag));
        Value name = mo_str_from_cstr(features[i].name);
        if (f == V_ERR || name == V_ERR || mo_module_add(m, features[i].name, f) < 0 ||
            mo_list_append(names, name) < 0)
            return -1;
    }
    return mo_module_add(m, "all_feature_names", names);
}

static const ModuleDef future_module_def = {"__future__", NULL, future_exec};

// Every built-in module, by name.
static const ModuleDef *const builtin_modules[] = {
    &mo_builtins_module_def,
    &mo_sys_module_def,
    &mo_time_module_def,
    &mo_math_module_def,
    &mo_random_module_def,
    &mo_cmath_module_def,
    &mo_re_module_def,
    &mo_posix_module_def,
    &mo_gc_module_def,
    &future_module_def,
};

static void module_trace(Object *o) {
    ModuleObject *m = (ModuleObject *)o;
    mo_gc_mark(m->dict);
    mo_gc_mark(m->name);
}

static bool is_builtin_name(Value name) {
    if (!mo_is_str(name))
        return false;
    for (size_t i = 0; i < sizeof builtin_modules / sizeof *builtin_modules; i++)
        if (mo_str_eq_cstr(name, builtin_modules[i]->name))
            return true;
    return false;
}

static Value module_repr(Value self) {
    ModuleObject *m = (ModuleObject *)mo_ptr(self);
    Value file = mo_dict_get_cstr(m->dict, "__file__");
    if (file != MO_NULL && mo_is_str(file))
        return mo_str_format("<module %R from %R>", m->name, file);
    if (is_builtin_name(m->name))
        return mo_str_format("<module %R (built-in)>", m->name);
    return mo_str_format("<module %R>", m->name);
}

// types.ModuleType(name, doc=None): an empty module, as programs make for
// namespaces or to fill sys.modules.
static Value module_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name", "doc"};
    Value a[2];
    if (mo_args_bind("module", args, nargs, kwnames, names, 2, 2, 1, a) < 0)
        return V_ERR;
    if (!mo_is_str(a[0]))
        return mo_err_format(&mo_exc_TypeError, "module() argument 'name' must be str, not %s",
                             mo_type(a[0])->name);
    Value m = mo_module_new(a[0]);
    if (m == V_ERR)
        return V_ERR;
    if (a[1] != MO_NULL && mo_dict_set_cstr(((ModuleObject *)mo_ptr(m))->dict, "__doc__", a[1]) < 0)
        return V_ERR;
    if (type != &mo_module_type)
        ((Object *)mo_ptr(m))->type = type;
    return m;
}

static Value module_getattr(Value self, Value name) {
    ModuleObject *m = (ModuleObject *)mo_ptr(self);
    Value v = mo_dict_get_str(m->dict, name);
    if (v != MO_NULL)
        return v;
    v = mo_generic_getattr(self, name);
    if (v == V_ERR && mo_err_matches(&mo_exc_AttributeError)) {
        mo_err_clear();
        Value hook = mo_dict_get_cstr(m->dict, "__getattr__");
        if (hook != MO_NULL)
            return mo_call1(hook, name);
        return mo_attribute_error(self, name, "module '%U' has no attribute '%U'", m->name, name);
    }
    return v;
}

static Value module_get_dict(Value self) { return ((ModuleObject *)mo_ptr(self))->dict; }
static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_module_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "module",
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_HAS_DICT,
    .basicsize = sizeof(ModuleObject),
    .dictoffset = offsetof(ModuleObject, dict),
    .repr = module_repr,
    .new_ = module_new,
    .getattr = module_getattr,
    .trace = module_trace,
    .getsets = module_getsets,
};

Value mo_module_new(Value name) {
    ModuleObject *m = mo_gc_alloc(&mo_module_type, sizeof *m);
    if (!m)
        return V_ERR;
    m->name = name;
    m->dict = mo_dict_new();
    if (m->dict == V_ERR)
        return V_ERR;
    if (mo_dict_set_cstr(m->dict, "__name__", name) < 0 || mo_dict_set_cstr(m->dict, "__doc__", MO_NONE) < 0)
        return V_ERR;
    return mo_obj(m);
}

int mo_module_add(Value module, const char *name, Value v) {
    if (v == V_ERR)
        return -1;
    return mo_dict_set_cstr(mo_module_dict(module), name, v);
}

Value mo_module_builtin(const char *name) {
    Value cached = mo_dict_get_cstr(mo_modules, name);
    if (cached != MO_NULL)
        return cached;
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        const ModuleDef *def = builtin_modules[i];
        if (strcmp(def->name, name) != 0)
            continue;
        Value mname = mo_str_intern_cstr(name);
        if (mname == V_ERR)
            return V_ERR;
        Value m = mo_module_new(mname);
        if (m == V_ERR)
            return V_ERR;
        for (const MethodDef *md = def->methods; md && md->name; md++) {
            Value f = mo_cfunction_new(md, m, mname);
            if (f == V_ERR || mo_module_add(m, md->name, f) < 0)
                return V_ERR;
        }
        if (mo_dict_set_cstr(mo_modules, name, m) < 0)
            return V_ERR;
        if (def->exec && def->exec(m) < 0) {
            mo_dict_del(mo_modules, mname);
            return V_ERR;
        }
        return m;
    }
    return MO_NULL;
}

bool mo_module_is_builtin(const char *name);
bool mo_module_is_builtin(const char *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++)
        if (strcmp(builtin_modules[i]->name, name) == 0)
            return true;
    return false;
}

void mo_module_init(void) {
    mo_type_ready(&mo_module_type);
    mo_modules = mo_dict_new();
    if (mo_modules == V_ERR)
        mo_fatal("cannot make sys.modules");
    mo_gc_add_root(&mo_modules);
}
