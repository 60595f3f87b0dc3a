// src/vm/vmhelpers.c — the slow paths of the op bodies (ops_support.h).
//
// Each helper is what one op does beyond its fast path: name lookups that
// miss, operators on non-trivial types, unpacking, building functions and
// classes, raising, `with`, imports. Keeping them here keeps the tier-1
// loop compact and every stencil small.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/args.h"
#include "modules/sys.h"
#include "objects/module.h"
#include "objects/type.h"
#include "runtime/gc.h"
#include "vm/call.h"
#include "vm/import.h"
#include "vm/ops_support.h"

// --------------------------------------------------------------- names

bool mo_vm_unbound_local(Frame *frame, uint32_t index) {
    CodeObject *code = mo_frame_code(frame);
    Value name = mo_tuple_items(code->localsplusnames)[index];
    mo_err_format(&mo_exc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                  name);
    return true;
}

bool mo_vm_unbound_deref(Frame *frame, uint32_t index) {
    CodeObject *code = mo_frame_code(frame);
    Value name = mo_tuple_items(code->localsplusnames)[index];
    if ((int32_t)index < code->nlocals + code->ncellvars)
        mo_err_format(&mo_exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value", name);
    else
        mo_err_format(&mo_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      name);
    return true;
}

Value mo_vm_load_classderef(Frame *frame, uint32_t index) {
    CodeObject *code = mo_frame_code(frame);
    Value name = mo_tuple_items(code->localsplusnames)[index];
    if (frame->locals != MO_NULL) {
        Value v = mo_is_exact(frame->locals, &mo_dict_type) ? mo_dict_get(frame->locals, name)
                                                           : mo_getitem(frame->locals, name);
        if (v == V_ERR) {
            if (!mo_err_matches(&mo_exc_KeyError))
                return V_ERR;
            mo_err_clear();
        } else if (v != MO_NULL) {
            return v;
        }
    }
    Value v = mo_cell_obj(frame->slots[index])->ref;
    if (v == MO_NULL) {
        mo_vm_unbound_deref(frame, index);
        return V_ERR;
    }
    return v;
}

// NameError carries the name and where it was looked up, so the traceback
// can suggest a close match ("Did you mean: 'values'?").
static Value name_error_in(Frame *frame, Value name) {
    mo_err_format(&mo_exc_NameError, "name '%U' is not defined", name);
    Value exc = mo_ts->exc;
    if (!mo_is_exception(exc))
        return V_ERR;
    Value d = mo_exc_obj(exc)->dict;
    mo_dict_set_cstr(d, "name", name);
    if (frame) {
        CodeObject *code = mo_frame_code(frame);
        Value locals = MO_NULL;
        if (frame->locals != MO_NULL && mo_is_dict(frame->locals)) {
            locals = frame->locals;
        } else if (code->nlocals) {
            locals = mo_dict_new();
            for (int32_t i = 0; locals != V_ERR && i < code->nlocals; i++)
                if (frame->slots[i] != MO_NULL)
                    mo_dict_set(locals, mo_tuple_items(code->localsplusnames)[i], MO_NONE);
        }
        if (locals != MO_NULL && locals != V_ERR)
            mo_dict_set_cstr(d, "__mo_locals__", locals);
        mo_dict_set_cstr(d, "__mo_globals__", frame->globals);
        mo_dict_set_cstr(d, "__mo_builtins__", frame->builtins);
    }
    mo_err_clear();
    mo_ts->exc = exc;
    return V_ERR;
}

static Value name_error(Value name) { return name_error_in(mo_ts->frame, name); }

// Builtins written in Python (lib/_exceptiongroup.py), bound into the
// builtins dict the first time a lookup misses them, so that programs not
// using them do not pay for compiling that module at startup.
static Value lazy_builtin(Frame *frame, Value name) {
    const char *s = mo_str_data(name);
    if (strcmp(s, "ExceptionGroup") != 0 && strcmp(s, "BaseExceptionGroup") != 0)
        return MO_NULL;
    Value mod = mo_import_module(mo_str_intern_cstr("_exceptiongroup"), frame->globals, MO_NONE, 0);
    if (mod == V_ERR)
        return V_ERR;
    static const char *const names[] = {"BaseExceptionGroup", "ExceptionGroup"};
    for (int i = 0; i < 2; i++) {
        Value cls = mo_getattr_cstr(mod, names[i]);
        if (cls == V_ERR || mo_dict_set_cstr(frame->builtins, names[i], cls) < 0)
            return V_ERR;
    }
    return mo_dict_get_str(frame->builtins, name);
}

Value mo_vm_load_global(Frame *frame, Value name) {
    Value v = mo_dict_get_str(frame->globals, name);
    if (v != MO_NULL)
        return v;
    v = mo_dict_get_str(frame->builtins, name);
    if (v != MO_NULL)
        return v;
    v = lazy_builtin(frame, name);
    if (v != MO_NULL)
        return v;
    return name_error_in(frame, name);
}

int mo_vm_delete_global(Frame *frame, Value name) {
    int r = mo_dict_del(frame->globals, name);
    if (r == 0) {
        name_error(name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

Value mo_vm_load_name(Frame *frame, Value name) {
    if (frame->locals != MO_NULL && frame->locals != frame->globals) {
        Value v;
        if (mo_is_exact(frame->locals, &mo_dict_type)) {
            v = mo_dict_get(frame->locals, name);
        } else {
            v = mo_getitem(frame->locals, name);
            if (v == V_ERR && mo_err_matches(&mo_exc_KeyError)) {
                mo_err_clear();
                v = MO_NULL;
            }
        }
        if (v != MO_NULL)
            return v;
    }
    return mo_vm_load_global(frame, name);
}

int mo_vm_store_name(Frame *frame, Value name, Value v) {
    Value locals = frame->locals != MO_NULL ? frame->locals : frame->globals;
    if (mo_is_exact(locals, &mo_dict_type))
        return mo_dict_set(locals, name, v);
    return mo_setitem(locals, name, v);
}

int mo_vm_delete_name(Frame *frame, Value name) {
    Value locals = frame->locals != MO_NULL ? frame->locals : frame->globals;
    int r = mo_dict_del(locals, name);
    if (r == 0) {
        name_error(name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

// ------------------------------------------------------------ attributes

int mo_vm_load_method(Value owner, Value name, Value *meth, Value *self_or_null) {
    TypeObject *t = mo_type(owner);
    if (t->getattr == mo_generic_getattr) {
        Value f = mo_type_lookup(t, name);
        if (f != MO_NULL && (mo_is_exact(f, &mo_function_type) ||
                             (mo_is_exact(f, &mo_method_descr_type) &&
                              !(((MethodDescrObject *)mo_ptr(f))->def->flags & (MO_METH_CLASS | MO_METH_STATIC))))) {
            // Not shadowed by the instance's __dict__?
            Value *slot = mo_instance_dict_slot(owner);
            Value d = slot ? *slot : MO_NULL;
            if (d == MO_NULL || d == 0 || mo_dict_get_str(d, name) == MO_NULL) {
                *meth = f;
                *self_or_null = owner;
                return 0;
            }
        }
    }
    Value v = mo_getattr(owner, name);
    if (v == V_ERR)
        return -1;
    *meth = v;
    *self_or_null = MO_NULL;
    return 0;
}

// -------------------------------------------------------------- operators

Value mo_vm_binary_op(Value lhs, Value rhs, uint32_t op) {
    if (mo_both_smallint(lhs, rhs)) {
        int64_t a = mo_smallint_val(lhs), b = mo_smallint_val(rhs), r;
        switch (op & ~(uint32_t)MO_OP_INPLACE) {
        case MO_OP_ADD:
            r = a + b;
            return mo_smallint_fits(r) ? mo_smallint(r) : mo_int_from_i64(r);
        case MO_OP_SUB:
            r = a - b;
            return mo_smallint_fits(r) ? mo_smallint(r) : mo_int_from_i64(r);
        case MO_OP_MUL:
            if (!__builtin_mul_overflow(a, b, &r))
                return mo_smallint_fits(r) ? mo_smallint(r) : mo_int_from_i64(r);
            return mo_int_mul_overflow(a, b);
        case MO_OP_FLOORDIV:
            if (b != 0) {
                int64_t q = a / b;
                if ((a % b != 0) && ((a < 0) != (b < 0)))
                    q--;
                // The one quotient that leaves the small range: the most
                // negative small int divided by -1.
                return mo_smallint_fits(q) ? mo_smallint(q) : mo_int_from_i64(q);
            }
            break;
        case MO_OP_MOD:
            if (b != 0) {
                int64_t m = a % b;
                if (m != 0 && ((m < 0) != (b < 0)))
                    m += b;
                return mo_smallint(m);
            }
            break;
        case MO_OP_AND: return mo_smallint(a & b);
        case MO_OP_OR: return mo_smallint(a | b);
        case MO_OP_XOR: return mo_smallint(a ^ b);
        default: break;
        }
    } else if (mo_is_float(lhs) && mo_is_float(rhs)) {
        double a = mo_float_val(lhs), b = mo_float_val(rhs);
        switch (op & ~(uint32_t)MO_OP_INPLACE) {
        case MO_OP_ADD: return mo_float_raw(a + b);
        case MO_OP_SUB: return mo_float_raw(a - b);
        case MO_OP_MUL: return mo_float_raw(a * b);
        case MO_OP_TRUEDIV:
            if (b != 0.0)
                return mo_float_raw(a / b);
            break;
        default: break;
        }
    }
    return mo_binop(lhs, rhs, (int)op);
}

Value mo_vm_compare_op(Value lhs, Value rhs, uint32_t op) {
    if (mo_both_smallint(lhs, rhs))
        return mo_bool(mo_vm_cmp_i64(mo_smallint_val(lhs), mo_smallint_val(rhs), op));
    if (mo_is_float(lhs) && mo_is_float(rhs))
        return mo_bool(mo_vm_cmp_double(mo_float_val(lhs), mo_float_val(rhs), op));
    return mo_richcompare(lhs, rhs, (int)op);
}

bool mo_vm_cmp_str(Value a, Value b, uint32_t op) {
    if (op == MO_CMP_EQ)
        return mo_str_eq(a, b);
    if (op == MO_CMP_NE)
        return !mo_str_eq(a, b);
    int c = mo_str_cmp(a, b);
    switch (op) {
    case MO_CMP_LT: return c < 0;
    case MO_CMP_LE: return c <= 0;
    case MO_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

Value mo_vm_unary(Value v, int op) {
    if (mo_is_smallint(v)) {
        int64_t i = mo_smallint_val(v);
        switch (op) {
        case MO_UNOP_NEG: return mo_int_from_i64(-i);
        case MO_UNOP_POS: return v;
        case MO_UNOP_INVERT: return mo_smallint(~i);
        default: break;
        }
    } else if (mo_is_float(v)) {
        if (op == MO_UNOP_NEG)
            return mo_float_raw(-mo_float_val(v));
        if (op == MO_UNOP_POS)
            return v;
    }
    return mo_unop(v, op);
}

int mo_vm_truth(Value v) { return mo_truth(v); }

// ------------------------------------------------------------ subscripts

Value mo_vm_subscr(Value container, Value sub) {
    if (mo_is_exact(container, &mo_list_type) && mo_is_smallint(sub)) {
        int64_t i = mo_smallint_val(sub), n = mo_list_size(container);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n)
            return mo_list_items(container)[i];
    } else if (mo_is_exact(container, &mo_tuple_type) && mo_is_smallint(sub)) {
        int64_t i = mo_smallint_val(sub), n = mo_tuple_size(container);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n)
            return mo_tuple_items(container)[i];
    } else if (mo_is_exact(container, &mo_dict_type)) {
        Value v = mo_dict_get(container, sub);
        if (v != MO_NULL)
            return v;
    }
    return mo_getitem(container, sub);
}

int mo_vm_store_subscr(Value container, Value sub, Value v) {
    if (mo_is_exact(container, &mo_list_type) && mo_is_smallint(sub)) {
        int64_t i = mo_smallint_val(sub), n = mo_list_size(container);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n) {
            mo_list_items(container)[i] = v;
            return 0;
        }
    } else if (mo_is_exact(container, &mo_dict_type)) {
        return mo_dict_set(container, sub, v);
    }
    return mo_setitem(container, sub, v);
}

// ---------------------------------------------------------------- builders

Value mo_vm_build_set(const Value *values, uint32_t n) {
    Value s = mo_set_new();
    if (s == V_ERR)
        return V_ERR;
    for (uint32_t i = 0; i < n; i++)
        if (mo_set_add(s, values[i]) < 0)
            return V_ERR;
    return s;
}

Value mo_vm_build_map(const Value *values, uint32_t n) {
    Value d = mo_dict_new_presized(n);
    if (d == V_ERR)
        return V_ERR;
    for (uint32_t i = 0; i < n; i++)
        if (mo_dict_set(d, values[2 * i], values[2 * i + 1]) < 0)
            return V_ERR;
    return d;
}

Value mo_vm_build_string(const Value *pieces, uint32_t n) {
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++)
        total += (size_t)mo_str_size(pieces[i]);
    StrBuf b = STRBUF_INIT;
    if (!mo_strbuf_reserve(&b, total))
        return mo_err_no_memory();
    for (uint32_t i = 0; i < n; i++)
        mo_strbuf_append(&b, mo_str_data(pieces[i]), (size_t)mo_str_size(pieces[i]));
    return mo_str_from_strbuf(&b);
}

int mo_vm_list_extend(Value list, Value iterable) {
    if (mo_list_extend(list, iterable) < 0) {
        if (mo_err_matches(&mo_exc_TypeError) && !mo_type(iterable)->iter && !mo_type(iterable)->getitem) {
            mo_err_clear();
            mo_err_format(&mo_exc_TypeError, "Value after * must be an iterable, not %s", mo_type_name(iterable));
        }
        return -1;
    }
    return 0;
}

int mo_vm_dict_update(Value dict, Value update) {
    if (!mo_is_dict(update) && mo_lookup_attr(update, mo_str_intern_cstr("keys")) == MO_NULL) {
        if (!mo_err_occurred())
            mo_err_format(&mo_exc_TypeError, "'%s' object is not a mapping", mo_type_name(update));
        return -1;
    }
    return mo_dict_update(dict, update);
}

// How CPython names a callable in call errors: "__main__.f()".
static Value python_function_name(Value f) {
    FunctionObject *fn = mo_func_obj(f);
    if (mo_is_str(fn->module) && !mo_str_eq_cstr(fn->module, "builtins"))
        return mo_str_format("%U.%U()", fn->module, fn->qualname);
    return mo_str_format("%U()", fn->qualname);
}

static Value func_name_for_errors(Value callable) {
    if (mo_is_exact(callable, &mo_function_type))
        return python_function_name(callable);
    if (mo_is_exact(callable, &mo_method_type)) {
        Value f = ((MethodObject *)mo_ptr(callable))->func;
        if (mo_is_exact(f, &mo_function_type))
            return python_function_name(f);
    }
    if (mo_is_exact(callable, &mo_cfunction_type))
        return mo_str_format("%s()", ((CFunctionObject *)mo_ptr(callable))->def->name);
    if (mo_is_type(callable))
        return mo_str_format("%s()", ((TypeObject *)mo_ptr(callable))->name);
    return mo_str_format("%s object", mo_type_name(callable));
}

int mo_vm_dict_merge(Value callable, Value dict, Value update) {
    if (!mo_is_dict(update)) {
        Value keys = mo_lookup_attr(update, mo_str_intern_cstr("keys"));
        if (keys == V_ERR)
            return -1;
        if (keys == MO_NULL) {
            Value fname = func_name_for_errors(callable);
            if (fname == V_ERR)
                return -1;
            mo_err_format(&mo_exc_TypeError, "%U argument after ** must be a mapping, not %s", fname,
                          mo_type_name(update));
            return -1;
        }
        Value d = mo_dict_new();
        if (d == V_ERR || mo_dict_update(d, update) < 0)
            return -1;
        update = d;
    }
    int64_t pos = 0;
    Value k, v;
    while (mo_dict_next(update, &pos, &k, &v)) {
        if (!mo_is_str(k)) {
            mo_err_format(&mo_exc_TypeError, "keywords must be strings");
            return -1;
        }
        Value old = mo_dict_get(dict, k);
        if (old == V_ERR)
            return -1;
        if (old != MO_NULL) {
            Value fname = func_name_for_errors(callable);
            if (fname == V_ERR)
                return -1;
            mo_err_format(&mo_exc_TypeError, "%U got multiple values for keyword argument '%U'", fname, k);
            return -1;
        }
        if (mo_dict_set(dict, k, v) < 0)
            return -1;
    }
    return 0;
}

static int unpack_error_count(uint32_t expected, int64_t got) {
    if (got < (int64_t)expected)
        mo_err_format(&mo_exc_ValueError, "not enough values to unpack (expected %u, got %lld)", expected,
                      (long long)got);
    else
        mo_err_format(&mo_exc_ValueError, "too many values to unpack (expected %u)", expected);
    return -1;
}

// Values go onto the stack in reverse: the first item ends on top.
int mo_vm_unpack_sequence(Value seq, uint32_t n, Value *out) {
    const Value *items = NULL;
    int64_t size = -1;
    if (mo_is_exact(seq, &mo_tuple_type)) {
        items = mo_tuple_items(seq);
        size = mo_tuple_size(seq);
    } else if (mo_is_exact(seq, &mo_list_type)) {
        items = mo_list_items(seq);
        size = mo_list_size(seq);
    }
    if (items) {
        if (size != (int64_t)n)
            return unpack_error_count(n, size);
        for (uint32_t i = 0; i < n; i++)
            out[n - 1 - i] = items[i];
        return 0;
    }
    Value it = mo_iter(seq);
    if (it == V_ERR) {
        if (mo_err_matches(&mo_exc_TypeError) && !mo_type(seq)->iter && !mo_type(seq)->getitem) {
            mo_err_clear();
            mo_err_format(&mo_exc_TypeError, "cannot unpack non-iterable %s object", mo_type_name(seq));
        }
        return -1;
    }
    for (uint32_t i = 0; i < n; i++) {
        Value v = mo_next(it);
        if (v == V_ERR)
            return -1;
        if (v == MO_NULL)
            return unpack_error_count(n, i);
        out[n - 1 - i] = v;
    }
    Value extra = mo_next(it);
    if (extra == V_ERR)
        return -1;
    if (extra != MO_NULL)
        return unpack_error_count(n, n + 1);
    return 0;
}

int mo_vm_unpack_ex(Value seq, uint32_t counts, Value *out) {
    uint32_t before = counts & 0xFF, after = counts >> 8;
    uint32_t total = before + after + 1;
    Value list = mo_list_from_iterable(seq);
    if (list == V_ERR) {
        if (mo_err_matches(&mo_exc_TypeError) && !mo_type(seq)->iter && !mo_type(seq)->getitem) {
            mo_err_clear();
            mo_err_format(&mo_exc_TypeError, "cannot unpack non-iterable %s object", mo_type_name(seq));
        }
        return -1;
    }
    int64_t n = mo_list_size(list);
    if (n < (int64_t)(before + after)) {
        mo_err_format(&mo_exc_ValueError, "not enough values to unpack (expected at least %u, got %lld)",
                      before + after, (long long)n);
        return -1;
    }
    // The starred part is made first and the items are read after: `list`
    // is otherwise dead here, and a pointer into its item array (malloc'd,
    // freed when a collection in the allocation sweeps the list) would not
    // keep it alive.
    Value middle = mo_list_new((size_t)(n - before - after));
    if (middle == V_ERR)
        return -1;
    const Value *items = mo_list_items(list);
    uint32_t k = total;
    for (uint32_t i = 0; i < before; i++)
        out[--k] = items[i];
    if (n - before - after > 0)
        memcpy(mo_list_items(middle), items + before, (size_t)(n - before - after) * sizeof(Value));
    out[--k] = middle;
    for (int64_t i = n - after; i < n; i++)
        out[--k] = items[i];
    return 0;
}

Value mo_vm_format_value(Value v, Value spec, int conversion) {
    switch (conversion) {
    case 1: v = mo_str(v); break;
    case 2: v = mo_repr(v); break;
    case 3: v = mo_ascii(v); break;
    default: break;
    }
    if (v == V_ERR)
        return V_ERR;
    if (spec == MO_NULL && mo_is_exact(v, &mo_str_type))
        return v;
    return mo_format(v, spec == MO_NULL ? mo_str_empty : spec);
}

// ---------------------------------------------------------------- iteration

Value mo_vm_for_iter(Value iter) {
    TypeObject *t = mo_type(iter);
    return t->iternext(iter);
}

// ------------------------------------------------------------------- calls

Value mo_vm_call_ex(Value callable, Value self_or_null, Value args, Value kwargs) {
    if (!mo_is_tuple(args)) {
        if (!mo_type(args)->iter && !mo_type(args)->getitem) {
            Value fname = func_name_for_errors(callable);
            if (fname == V_ERR)
                return V_ERR;
            return mo_err_format(&mo_exc_TypeError, "%U argument after * must be an iterable, not %s", fname,
                                 mo_type_name(args));
        }
        args = mo_tuple_from_iterable(args);
        if (args == V_ERR)
            return V_ERR;
    }
    if (self_or_null != MO_NULL) {
        int64_t n = mo_tuple_size(args);
        Value t = mo_tuple_new((size_t)n + 1);
        if (t == V_ERR)
            return V_ERR;
        mo_tuple_items(t)[0] = self_or_null;
        memcpy(mo_tuple_items(t) + 1, mo_tuple_items(args), (size_t)n * sizeof(Value));
        args = t;
    }
    return mo_call_tuple_dict(callable, args, kwargs);
}

Value mo_vm_make_function(Frame *frame, Value code, Value qualname, const Value *extras, uint32_t flags) {
    Value f = mo_function_new(code, frame->globals, qualname);
    if (f == V_ERR)
        return V_ERR;
    FunctionObject *fn = mo_func_obj(f);
    int k = 0;
    if (flags & 1)
        fn->defaults = extras[k++];
    if (flags & 2)
        fn->kwdefaults = extras[k++];
    if (flags & 4)
        fn->annotations = extras[k++];
    if (flags & 8)
        fn->closure = extras[k++];
    return f;
}

Value mo_vm_load_build_class(Frame *frame) {
    Value bc = mo_dict_get_cstr(frame->builtins, "__build_class__");
    if (bc == MO_NULL)
        return mo_err_format(&mo_exc_NameError, "__build_class__ not found");
    return bc;
}

// -------------------------------------------------------------- exceptions

void mo_vm_raise(Value exc, Value cause) {
    ThreadState *ts = mo_ts;
    if (exc == MO_NULL) {
        // Bare `raise`: the exception being handled, traceback and all.
        if (ts->handled == MO_NULL || ts->handled == MO_NONE) {
            mo_err_format(&mo_exc_RuntimeError, "No active exception to reraise");
            return;
        }
        ts->exc = ts->handled;
        return;
    }
    if (mo_err_set(exc) == V_ERR && cause == MO_NULL)
        return;
    if (cause != MO_NULL) {
        Value e = ts->exc;
        if (!mo_is_exception(e))
            return;
        if (mo_is_type(cause) && mo_type_is_subtype((TypeObject *)mo_ptr(cause), &mo_exc_BaseException)) {
            ts->exc = MO_NULL;
            Value c = mo_call0(cause);
            if (c == V_ERR)
                return;
            ts->exc = e;
            cause = c;
        } else if (cause != MO_NONE && !mo_is_exception(cause)) {
            ts->exc = MO_NULL;
            mo_err_format(&mo_exc_TypeError, "exception causes must derive from BaseException");
            return;
        }
        mo_exc_obj(e)->cause = cause;
        mo_exc_obj(e)->suppress_context = true;
    }
}

int mo_vm_exception_matches(Value exc, Value type) {
    // Every entry must be an exception class.
    if (mo_is_tuple(type)) {
        for (int64_t i = 0; i < mo_tuple_size(type); i++) {
            Value t = mo_tuple_items(type)[i];
            if (!mo_is_type(t) || !mo_type_is_subtype((TypeObject *)mo_ptr(t), &mo_exc_BaseException)) {
                mo_err_format(&mo_exc_TypeError,
                              "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
    } else if (!mo_is_type(type) || !mo_type_is_subtype((TypeObject *)mo_ptr(type), &mo_exc_BaseException)) {
        mo_err_format(&mo_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return mo_isinstance(exc, type);
}

int mo_vm_before_with(Value mgr, Value *exit, Value *res) {
    TypeObject *t = mo_type(mgr);
    Value enter_name = mo_str_intern_cstr("__enter__");
    Value exit_name = mo_str_intern_cstr("__exit__");
    Value enter = mo_type_lookup(t, enter_name);
    if (enter == MO_NULL) {
        mo_err_format(&mo_exc_TypeError, "'%s' object does not support the context manager protocol", t->name);
        return -1;
    }
    Value ex = mo_type_lookup(t, exit_name);
    if (ex == MO_NULL) {
        mo_err_format(&mo_exc_TypeError,
                      "'%s' object does not support the context manager protocol (missed __exit__ method)", t->name);
        return -1;
    }
    Value bound_exit = mo_getattr(mgr, exit_name);
    if (bound_exit == V_ERR)
        return -1;
    Value r = mo_call_method(mgr, enter_name, NULL, 0, MO_NULL);
    if (r == V_ERR)
        return -1;
    *exit = bound_exit;
    *res = r;
    return 0;
}

Value mo_vm_with_except_start(Value exit, Value exc) {
    Value args[3] = {mo_obj(mo_type(exc)), exc, mo_is_exception(exc) ? mo_exc_obj(exc)->traceback : MO_NONE};
    return mo_call(exit, args, 3, MO_NULL);
}

// ------------------------------------------------------------------ import

Value mo_vm_import_name(Frame *frame, Value name, Value fromlist, Value level) {
    int64_t lvl = 0;
    if (mo_is_smallint(level))
        lvl = mo_smallint_val(level);
    return mo_import_module(name, frame->globals, fromlist, lvl);
}

Value mo_vm_import_from(Value module, Value name) {
    Value v = mo_lookup_attr(module, name);
    if (v == V_ERR)
        return V_ERR;
    if (v != MO_NULL)
        return v;
    Value mname = mo_lookup_attr(module, mo_str_intern_cstr("__name__"));
    if (mname == V_ERR || mname == MO_NULL || !mo_is_str(mname)) {
        mo_err_clear();
        return mo_err_format(&mo_exc_ImportError, "cannot import name '%U'", name);
    }
    // A submodule that was imported by its full name.
    Value full = mo_str_format("%U.%U", mname, name);
    if (full == V_ERR)
        return V_ERR;
    Value sub = mo_dict_get(mo_modules, full);
    if (sub != MO_NULL && sub != V_ERR)
        return sub;
    Value file = mo_lookup_attr(module, mo_str_intern_cstr("__file__"));
    if (file != MO_NULL && file != V_ERR && mo_is_str(file)) {
        mo_err_format(&mo_exc_ImportError, "cannot import name '%U' from '%U' (%U)", name, mname, file);
        return mo_import_error_names(mname, file);
    }
    mo_err_clear();
    mo_err_format(&mo_exc_ImportError, "cannot import name '%U' from '%U' (unknown location)", name, mname);
    return mo_import_error_names(mname, MO_NULL);
}

int mo_vm_import_star(Frame *frame, Value module) {
    Value locals = frame->locals != MO_NULL ? frame->locals : frame->globals;
    Value all = mo_lookup_attr(module, mo_str_intern_cstr("__all__"));
    if (all == V_ERR)
        return -1;
    Value dict = mo_lookup_attr(module, mo_str_intern_cstr("__dict__"));
    if (dict == V_ERR || dict == MO_NULL)
        return -1;
    if (all != MO_NULL) {
        Value it = mo_iter(all);
        if (it == V_ERR)
            return -1;
        Value name;
        while ((name = mo_next(it)) != MO_NULL) {
            if (name == V_ERR)
                return -1;
            Value v = mo_getattr(module, name);
            if (v == V_ERR || mo_setitem(locals, name, v) < 0)
                return -1;
        }
        return 0;
    }
    int64_t pos = 0;
    Value k, v;
    while (mo_dict_next(dict, &pos, &k, &v)) {
        if (mo_is_str(k) && mo_str_size(k) > 0 && mo_str_data(k)[0] == '_')
            continue;
        if (mo_setitem(locals, k, v) < 0)
            return -1;
    }
    return 0;
}

// -------------------------------------------------------------------- misc

int mo_vm_print_expr(Value v) { return mo_sys_displayhook(v); }

int mo_vm_setup_annotations(Frame *frame) {
    Value locals = frame->locals != MO_NULL ? frame->locals : frame->globals;
    Value a = mo_dict_get_cstr(locals, "__annotations__");
    if (a != MO_NULL)
        return 0;
    Value d = mo_dict_new();
    if (d == V_ERR)
        return -1;
    return mo_dict_set_cstr(locals, "__annotations__", d);
}
