// src/objects/object.c — the small singleton types: None, NotImplemented,
// Ellipsis.
//
// None is an immediate Value (MO_NONE); NotImplemented and Ellipsis are
// static objects.
#include <stdint.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/str.h"
#include "objects/type.h"

static Value none_repr(Value self) { return mo_str_from_cstr("None"); }
static int none_truth(Value self) { return 0; }
static int64_t none_hash(Value self) { return 0xFCA86420; }

static Value none_new(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    if (nargs || mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "NoneType takes no arguments");
    return MO_NONE;
}

TypeObject mo_none_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "NoneType",
    .repr = none_repr,
    .truth = none_truth,
    .hash = none_hash,
    .new_ = none_new,
};

// type(NotImplemented)() and type(...)() give back the singletons.
static Value notimpl_new(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    if (nargs || mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "NotImplementedType takes no arguments");
    return MO_NOTIMPL;
}
static Value ellipsis_new(TypeObject *t, const Value *args, size_t nargs, Value kwnames) {
    if (nargs || mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "EllipsisType takes no arguments");
    return MO_ELLIPSIS;
}

static Value notimpl_repr(Value self) { return mo_str_from_cstr("NotImplemented"); }
TypeObject mo_notimplemented_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .repr = notimpl_repr,
    .new_ = notimpl_new,
};
Object mo_notimpl_object = MO_STATIC_HEADER(&mo_notimplemented_type);

static Value ellipsis_repr(Value self) { return mo_str_from_cstr("Ellipsis"); }
TypeObject mo_ellipsis_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
};
Object mo_ellipsis_object = MO_STATIC_HEADER(&mo_ellipsis_type);

void mo_object_init(void);
void mo_object_init(void) {
    mo_type_ready(&mo_none_type);
    mo_type_ready(&mo_notimplemented_type);
    mo_type_ready(&mo_ellipsis_type);
    mo_type_ready(&mo_mappingproxy_type);
}
