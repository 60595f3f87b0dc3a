// src/vm/ops_support.h — what the op bodies of src/vm/ops.def may call.
//
// Every consumer of the generated cases (the tier-1 loop, the tier-2 uop
// interpreter, the JIT template) includes this header, so the bodies compile
// the same way everywhere. The helpers keep bodies short: the slow path of
// an op lives here, out of line, and a stencil only holds a call to it.
//
// Conventions are those of object.h: V_ERR / -1 with an exception set.
// Helpers named `*_unbound_*` raise and return true, so a body can write
// `ERROR_IF(value == MO_NULL && mo_vm_unbound_local(FRAME, OPARG()))`.
#ifndef MO_OPS_SUPPORT_H
#define MO_OPS_SUPPORT_H

#include <stdbool.h>
#include <stdint.h>

#include "gen/opcodes.h"
#include "objects/abstract.h"
#include "objects/gen.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/object.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/value.h"
#include "vm/frame.h"
#include "vm/match.h"
#include "vm/state.h"

#define MO_LIKELY(x) __builtin_expect(!!(x), 1)
#define MO_UNLIKELY(x) __builtin_expect(!!(x), 0)

// Frame accessors shared by every consumer.
#define FRAME frame
#define TS() mo_ts
#define GETLOCAL(i) (frame->slots[(i)])
#define SETLOCAL(i, v) (frame->slots[(i)] = (v))
#define GLOBALS() (frame->globals)
#define BUILTINS() (frame->builtins)
#define STACK_SHRINK(n) (sp -= (n))
#define PEEK(n) (sp[-(n)])

bool mo_vm_unbound_local(Frame *frame, uint32_t index);
bool mo_vm_unbound_deref(Frame *frame, uint32_t index);
Value mo_vm_load_classderef(Frame *frame, uint32_t index);

Value mo_vm_load_global(Frame *frame, Value name);
int mo_vm_delete_global(Frame *frame, Value name);
Value mo_vm_load_name(Frame *frame, Value name);
int mo_vm_store_name(Frame *frame, Value name, Value v);
int mo_vm_delete_name(Frame *frame, Value name);

int mo_vm_load_method(Value owner, Value name, Value *meth, Value *self_or_null);

// The specialized attribute forms (types checked by the caller's guard:
// a class with a plain __dict__ slot). MO_NULL / false: take the generic path.
static inline Value mo_vm_instance_attr(Value owner, Value name, uint32_t *hint) {
    Object *o = mo_ptr(owner);
    Value d = *(Value *)((char *)o + o->type->dictoffset);
    if (d == 0 || d == MO_NULL)
        return MO_NULL;
    DictObject *dict = mo_dict_obj(d);
    uint32_t ix = *hint;
    if (ix < dict->nentries && dict->entries[ix].key == name)
        return dict->entries[ix].value;
    int64_t i = mo_dict_index_str(d, name);
    if (i < 0 || i > UINT32_MAX)
        return MO_NULL;
    *hint = (uint32_t)i;
    return dict->entries[i].value;
}

static inline bool mo_vm_method_shadowed(Value owner, Value name) {
    Object *o = mo_ptr(owner);
    uint32_t off = o->type->dictoffset;
    if (!off)
        return false;
    Value d = *(Value *)((char *)o + off);
    return d != 0 && d != MO_NULL && mo_dict_obj(d)->used && mo_dict_get_str(d, name) != MO_NULL;
}

static inline bool mo_vm_store_instance_attr(Value owner, Value name, Value value, uint32_t *hint) {
    Object *o = mo_ptr(owner);
    Value d = *(Value *)((char *)o + o->type->dictoffset);
    if (d == 0 || d == MO_NULL)
        return false;
    DictObject *dict = mo_dict_obj(d);
    uint32_t ix = *hint;
    if (ix < dict->nentries && dict->entries[ix].key == name) {
        mo_dict_set_at(d, ix, value);
        return true;
    }
    int64_t i = mo_dict_index_str(d, name);
    if (i >= 0 && i <= UINT32_MAX) {
        *hint = (uint32_t)i;
        mo_dict_set_at(d, i, value);
        return true;
    }
    return false;
}

Value mo_vm_binary_op(Value lhs, Value rhs, uint32_t op);
Value mo_vm_compare_op(Value lhs, Value rhs, uint32_t op);
Value mo_vm_unary(Value v, int op);
int mo_vm_truth(Value v);

static inline bool mo_vm_cmp_i64(int64_t a, int64_t b, uint32_t op) {
    switch (op) {
    case MO_CMP_LT: return a < b;
    case MO_CMP_LE: return a <= b;
    case MO_CMP_EQ: return a == b;
    case MO_CMP_NE: return a != b;
    case MO_CMP_GT: return a > b;
    default: return a >= b;
    }
}
static inline bool mo_vm_cmp_double(double a, double b, uint32_t op) {
    switch (op) {
    case MO_CMP_LT: return a < b;
    case MO_CMP_LE: return a <= b;
    case MO_CMP_EQ: return a == b;
    case MO_CMP_NE: return a != b;
    case MO_CMP_GT: return a > b;
    default: return a >= b;
    }
}
bool mo_vm_cmp_str(Value a, Value b, uint32_t op);

Value mo_vm_subscr(Value container, Value sub);
int mo_vm_store_subscr(Value container, Value sub, Value v);

Value mo_vm_build_set(const Value *values, uint32_t n);
Value mo_vm_build_map(const Value *values, uint32_t n);
Value mo_vm_build_string(const Value *pieces, uint32_t n);
int mo_vm_list_extend(Value list, Value iterable);
int mo_vm_dict_update(Value dict, Value update);
int mo_vm_dict_merge(Value callable, Value dict, Value update);
int mo_vm_unpack_sequence(Value seq, uint32_t n, Value *out);
int mo_vm_unpack_ex(Value seq, uint32_t counts, Value *out);
Value mo_vm_format_value(Value v, Value spec, int conversion);

Value mo_vm_for_iter(Value iter);

// Pushes a frame for a call of Python function `func` (binding arguments);
// NULL with an exception set on failure.
Frame *mo_vm_push_call(Value func, const Value *args, size_t nargs, Value kwnames);
Value mo_vm_call_ex(Value callable, Value self_or_null, Value args, Value kwargs);
Value mo_vm_make_function(Frame *frame, Value code, Value qualname, const Value *extras, uint32_t flags);
Value mo_vm_load_build_class(Frame *frame);

// Sets the exception for `raise exc from cause` (MO_NULL when absent).
void mo_vm_raise(Value exc, Value cause);
int mo_vm_exception_matches(Value exc, Value type);
int mo_vm_before_with(Value mgr, Value *exit, Value *res);
Value mo_vm_with_except_start(Value exit, Value exc);

Value mo_vm_import_name(Frame *frame, Value name, Value fromlist, Value level);
Value mo_vm_import_from(Value module, Value name);
int mo_vm_import_star(Frame *frame, Value module);

Value mo_vm_make_generator(Frame *frame);
int mo_vm_send(Value receiver, Value value, Value *res);
Value mo_vm_get_yield_from_iter(Value iterable);

int mo_vm_print_expr(Value v);
// Raises KeyboardInterrupt for a pending Ctrl-C (vm/eval.c).
int mo_eval_handle_pending(void);
int mo_vm_setup_annotations(Frame *frame);

#endif
