// src/objects/abstract.h — the generic operations on any value.
//
// These are what the interpreter, the builtins and every type's methods use
// to act on values whose type they do not know: they dispatch through the
// type's slots, apply Python's rules (reflected operands, NotImplemented,
// subclass priority, __eq__ falling back to identity) and raise CPython's
// TypeErrors when a type does not support an operation.
//
// All follow object.h's error conventions: V_ERR / -1 with an exception set.
#ifndef MO_ABSTRACT_H
#define MO_ABSTRACT_H

#include <stdbool.h>

#include "objects/object.h"
#include "runtime/error.h"

// Text.
Value mo_repr(Value v);                 // a str
Value mo_str(Value v);                  // a str
Value mo_ascii(Value v);                // a str (ascii())
Value mo_format(Value v, Value spec);   // format(v, spec); spec is a str

// Hashing and comparison.
int64_t mo_hash(Value v);                          // -1: error
Value mo_richcompare(Value a, Value b, int op);    // any value (usually a bool)
int mo_compare(Value a, Value b, int op);          // -1 error, 0, 1
int mo_eq(Value a, Value b);                       // identity first; -1, 0, 1
int mo_truth(Value v);                             // -1, 0, 1
static inline int mo_compare_swapped(int op) {
    static const int swapped[] = {MO_CMP_GT, MO_CMP_GE, MO_CMP_EQ, MO_CMP_NE, MO_CMP_LT, MO_CMP_LE};
    return swapped[op];
}

// Arithmetic.
Value mo_binop(Value a, Value b, int op);          // op may include MO_OP_INPLACE
Value mo_unop(Value a, int op);
Value mo_pow3(Value base, Value exp, Value mod);   // pow(base, exp, mod)
// The symbol of a binary operator ("+", "//", "**=" …) for error messages.
const char *mo_binop_symbol(int op);
Value mo_number_index(Value v);                    // operator.index(v): an int
// An int-like value (int, bool, __index__) as int64_t. On overflow raises
// OverflowError; a non-integer raises TypeError "'<T>' object cannot be
// interpreted as an integer".
int mo_index_i64(Value v, int64_t *out);
// Like mo_index_i64 but clamps big values to INT64_MIN/INT64_MAX (slices).
int mo_index_clamped(Value v, int64_t *out);

// Attributes. `name` is a str (interned when it comes from code).
Value mo_getattr(Value obj, Value name);
Value mo_getattr_cstr(Value obj, const char *name);
// Like mo_getattr, but a missing attribute gives MO_NULL with no exception.
Value mo_lookup_attr(Value obj, Value name);
int mo_setattr(Value obj, Value name, Value v);    // v == MO_NULL deletes
int mo_hasattr(Value obj, Value name);             // -1, 0, 1
// The generic machinery, usable as the getattr/setattr slots of types whose
// instances have a __dict__ (at dictoffset) or none.
Value mo_generic_getattr(Value obj, Value name);
int mo_generic_setattr(Value obj, Value name, Value v);

// Calls.
Value mo_call(Value callable, const Value *args, size_t nargs, Value kwnames);
Value mo_call0(Value callable);
Value mo_call1(Value callable, Value a);
Value mo_call2(Value callable, Value a, Value b);
// callable(*args_tuple, **kwargs_dict); kwargs may be MO_NULL.
Value mo_call_tuple_dict(Value callable, Value args_tuple, Value kwargs);
// obj.name(args…) without making a bound method when possible.
Value mo_call_method(Value obj, Value name, const Value *args, size_t nargs, Value kwnames);
Value mo_call_method_cstr(Value obj, const char *name, const Value *args, size_t nargs);
int mo_callable(Value v);

// Containers.
Value mo_getitem(Value o, Value key);
int mo_setitem(Value o, Value key, Value v);
int mo_delitem(Value o, Value key);
int mo_contains(Value container, Value item);      // -1, 0, 1 (`in`)
int64_t mo_len(Value o);                           // -1: error

// Iteration.
Value mo_iter(Value o);
Value mo_next(Value iterator);                     // MO_NULL: exhausted
// Collects an iterable into a new list / tuple.
Value mo_list_from_iterable(Value iterable);
Value mo_tuple_from_iterable(Value iterable);

// Types.
int mo_type_is_subtype(const TypeObject *a, const TypeObject *b);
static inline int mo_isinstance_type(Value v, const TypeObject *t) {
    const TypeObject *vt = mo_type(v);
    return vt == t || mo_type_is_subtype(vt, t);
}
// isinstance(v, cls) with cls a type or a tuple of them (recursively).
int mo_isinstance(Value v, Value cls);
int mo_issubclass(Value cls, Value classinfo);
// Looks `name` up along the MRO of `t`, without binding; MO_NULL if absent.
Value mo_type_lookup(const TypeObject *t, Value name);

// Fast type tests (exact type or a subclass).
static inline bool mo_is_int(Value v) {
    return mo_is_smallint(v) || mo_is_bool(v) ||
           (mo_is_ptr(v) && (mo_ptr(v)->type == &mo_int_type ||
                             (mo_ptr(v)->type->flags & MO_TPFLAG_INT_SUBCLASS)));
}
static inline bool mo_is_str(Value v) {
    return mo_is_ptr(v) && (mo_ptr(v)->type == &mo_str_type ||
                            (mo_ptr(v)->type->flags & MO_TPFLAG_STR_SUBCLASS));
}
static inline bool mo_is_tuple(Value v) {
    return mo_is_ptr(v) && (mo_ptr(v)->type == &mo_tuple_type ||
                            (mo_ptr(v)->type->flags & MO_TPFLAG_TUPLE_SUBCLASS));
}
static inline bool mo_is_list(Value v) {
    return mo_is_ptr(v) && (mo_ptr(v)->type == &mo_list_type ||
                            (mo_ptr(v)->type->flags & MO_TPFLAG_LIST_SUBCLASS));
}
static inline bool mo_is_dict(Value v) {
    return mo_is_ptr(v) && (mo_ptr(v)->type == &mo_dict_type ||
                            (mo_ptr(v)->type->flags & MO_TPFLAG_DICT_SUBCLASS));
}
static inline bool mo_is_type(Value v) {
    return mo_is_ptr(v) && (mo_ptr(v)->type == &mo_type_type ||
                            (mo_ptr(v)->type->flags & MO_TPFLAG_TYPE_SUBCLASS));
}
static inline bool mo_is_exception(Value v) {
    return mo_is_ptr(v) && (mo_ptr(v)->type->flags & MO_TPFLAG_EXC_SUBCLASS);
}

// Guards C recursion (repr of nested containers, comparisons of deep
// structures, calls from C back into Python). Returns -1 with RecursionError
// set when too deep; every successful enter must be paired with a leave.
int mo_recursion_enter(const char *where);
extern char *mo_c_stack_limit;
void mo_recursion_leave(void);

#endif
