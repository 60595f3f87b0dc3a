// src/vm/call.c — binding call arguments to a Python function's parameters.
//
// The frame's first slots are the parameters in order: positional (the
// positional-only first), keyword-only, then *args (a tuple) and **kwargs
// (a dict) if the function has them. Errors use CPython's wording, with the
// function's qualified name: "f() missing 1 required positional argument: 'x'".
#include "vm/call.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/strbuf.h"
#include "vm/eval.h"
#include "vm/ops_support.h"
#include "vm/state.h"

Value mo_builtins_dict = MO_NULL;

Value mo_call_builtins_of(Value globals) {
    if (globals == MO_NULL)
        return mo_builtins_dict;
    Value b = mo_dict_get_cstr(globals, "__builtins__");
    if (b != MO_NULL) {
        if (mo_is_dict(b))
            return b;
        if (mo_type(b) == &mo_module_type)
            return mo_module_dict(b);
    }
    return mo_builtins_dict;
}

// "'a', 'b' and 'c'" as CPython lists missing argument names.
static void name_list(StrBuf *b, Value *names, int n) {
    for (int i = 0; i < n; i++) {
        if (i > 0)
            mo_strbuf_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        mo_strbuf_putc(b, '\'');
        mo_strbuf_append(b, mo_str_data(names[i]), (size_t)mo_str_size(names[i]));
        mo_strbuf_putc(b, '\'');
    }
}

static int missing_error(FunctionObject *fn, CodeObject *co, Value *slots, int from, int to, bool kwonly) {
    Value missing[256];
    int n = 0;
    for (int i = from; i < to && n < 256; i++)
        if (slots[i] == MO_NULL)
            missing[n++] = mo_tuple_items(co->localsplusnames)[i];
    StrBuf b = STRBUF_INIT;
    mo_strbuf_append(&b, mo_str_data(fn->qualname), (size_t)mo_str_size(fn->qualname));
    mo_strbuf_printf(&b, "() missing %d required %s argument%s: ", n, kwonly ? "keyword-only" : "positional",
                     n == 1 ? "" : "s");
    name_list(&b, missing, n);
    Value msg = mo_str_from_strbuf(&b);
    if (msg != V_ERR)
        mo_err_set_type(&mo_exc_TypeError, msg);
    return -1;
}

static int too_many_positional(FunctionObject *fn, CodeObject *co, size_t given, Value *slots) {
    int ndefaults = fn->defaults == MO_NULL ? 0 : (int)mo_tuple_size(fn->defaults);
    int argcount = co->argcount;
    int kwonly_given = 0;
    for (int i = argcount; i < argcount + co->kwonlyargcount; i++)
        if (slots[i] != MO_NULL)
            kwonly_given++;
    StrBuf b = STRBUF_INIT;
    mo_strbuf_append(&b, mo_str_data(fn->qualname), (size_t)mo_str_size(fn->qualname));
    if (ndefaults) {
        mo_strbuf_printf(&b, "() takes from %d to %d positional arguments", argcount - ndefaults, argcount);
    } else {
        mo_strbuf_printf(&b, "() takes %d positional argument%s", argcount, argcount == 1 ? "" : "s");
    }
    if (kwonly_given)
        mo_strbuf_printf(&b, " but %zu positional argument%s (and %d keyword-only argument%s) were given", given,
                         given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        mo_strbuf_printf(&b, " but %zu %s given", given, given == 1 ? "was" : "were");
    Value msg = mo_str_from_strbuf(&b);
    if (msg != V_ERR)
        mo_err_set_type(&mo_exc_TypeError, msg);
    return -1;
}

// CPython names every positional-only parameter passed by keyword, in
// parameter order: "f() got some positional-only arguments passed as keyword
// arguments: 'a, b'". Returns true with the error set when there are any.
static bool posonly_as_keyword(FunctionObject *fn, CodeObject *co, Value kwnames) {
    const Value *names = mo_tuple_items(co->localsplusnames);
    Value found = MO_NULL;
    for (int i = 0; i < co->posonlyargcount; i++)
        for (size_t k = 0; k < mo_args_nkw(kwnames); k++)
            if (mo_str_eq(names[i], mo_tuple_items(kwnames)[k])) {
                found = found == MO_NULL ? names[i] : mo_str_format("%U, %U", found, names[i]);
                if (found == V_ERR)
                    return true;
                break;
            }
    if (found == MO_NULL)
        return false;
    mo_err_format(&mo_exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                  fn->qualname, found);
    return true;
}

// Fills the parameter slots of frame `f` for a call of `fn`.
static int bind_arguments(FunctionObject *fn, CodeObject *co, Value *slots, const Value *args, size_t nargs,
                          Value kwnames) {
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    bool varargs = co->flags & MO_CO_VARARGS;
    bool varkw = co->flags & MO_CO_VARKEYWORDS;
    Value kwdict = MO_NULL;
    if (varkw) {
        kwdict = mo_dict_new();
        if (kwdict == V_ERR)
            return -1;
        slots[total + (varargs ? 1 : 0)] = kwdict;
    }
    size_t npos = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < npos; i++)
        slots[i] = args[i];
    if (varargs) {
        Value t = nargs > npos ? mo_tuple_from_array(args + npos, nargs - npos) : mo_tuple_empty;
        if (t == V_ERR)
            return -1;
        slots[total] = t;
    }
    // Keyword arguments.
    size_t nkw = mo_args_nkw(kwnames);
    const Value *names = mo_tuple_items(co->localsplusnames);
    for (size_t k = 0; k < nkw; k++) {
        Value key = mo_tuple_items(kwnames)[k];
        Value value = args[nargs + k];
        int found = -1;
        for (int i = co->posonlyargcount; i < total; i++)
            if (names[i] == key) {
                found = i;
                break;
            }
        if (found < 0)
            for (int i = co->posonlyargcount; i < total; i++)
                if (mo_str_eq(names[i], key)) {
                    found = i;
                    break;
                }
        if (found < 0) {
            if (kwdict != MO_NULL) {
                if (mo_dict_set(kwdict, key, value) < 0)
                    return -1;
                continue;
            }
            if (posonly_as_keyword(fn, co, kwnames))
                return -1;
            mo_err_format(&mo_exc_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, key);
            return -1;
        }
        if (slots[found] != MO_NULL) {
            mo_err_format(&mo_exc_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, key);
            return -1;
        }
        slots[found] = value;
    }
    if (nargs > (size_t)argcount && !varargs)
        return too_many_positional(fn, co, nargs, slots);
    // Defaults for the positional parameters not given.
    if (npos < (size_t)argcount) {
        int ndefaults = fn->defaults == MO_NULL ? 0 : (int)mo_tuple_size(fn->defaults);
        int first_default = argcount - ndefaults;
        bool missing = false;
        for (int i = (int)npos; i < argcount; i++) {
            if (slots[i] != MO_NULL)
                continue;
            if (i >= first_default)
                slots[i] = mo_tuple_items(fn->defaults)[i - first_default];
            else
                missing = true;
        }
        if (missing)
            return missing_error(fn, co, slots, (int)npos, argcount, false);
    }
    if (co->kwonlyargcount) {
        bool missing = false;
        for (int i = argcount; i < total; i++) {
            if (slots[i] != MO_NULL)
                continue;
            Value d = fn->kwdefaults != MO_NULL ? mo_dict_get_str(fn->kwdefaults, names[i]) : MO_NULL;
            if (d != MO_NULL)
                slots[i] = d;
            else
                missing = true;
        }
        if (missing)
            return missing_error(fn, co, slots, argcount, total, true);
    }
    return 0;
}

Frame *mo_vm_push_call(Value func, const Value *args, size_t nargs, Value kwnames) {
    FunctionObject *fn = mo_func_obj(func);
    CodeObject *co = mo_code_obj(fn->code);
    ThreadState *ts = mo_ts;
    // The common case, kept lean: exactly the positional parameters and no
    // closure; the frame is carved right here.
    if (MO_LIKELY(kwnames == MO_NULL && nargs == (size_t)co->argcount &&
                  !(co->flags & (MO_CO_VARARGS | MO_CO_VARKEYWORDS)) && co->kwonlyargcount == 0 &&
                  fn->closure == MO_NULL && ts->depth < ts->recursion_limit)) {
        size_t size = mo_frame_size(co);
        if (MO_LIKELY((size_t)(ts->stack_limit - ts->stack_top) >= size)) {
            Frame *f = (Frame *)ts->stack_top;
            ts->stack_top += size;
            ts->depth++;
            f->prev = ts->frame;
            f->code = fn->code;
            f->func = func;
            f->globals = fn->globals;
            f->builtins = fn->builtins;
            f->locals = MO_NULL;
            f->ip = co->code;
            f->gen = NULL;
            f->is_entry = 0;
            f->on_vm_stack = 1;
            f->is_init = 0;
            Value *slots = f->slots;
            for (size_t i = 0; i < nargs; i++)
                slots[i] = args[i];
            int32_t n = co->nlocalsplus;
            for (int32_t i = (int32_t)nargs; i < n; i++)
                slots[i] = MO_NULL;
            f->sp = slots + n;
            return f;
        }
    }
    Frame *f = mo_frame_push(fn->code, func, fn->globals, fn->builtins, MO_NULL);
    if (!f)
        return NULL;
    Value *slots = f->slots;
    // The common case: exactly the positional parameters, nothing else.
    if (kwnames == MO_NULL && nargs == (size_t)co->argcount &&
        !(co->flags & (MO_CO_VARARGS | MO_CO_VARKEYWORDS)) && co->kwonlyargcount == 0) {
        for (size_t i = 0; i < nargs; i++)
            slots[i] = args[i];
    } else if (bind_arguments(fn, co, slots, args, nargs, kwnames) < 0) {
        mo_frame_pop(f);
        return NULL;
    }
    if (fn->closure != MO_NULL) {
        Value *cells = mo_tuple_items(fn->closure);
        int32_t first = co->nlocals + co->ncellvars;
        for (int32_t i = 0; i < co->nfreevars; i++)
            slots[first + i] = cells[i];
    }
    return f;
}

Value mo_call_function(Value func, const Value *args, size_t nargs, Value kwnames) {
    Frame *f = mo_vm_push_call(func, args, nargs, kwnames);
    if (!f)
        return V_ERR;
    return mo_eval(f);
}

Value mo_call_run_code(Value code, Value globals, Value locals) {
    Frame *f = mo_frame_push(code, MO_NULL, globals, mo_call_builtins_of(globals), locals);
    if (!f)
        return V_ERR;
    return mo_eval(f);
}

Value mo_call_run_body(Value func, Value locals) {
    FunctionObject *fn = mo_func_obj(func);
    CodeObject *co = mo_code_obj(fn->code);
    Frame *f = mo_frame_push(fn->code, func, fn->globals, fn->builtins, locals);
    if (!f)
        return V_ERR;
    if (fn->closure != MO_NULL) {
        Value *cells = mo_tuple_items(fn->closure);
        int32_t first = co->nlocals + co->ncellvars;
        for (int32_t i = 0; i < co->nfreevars; i++)
            f->slots[first + i] = cells[i];
    }
    return mo_eval(f);
}
