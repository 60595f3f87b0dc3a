// src/vm/match.c — the runtime half of the `match` statement.
//
// The compiler (compile_match in src/front/compile.c) turns each pattern into plain
// stack code plus five instructions whose work lives here:
//
//   MATCH_SEQUENCE           is the subject a sequence pattern's subject?
//   MATCH_MAPPING            is it a mapping pattern's subject?
//   MATCH_KEYS               the values of a mapping pattern's keys, or None
//   MATCH_CLASS              the attributes a class pattern needs, or None
//   COPY_DICT_WITHOUT_KEYS   the `**rest` of a mapping pattern
//
// What counts as a sequence or a mapping follows CPython: the built-in
// sequence types (not str, bytes or bytearray) and dict, their subclasses,
// and anything collections.abc.Sequence / Mapping accepts. The ABCs are
// consulted only when collections.abc has been imported: a class cannot
// inherit from or register with them otherwise.
#include "vm/match.h"

#include <stdbool.h>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"

// isinstance(subject, collections.abc.<abc_name>), or 0 when that module
// was never imported.
static int abc_isinstance(Value subject, const char *abc_name) {
    Value key = mo_str_from_cstr("collections.abc");
    if (key == V_ERR)
        return -1;
    Value module = mo_dict_get(mo_modules, key);
    if (module == V_ERR)
        return -1;
    if (module == MO_NULL)
        return 0;
    Value abc = mo_getattr_cstr(module, abc_name);
    if (abc == V_ERR)
        return -1;
    return mo_isinstance(subject, abc);
}

int mo_match_is_sequence(Value subject) {
    TypeObject *t = mo_type(subject);
    if (mo_type_is_subtype(t, &mo_str_type) || mo_type_is_subtype(t, &mo_bytes_type) ||
        mo_type_is_subtype(t, &mo_bytearray_type) || mo_type_is_subtype(t, &mo_dict_type))
        return 0;
    if (mo_type_is_subtype(t, &mo_list_type) || mo_type_is_subtype(t, &mo_tuple_type) ||
        mo_type_is_subtype(t, &mo_range_type) || mo_type_is_subtype(t, &mo_memoryview_type))
        return 1;
    if (!mo_is_ptr(subject) || t == &mo_set_type || t == &mo_frozenset_type)
        return 0;
    return abc_isinstance(subject, "Sequence");
}

int mo_match_is_mapping(Value subject) {
    TypeObject *t = mo_type(subject);
    if (mo_type_is_subtype(t, &mo_dict_type))
        return 1;
    if (!mo_is_ptr(subject) || mo_type_is_subtype(t, &mo_str_type) ||
        mo_type_is_subtype(t, &mo_list_type) || mo_type_is_subtype(t, &mo_tuple_type))
        return 0;
    return abc_isinstance(subject, "Mapping");
}

Value mo_match_keys(Value subject, Value keys) {
    int64_t n = mo_tuple_size(keys);
    Value values = mo_tuple_new((size_t)n);
    if (values == V_ERR)
        return V_ERR;
    // Like CPython, a mapping other than a dict is asked through its `get`
    // method, so a defaultdict's __missing__ does not run; the default is
    // an object nothing else can hold.
    bool exact = mo_is_ptr(subject) && mo_type(subject) == &mo_dict_type;
    Value missing = exact ? MO_NULL : mo_list_new(0);
    if (missing == V_ERR)
        return V_ERR;
    for (int64_t i = 0; i < n; i++) {
        Value key = mo_tuple_items(keys)[i];
        // A key pattern written twice (a value pattern can hide that from
        // the compiler) is an error, not a second lookup.
        for (int64_t j = 0; j < i; j++) {
            int same = mo_eq(mo_tuple_items(keys)[j], key);
            if (same < 0)
                return V_ERR;
            if (same)
                return mo_err_format(&mo_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
        }
        Value v;
        if (exact) {
            v = mo_dict_get(subject, key);
        } else {
            Value args[2] = {key, missing};
            v = mo_call_method_cstr(subject, "get", args, 2);
        }
        if (v == V_ERR)
            return V_ERR;
        if (v == missing)
            return MO_NONE;
        mo_tuple_items(values)[i] = v;
    }
    return values;
}

Value mo_match_copy_without_keys(Value subject, Value keys) {
    Value rest = mo_dict_new();
    if (rest == V_ERR || mo_dict_update(rest, subject) < 0)
        return V_ERR;
    for (int64_t i = 0; i < mo_tuple_size(keys); i++)
        if (mo_dict_del(rest, mo_tuple_items(keys)[i]) < 0)
            return V_ERR;
    return rest;
}

// The built-in types whose class pattern `T(x)` matches `x` against the
// subject itself (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by subclasses).
static bool matches_self(TypeObject *t) {
    static TypeObject *const self_types[] = {
        &mo_bool_type, &mo_bytearray_type, &mo_bytes_type, &mo_dict_type, &mo_float_type,
        &mo_frozenset_type, &mo_int_type, &mo_list_type, &mo_set_type, &mo_str_type,
        &mo_tuple_type,
    };
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
        if (mo_type_is_subtype(t, self_types[i]))
            return true;
    return false;
}

// Appends getattr(subject, name) to `attrs`; returns 0 when the attribute
// is missing (the pattern fails), -1 on error. `seen` catches a name used
// twice.
static int fetch_attr(Value subject, TypeObject *cls, Value name, Value seen, Value attrs) {
    int dup = mo_contains(seen, name);
    if (dup < 0)
        return -1;
    if (dup) {
        mo_err_format(&mo_exc_TypeError, "%s() got multiple sub-patterns for attribute %R", cls->name, name);
        return -1;
    }
    if (mo_list_append(seen, name) < 0)
        return -1;
    Value v = mo_getattr(subject, name);
    if (v == V_ERR) {
        if (!mo_err_matches(&mo_exc_AttributeError))
            return -1;
        mo_err_clear();
        return 0;
    }
    return mo_list_append(attrs, v) < 0 ? -1 : 1;
}

Value mo_match_class(Value subject, Value cls_value, Value kwnames, int64_t npos) {
    if (!mo_is_type(cls_value))
        return mo_err_format(&mo_exc_TypeError, "called match pattern must be a type");
    TypeObject *cls = (TypeObject *)mo_ptr(cls_value);
    int r = mo_isinstance(subject, cls_value);
    if (r <= 0)
        return r < 0 ? V_ERR : MO_NONE;
    Value seen = mo_list_new(0);
    Value attrs = mo_list_new(0);
    if (seen == V_ERR || attrs == V_ERR)
        return V_ERR;
    if (npos > 0) {
        Value match_args = mo_lookup_attr(cls_value, mo_str_intern_cstr("__match_args__"));
        if (match_args == V_ERR)
            return V_ERR;
        int64_t allowed;
        bool self = false;
        if (match_args != MO_NULL) {
            if (!mo_is_ptr(match_args) || mo_type(match_args) != &mo_tuple_type)
                return mo_err_format(&mo_exc_TypeError, "%s.__match_args__ must be a tuple (got %T)",
                                     cls->name, match_args);
            allowed = mo_tuple_size(match_args);
        } else {
            self = matches_self(cls);
            allowed = self ? 1 : 0;
        }
        if (npos > allowed)
            return mo_err_format(&mo_exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                                 cls->name, (int)allowed, allowed == 1 ? "" : "s", (int)npos);
        if (self) {
            if (mo_list_append(attrs, subject) < 0)
                return V_ERR;
        } else {
            for (int64_t i = 0; i < npos; i++) {
                Value name = mo_tuple_items(match_args)[i];
                if (!mo_is_str(name))
                    return mo_err_format(&mo_exc_TypeError, "__match_args__ elements must be strings (got %T)",
                                         name);
                int got = fetch_attr(subject, cls, name, seen, attrs);
                if (got <= 0)
                    return got < 0 ? V_ERR : MO_NONE;
            }
        }
    }
    for (int64_t i = 0; i < mo_tuple_size(kwnames); i++) {
        int got = fetch_attr(subject, cls, mo_tuple_items(kwnames)[i], seen, attrs);
        if (got <= 0)
            return got < 0 ? V_ERR : MO_NONE;
    }
    return mo_list_as_tuple(attrs);
}
