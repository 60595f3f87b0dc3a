// src/runtime/error.c — setting, testing and taking the current exception.
//
// The exception being raised is `mo_ts->exc`. Setting one while another is
// being handled (inside an `except` block, `mo_ts->handled`) records the
// handled one as the new exception's __context__, as Python does implicitly.
#include "runtime/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/gc.h"
#include "vm/state.h"

// Made at start-up so that running out of memory never needs memory.
static Value memory_error = MO_NULL;

// Sets `exc` (an exception instance) as the one being raised, chaining the
// exception being handled as its context unless that would make a cycle.
static void raise_instance(Value exc) {
    Value handled = mo_ts->handled;
    if (handled != MO_NULL && handled != exc && mo_is_exception(exc)) {
        ExceptionObject *e = mo_exc_obj(exc);
        if (e->context == MO_NONE || e->context == 0) {
            // Break a cycle: if `exc` is already in `handled`'s context
            // chain, cut the chain there.
            Value o = handled;
            while (o != MO_NONE && o != 0 && mo_is_exception(o)) {
                ExceptionObject *oe = mo_exc_obj(o);
                if (oe->context == exc) {
                    oe->context = MO_NONE;
                    break;
                }
                o = oe->context;
            }
            e->context = handled;
        }
    }
    mo_ts->exc = exc;
}

Value mo_err_set_type(TypeObject *type, Value arg) {
    Value args = arg == MO_NULL ? mo_tuple_empty : mo_tuple_pack(1, arg);
    if (args == V_ERR)
        return V_ERR;
    Value exc = mo_exc_new(type, args);
    if (exc == V_ERR)
        return V_ERR;
    raise_instance(exc);
    return V_ERR;
}

Value mo_err_format(TypeObject *type, const char *fmt, ...) {
    StrBuf b = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    mo_str_vformat(&b, fmt, ap);
    va_end(ap);
    if (mo_err_occurred()) {
        // Formatting itself failed (a repr raised): report that instead.
        mo_strbuf_free(&b);
        return V_ERR;
    }
    Value msg = mo_str_from_strbuf(&b);
    if (msg == V_ERR)
        return V_ERR;
    return mo_err_set_type(type, msg);
}

Value mo_err_set(Value exc) {
    if (mo_is_type(exc) && mo_type_is_subtype((TypeObject *)mo_ptr(exc), &mo_exc_BaseException)) {
        Value inst = mo_call0(exc);
        if (inst == V_ERR)
            return V_ERR;
        if (!mo_is_exception(inst))
            return mo_err_format(&mo_exc_TypeError,
                                 "calling %R should have returned an instance of BaseException, not %T",
                                 exc, inst);
        exc = inst;
    } else if (!mo_is_exception(exc)) {
        return mo_err_format(&mo_exc_TypeError, "exceptions must derive from BaseException");
    }
    raise_instance(exc);
    return V_ERR;
}

Value mo_err_no_memory(void) {
    if (memory_error == MO_NULL) {
        // Too early in start-up to make objects: nothing sensible to do.
        mo_fatal("out of memory during start-up");
    }
    ExceptionObject *e = mo_exc_obj(memory_error);
    e->traceback = MO_NONE;
    e->context = MO_NONE;
    e->cause = MO_NONE;
    mo_ts->exc = memory_error;
    return V_ERR;
}

bool mo_err_occurred(void) { return mo_ts->exc != MO_NULL; }

bool mo_err_matches(TypeObject *type) {
    return mo_ts->exc != MO_NULL && mo_isinstance_type(mo_ts->exc, type);
}

Value mo_err_fetch(void) {
    Value e = mo_ts->exc;
    mo_ts->exc = MO_NULL;
    return e;
}

void mo_err_clear(void) { mo_ts->exc = MO_NULL; }

void mo_err_init(void);
void mo_err_init(void) {
    memory_error = mo_exc_new(&mo_exc_MemoryError, mo_tuple_empty);
    if (memory_error == V_ERR)
        mo_fatal("cannot make the MemoryError instance");
    mo_gc_add_root(&memory_error);
}

noreturn void mo_fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("Fatal Python error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    fflush(stderr);
    abort();
}
