// src/objects/type.h — type objects: readying built-in types, making classes.
//
// A built-in type is a static TypeObject (see object.h) that its file
// defines and readies in its init function:
//
//     TypeObject mo_list_type = {
//         .hdr = MO_STATIC_HEADER(&mo_type_type),
//         .name = "list",
//         .base = &mo_object_type,
//         .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_LIST_SUBCLASS,
//         .basicsize = sizeof(ListObject),
//         .repr = list_repr, .richcompare = list_richcompare, …
//         .methods = list_methods,      // {name, fn, flags, doc}, {NULL}
//     };
//     void mo_list_init(void) { mo_type_ready(&mo_list_type); }
//
// mo_type_ready computes the MRO, inherits every NULL slot from the base,
// and fills the type's dict from `methods` and `getsets`. For a method,
// `self` is the instance; for MO_METH_CLASS the type; for MO_METH_STATIC
// MO_NULL. A `__new__`-style constructor is the `new_` slot (called by
// type.__call__ with the args), and `init` is __init__.
#ifndef MO_TYPE_H
#define MO_TYPE_H

#include "objects/object.h"

void mo_type_ready(TypeObject *t);
// The class statement: type(name, bases, dict).
Value mo_type_new_class(TypeObject *meta, Value name, Value bases, Value dict);
// … with class keywords for __init_subclass__ (a dict, or MO_NULL).
Value mo_type_new_class_kw(TypeObject *meta, Value name, Value bases, Value dict, Value kwargs);
// Called when a type's dict changes (invalidates caches, refreshes slots).
void mo_type_modified(TypeObject *t, Value name);
// object.__new__ for a heap type: a zeroed instance with an empty __dict__.
Value mo_object_new_instance(TypeObject *t);
// The __init__ of a class that makes instances the default way and
// initialises them with a plain Python function (tier 1 then calls it
// inline); MO_NULL otherwise.
Value mo_type_python_init(TypeObject *cls);
// Where an instance keeps its __dict__ (NULL if its type has none).
Value *mo_instance_dict_slot(Value obj);
// The __dict__ of an instance, made on first use; MO_NULL if it has none.
Value mo_instance_dict(Value obj);

// The types of super() objects and of the slot wrappers of built-in types.
extern TypeObject mo_super_type, mo_slot_wrapper_type;

// types.MappingProxyType (objects/mappingproxy.c): a read-only live view of
// `mapping`, what `C.__dict__` is.
extern TypeObject mo_mappingproxy_type;
Value mo_mappingproxy_new(Value mapping);

// Raises AttributeError with a formatted message, recording `name` and `obj`
// on it (for `e.name`, `e.obj` and the traceback's suggestions).
Value mo_attribute_error(Value obj, Value name, const char *fmt, ...);

void mo_type_init(void);

#endif
