// src/objects/object.h — the object header, type objects and the protocol
// every object implementation is written against.
//
// Every heap object starts with an `Object` header:
//
//   +--------------------------+  0
//   | TypeObject *type         |     never NULL for a live object; a free
//   +------------+-------------+  8  cell of the allocator has type == NULL
//   | uint32 gc  | uint32 aux  |     gc: owned by src/runtime/gc.c (mark bits)
//   +------------+-------------+ 16  aux: free for the type (flags, small sizes)
//   | type-specific fields …   |
//
// Types are objects too (`TypeObject`). The built-in types are static C
// structs (`mo_int_type`, `mo_list_type`, …) marked MO_GC_STATIC so the
// collector never frees them; classes made by `class` statements are heap
// objects of the same layout.
//
// Behaviour lives in the slots of TypeObject. A slot that is NULL means "not
// supported"; the generic operations in src/objects/abstract.c turn that into
// the TypeError CPython gives. Conventions for every slot and every fallible
// function in Mosaic:
// - returning a Value: V_ERR means an exception is set (src/runtime/error.h);
// - returning int: -1 means an exception is set;
// - MO_NOTIMPL (the NotImplemented object) from `binop`/`richcompare` means
//   "try the other operand", exactly like Python's protocol;
// - `iternext` returns MO_NULL when the iterator is exhausted, with no
//   exception set: StopIteration objects are made only when Python code can
//   see them.
//
// Calls use one convention everywhere (like CPython's vectorcall): `args`
// holds `nargs` positional arguments followed by one value per keyword name
// in `kwnames` (a tuple of str, or MO_NULL when there are none).
//
// Read next: src/objects/abstract.h (the generic operations), then the file
// of the type you are changing.
#ifndef MO_OBJECT_H
#define MO_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"

typedef struct TypeObject TypeObject;

typedef struct Object {
    TypeObject *type;
    uint32_t gc;
    uint32_t aux;
} Object;

// Bits of Object.gc. The collector owns them; MO_GC_STATIC is set in the
// static initialisers of objects that do not live in the heap.
#define MO_GC_MARK   1u
#define MO_GC_STATIC 2u

// The header of a statically allocated object of type `t`.
#define MO_STATIC_HEADER(t) {(t), MO_GC_STATIC, 0}

typedef Value (*CFunction)(Value self, const Value *args, size_t nargs, Value kwnames);

// A built-in function or method: an entry of TypeObject.methods or of a
// module's table.
typedef struct MethodDef {
    const char *name;
    CFunction fn;
    uint32_t flags;     // MO_METH_*
    const char *doc;
} MethodDef;

#define MO_METH_STATIC 1u   // staticmethod: `self` is MO_NULL
#define MO_METH_CLASS  2u   // classmethod: `self` is the type

// A computed attribute of a built-in type (`x.real`, `e.args`).
typedef struct GetSetDef {
    const char *name;
    Value (*get)(Value self);
    int (*set)(Value self, Value v);    // NULL: read-only; v == MO_NULL deletes
} GetSetDef;

// Binary operators, the `op` of TypeObject.binop and mo_binop. The in-place
// forms are the plain ones plus MO_OP_INPLACE.
enum {
    MO_OP_ADD, MO_OP_SUB, MO_OP_MUL, MO_OP_TRUEDIV, MO_OP_FLOORDIV, MO_OP_MOD,
    MO_OP_POW, MO_OP_LSHIFT, MO_OP_RSHIFT, MO_OP_AND, MO_OP_OR, MO_OP_XOR,
    MO_OP_MATMUL,
    MO_OP_COUNT,
    MO_OP_INPLACE = 16,
};

// Unary operators, the `op` of TypeObject.unop.
enum { MO_UNOP_NEG, MO_UNOP_POS, MO_UNOP_INVERT, MO_UNOP_ABS };

// Rich comparisons, in CPython's order (so `op ^ 1`-style tricks don't apply;
// use mo_compare_swapped).
enum { MO_CMP_LT, MO_CMP_LE, MO_CMP_EQ, MO_CMP_NE, MO_CMP_GT, MO_CMP_GE };

// TypeObject.flags
#define MO_TPFLAG_HEAPTYPE  (1u << 0)   // made by a class statement
#define MO_TPFLAG_BASETYPE  (1u << 1)   // may be subclassed
#define MO_TPFLAG_HAS_DICT  (1u << 2)   // instances carry a __dict__ at dictoffset
#define MO_TPFLAG_INT_SUBCLASS   (1u << 8)   // fast subclass checks
#define MO_TPFLAG_STR_SUBCLASS   (1u << 9)
#define MO_TPFLAG_TUPLE_SUBCLASS (1u << 10)
#define MO_TPFLAG_LIST_SUBCLASS  (1u << 11)
#define MO_TPFLAG_DICT_SUBCLASS  (1u << 12)
#define MO_TPFLAG_EXC_SUBCLASS   (1u << 13)
#define MO_TPFLAG_TYPE_SUBCLASS  (1u << 14)
// A subclass of a variable-size type (str, bytes): its fields follow the
// variable part, so only the base's `trace` and mo_instance_dict_slot know
// where they are.
#define MO_TPFLAG_VARSIZE_BASE   (1u << 15)

struct TypeObject {
    Object hdr;
    const char *name;       // e.g. "int"; for heap types, points into `name_v`
    TypeObject *base;       // the primary base; NULL only for `object`
    Value bases;            // tuple of bases
    Value mro;              // tuple of types, this one first
    Value dict;             // attributes and methods (a dict)
    Value name_v;           // __name__ as a str
    Value qualname;         // __qualname__ as a str
    Value module;           // __module__ as a str, or MO_NULL
    Value subclasses;       // list of the classes made with it as a base (0/MO_NULL: none)
    uint32_t flags;
    uint32_t basicsize;     // bytes of an instance, header included
    uint32_t dictoffset;    // where an instance keeps its __dict__ (0: none)
    uint32_t version;       // bumped when the type or a base changes (caches)
    uint32_t heap_fields_start; // classes: where the Values they added begin
                                // (their __slots__; traced by the collector)

    Value (*repr)(Value self);
    Value (*str)(Value self);
    int64_t (*hash)(Value self);                        // -1: error
    Value (*richcompare)(Value a, Value b, int op);     // MO_NOTIMPL: other side
    Value (*getattr)(Value self, Value name);           // name is a str
    int (*setattr)(Value self, Value name, Value v);    // v == MO_NULL: delete
    Value (*call)(Value self, const Value *args, size_t nargs, Value kwnames);
    Value (*iter)(Value self);
    Value (*iternext)(Value self);                      // MO_NULL: exhausted
    int64_t (*len)(Value self);                         // -1: error
    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value v);     // v == MO_NULL: delete
    int (*contains)(Value self, Value item);            // -1, 0 or 1
    int (*truth)(Value self);                           // -1, 0 or 1
    Value (*binop)(Value a, Value b, int op);           // either may be `self`
    Value (*unop)(Value a, int op);
    Value (*index)(Value self);                         // __index__: an int
    Value (*descr_get)(Value descr, Value obj, Value type);  // obj MO_NULL: via class
    int (*descr_set)(Value descr, Value obj, Value v);  // a data descriptor
    Value (*new_)(TypeObject *type, const Value *args, size_t nargs, Value kwnames);
    Value (*init)(Value self, const Value *args, size_t nargs, Value kwnames);
    void (*trace)(Object *self);        // marks every Value the object holds
    void (*finalize)(Object *self);     // frees malloc'd side storage

    const MethodDef *methods;           // installed into `dict` by mo_type_ready
    const GetSetDef *getsets;
};

// The type of any value: immediates have static types.
extern TypeObject mo_type_type, mo_object_type, mo_int_type, mo_bool_type,
    mo_float_type, mo_none_type, mo_str_type, mo_bytes_type, mo_bytearray_type, mo_list_type,
    mo_tuple_type, mo_dict_type, mo_set_type, mo_frozenset_type,
    mo_range_type, mo_slice_type, mo_function_type, mo_code_type,
    mo_cell_type, mo_method_type, mo_cfunction_type, mo_method_descr_type,
    mo_getset_descr_type, mo_module_type, mo_notimplemented_type,
    mo_ellipsis_type, mo_property_type, mo_staticmethod_type,
    mo_classmethod_type, mo_generator_type;

static inline TypeObject *mo_type(Value v) {
    if (mo_is_ptr(v))
        return mo_ptr(v)->type;
    if (mo_is_smallint(v))
        return &mo_int_type;
    if (mo_is_float(v))
        return &mo_float_type;
    if (v == MO_NONE)
        return &mo_none_type;
    return &mo_bool_type;
}

static inline const char *mo_type_name(Value v) { return mo_type(v)->name; }

// True when `v` is a heap object whose type is exactly `t`.
static inline int mo_is_exact(Value v, const TypeObject *t) {
    return mo_is_ptr(v) && mo_ptr(v)->type == t;
}

// The singletons that live in the heap (see object.c).
extern Object mo_notimpl_object, mo_ellipsis_object;
#define MO_NOTIMPL  mo_obj(&mo_notimpl_object)
#define MO_ELLIPSIS mo_obj(&mo_ellipsis_object)

#endif
