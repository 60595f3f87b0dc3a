// src/objects/func.h — callables: Python functions, cells, bound methods,
// built-in functions and the descriptors that bind them.
#ifndef MO_FUNC_H
#define MO_FUNC_H

#include "objects/object.h"

typedef struct FunctionObject {
    Object hdr;
    Value code;                 // CodeObject
    Value globals;              // dict
    Value builtins;             // dict
    Value name, qualname;       // str
    Value defaults;             // tuple, or MO_NULL
    Value kwdefaults;           // dict, or MO_NULL
    Value closure;              // tuple of cells, or MO_NULL
    Value doc;
    Value dict;                 // __dict__, made on first use (MO_NULL until)
    Value module;
    Value annotations;          // dict, or MO_NULL
    uint32_t version;           // changes when code/defaults change
} FunctionObject;

typedef struct CellObject {
    Object hdr;
    Value ref;                  // MO_NULL when empty
} CellObject;

// A bound method: `func` with `self` prepended to the arguments.
typedef struct MethodObject {
    Object hdr;
    Value func;
    Value self;
} MethodObject;

// A built-in function, or a built-in method bound to `self`.
typedef struct CFunctionObject {
    Object hdr;
    const MethodDef *def;
    Value self;                 // MO_NULL for a plain function
    Value module;               // the module's name, or MO_NULL
} CFunctionObject;

// A built-in method in a type's dict (unbound: `list.append`).
typedef struct MethodDescrObject {
    Object hdr;
    const MethodDef *def;
    TypeObject *owner;
} MethodDescrObject;

typedef struct GetSetDescrObject {
    Object hdr;
    const GetSetDef *def;
    TypeObject *owner;
} GetSetDescrObject;

typedef struct PropertyObject {
    Object hdr;
    Value fget, fset, fdel, doc;
    Value name;     // given by __set_name__ (the class attribute), or MO_NULL
    bool getter_doc;    // doc came from fget's __doc__ (a new getter brings its own)
} PropertyObject;

// staticmethod and classmethod wrappers.
typedef struct WrapperObject {
    Object hdr;
    Value func;
    Value dict;
} WrapperObject;

static inline FunctionObject *mo_func_obj(Value v) { return (FunctionObject *)mo_ptr(v); }
static inline CellObject *mo_cell_obj(Value v) { return (CellObject *)mo_ptr(v); }

Value mo_function_new(Value code, Value globals, Value qualname);
Value mo_cell_new(Value ref);
Value mo_method_new(Value func, Value self);
Value mo_cfunction_new(const MethodDef *def, Value self, Value module);
Value mo_method_descr_new(const MethodDef *def, TypeObject *owner);
Value mo_getset_descr_new(const GetSetDef *def, TypeObject *owner);

void mo_func_init(void);

#endif
