// src/objects/gen.c — generators.
//
// Calling a generator function runs its first instruction, RETURN_GENERATOR,
// which copies the frame (arguments already bound) into a new generator
// object and returns that. Each next()/send() resumes the frame in a nested
// run of the interpreter, until YIELD_VALUE suspends it or it returns.
//
//   +------------------+
//   | GeneratorObject  |  state, name, the handled exception while suspended
//   +------------------+
//   | Frame            |  the generator's own frame (never on the VM stack)
//   | slots + stack    |
//   +------------------+
//
// While suspended inside `yield from`, the frame's top of stack is the
// iterator being delegated to and the previous instruction is SEND; throw()
// and close() forward to it, as PEP 380 asks.
#include "objects/gen.h"

#include <stdio.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/func.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/eval.h"
#include "vm/ops_support.h"
#include "vm/state.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED };

static inline Frame *gen_frame(GeneratorObject *g) { return (Frame *)g->frame_storage; }

static void gen_trace(Object *o) {
    GeneratorObject *g = (GeneratorObject *)o;
    mo_gc_mark(g->name);
    mo_gc_mark(g->qualname);
    mo_gc_mark(g->handled);
    mo_gc_mark(g->retval);
    Frame *f = gen_frame(g);
    mo_gc_mark(f->code);    // gi_code outlives the run
    if (g->state == GEN_FINISHED)
        return;
    mo_gc_mark(f->func);
    mo_gc_mark(f->globals);
    mo_gc_mark(f->builtins);
    mo_gc_mark(f->locals);
    if (g->state == GEN_RUNNING) {
        // The running frame's stack pointer lives in the interpreter, not in
        // f->sp: values pushed since the resume (a callee, its arguments)
        // lie above it. Scan the whole frame conservatively, as the VM stack
        // is scanned for ordinary frames.
        CodeObject *code = mo_frame_code(f);
        mo_gc_scan_range(f->slots, f->slots + code->nlocalsplus + code->stacksize);
        return;
    }
    // Slots up to the saved stack pointer hold the live values.
    Value *end = f->sp;
    for (Value *p = f->slots; p < end; p++)
        mo_gc_mark(*p);
}

Value mo_vm_make_generator(Frame *frame) {
    CodeObject *code = mo_frame_code(frame);
    size_t fsize = mo_frame_size(code);
    GeneratorObject *g = mo_gc_alloc(&mo_generator_type, sizeof(GeneratorObject) + fsize);
    if (!g)
        return V_ERR;
    Frame *f = gen_frame(g);
    memcpy(f, frame, sizeof(Frame) + (size_t)code->nlocalsplus * sizeof(Value));
    f->prev = NULL;
    f->gen = g;
    f->on_vm_stack = 0;
    f->is_entry = 1;
    // RETURN_GENERATOR is the first instruction; resume after it.
    f->ip = code->code + 1;
    f->sp = f->slots + code->nlocalsplus;
    g->state = GEN_CREATED;
    g->name = code->name;
    g->qualname = frame->func != MO_NULL ? mo_func_obj(frame->func)->qualname : code->qualname;
    g->handled = MO_NULL;
    g->retval = MO_NONE;
    // Called straight from a `for x in f(...)` header: the caller resumes at
    // GET_ITER with oparg 1 (see compile_for).
    g->loop_owned = 0;
    Frame *caller = frame->prev;
    if (caller && caller->ip) {
        CodeObject *cc = mo_frame_code(caller);
        if (caller->ip >= cc->code && caller->ip < cc->code + cc->ncode && (*caller->ip & 0xFF) == OP_GET_ITER &&
            (*caller->ip >> 8) == 1)
            g->loop_owned = 1;
    }
    return mo_obj(g);
}

static void close_dropped(Value v);

void mo_gen_release_owned(Value v) {
    if (!mo_is_exact(v, &mo_generator_type))
        return;
    GeneratorObject *g = (GeneratorObject *)mo_ptr(v);
    if (!g->loop_owned || g->state != GEN_SUSPENDED)
        return;
    g->loop_owned = 0;
    close_dropped(v);
}

void mo_gen_close_globals_at_exit(Value globals) {
    if (globals == MO_NULL || !mo_is_dict(globals))
        return;
    Value snapshot = mo_dict_copy(globals);
    if (snapshot == V_ERR) {
        mo_err_clear();
        return;
    }
    int64_t pos = 0;
    Value k, v;
    while (mo_dict_next(snapshot, &pos, &k, &v))
        if (mo_is_exact(v, &mo_generator_type) && ((GeneratorObject *)mo_ptr(v))->state == GEN_SUSPENDED)
            close_dropped(v);
}

// Closes generator `v` that its last holder is dropping, keeping the
// caller's exception state; an error is reported as CPython reports one
// raised while finalizing.
static void close_dropped(Value v) {
    ThreadState *ts = mo_ts;
    Value saved = ts->exc;
    ts->exc = MO_NULL;
    if (mo_gen_close(v) == V_ERR) {
        // As CPython reports an error while finalizing an object.
        Value err = mo_err_fetch();
        Value r = mo_repr(v);
        fprintf(stderr, "Exception ignored in: %s\n", r == V_ERR ? "<generator>" : mo_str_data(r));
        mo_err_clear();
        if (err != MO_NULL)
            mo_exc_print(err, stderr);
    }
    ts->exc = saved;
}

void mo_gen_suspended(Frame *frame) {
    GeneratorObject *g = frame->gen;
    g->state = GEN_SUSPENDED;
    mo_ts->depth--;
}

void mo_gen_finished(Frame *frame, Value retval) {
    GeneratorObject *g = frame->gen;
    g->state = GEN_FINISHED;
    g->retval = retval == V_ERR ? MO_NONE : retval;
    mo_ts->depth--;
}

// Runs the generator until it yields (returns 0, *out = the value), returns
// (1, *out = the return value) or raises (-1). With `throwing`, the thread's
// current exception is raised inside it.
static int resume(GeneratorObject *g, Value send, bool throwing, Value *out) {
    ThreadState *ts = mo_ts;
    if (g->state == GEN_RUNNING) {
        mo_err_format(&mo_exc_ValueError, "generator already executing");
        return -1;
    }
    if (g->state == GEN_FINISHED) {
        if (throwing)
            return -1;
        *out = MO_NONE;
        return 1;
    }
    if (ts->depth >= ts->recursion_limit) {
        mo_err_format(&mo_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    Frame *f = gen_frame(g);
    if (g->state == GEN_CREATED && throwing) {
        // Thrown into before it started: it finishes at once.
        g->state = GEN_FINISHED;
        return -1;
    }
    if (g->state == GEN_SUSPENDED && !throwing)
        *f->sp++ = send;
    g->state = GEN_RUNNING;
    ts->depth++;
    Value outer = ts->handled;
    if (g->handled != MO_NULL)
        ts->handled = g->handled;
    Value r = throwing ? mo_eval_throw(f) : mo_eval(f);
    if (g->state == GEN_SUSPENDED) {
        g->handled = ts->handled == outer ? MO_NULL : ts->handled;
        ts->handled = outer;
        *out = r;
        return 0;
    }
    ts->handled = outer;
    g->handled = MO_NULL;
    if (r == V_ERR) {
        if (mo_err_matches(&mo_exc_StopIteration)) {
            // PEP 479: a StopIteration escaping a generator is a bug.
            Value cause = mo_err_fetch();
            mo_err_format(&mo_exc_RuntimeError, "generator raised StopIteration");
            Value e = mo_ts->exc;
            mo_exc_obj(e)->cause = cause;
            mo_exc_obj(e)->context = cause;
            mo_exc_obj(e)->suppress_context = true;
        }
        return -1;
    }
    *out = r;
    return 1;
}

// Raises StopIteration(value) for a generator that returned `value`.
static Value stop_iteration(Value value) {
    if (value == MO_NONE)
        return mo_err_set_type(&mo_exc_StopIteration, MO_NULL);
    return mo_err_set_type(&mo_exc_StopIteration, value);
}

Value mo_stop_iteration(Value iterator) {
    if (mo_is_exact(iterator, &mo_generator_type)) {
        GeneratorObject *g = (GeneratorObject *)mo_ptr(iterator);
        Value v = g->retval;
        g->retval = MO_NONE;
        if (v != MO_NONE && v != 0)
            return mo_err_set_type(&mo_exc_StopIteration, v);
    }
    return mo_err_set_type(&mo_exc_StopIteration, MO_NULL);
}

static Value gen_iternext(Value self) {
    Value out;
    int r = resume((GeneratorObject *)mo_ptr(self), MO_NONE, false, &out);
    if (r < 0)
        return V_ERR;
    return r == 0 ? out : MO_NULL;
}

int mo_gen_send(Value gen, Value value, Value *out) {
    GeneratorObject *g = (GeneratorObject *)mo_ptr(gen);
    if (g->state == GEN_CREATED && value != MO_NONE) {
        mo_err_format(&mo_exc_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    return resume(g, value, false, out);
}

static Value gen_send(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("send", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value out;
    int r = mo_gen_send(self, args[0], &out);
    if (r < 0)
        return V_ERR;
    return r == 0 ? out : stop_iteration(out);
}

// The iterator a suspended generator is delegating to (`yield from`), or
// MO_NULL.
static Value delegate_of(GeneratorObject *g) {
    if (g->state != GEN_SUSPENDED)
        return MO_NULL;
    Frame *f = gen_frame(g);
    CodeObject *code = mo_frame_code(f);
    uint32_t off = (uint32_t)(f->ip - code->code);
    if (off < 2 || (code->code[off - 2] & 0xFF) != OP_SEND)
        return MO_NULL;
    return f->sp[-1];
}

// Makes the exception instance for throw(type[, value[, tb]]).
static Value make_thrown(const Value *args, size_t nargs) {
    Value typ = args[0];
    Value val = nargs > 1 ? args[1] : MO_NONE;
    if (mo_is_type(typ) && mo_type_is_subtype((TypeObject *)mo_ptr(typ), &mo_exc_BaseException)) {
        if (mo_is_exception(val))
            return val;
        Value inst = val == MO_NONE ? mo_call0(typ) : mo_is_tuple(val) ? mo_call_tuple_dict(typ, val, MO_NULL)
                                                                       : mo_call1(typ, val);
        return inst;
    }
    if (mo_is_exception(typ)) {
        if (val != MO_NONE)
            return mo_err_format(&mo_exc_TypeError, "instance exception may not have a separate value");
        return typ;
    }
    return mo_err_format(&mo_exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %T",
                         typ);
}

static int throw_into(GeneratorObject *g, Value exc, Value *out);

// Finishes a `yield from` in g's frame with `value`, then resumes it.
static int finish_delegation(GeneratorObject *g, Value value, Value *out) {
    Frame *f = gen_frame(g);
    CodeObject *code = mo_frame_code(f);
    uint32_t send = f->code ? code->code[(f->ip - code->code) - 2] : 0;
    f->sp[-1] = value;
    f->ip = code->code + (send >> 8);
    // Resume without pushing a sent value.
    g->state = GEN_RUNNING;
    mo_ts->depth++;
    Value outer = mo_ts->handled;
    if (g->handled != MO_NULL)
        mo_ts->handled = g->handled;
    Value r = mo_eval(f);
    if (g->state == GEN_SUSPENDED) {
        g->handled = mo_ts->handled == outer ? MO_NULL : mo_ts->handled;
        mo_ts->handled = outer;
        *out = r;
        return 0;
    }
    mo_ts->handled = outer;
    if (r == V_ERR)
        return -1;
    *out = r;
    return 1;
}

static int throw_into(GeneratorObject *g, Value exc, Value *out) {
    Value d = delegate_of(g);
    if (d != MO_NULL) {
        bool is_exit = mo_isinstance_type(exc, &mo_exc_GeneratorExit);
        Value r;
        int status;
        if (mo_is_exact(d, &mo_generator_type)) {
            status = throw_into((GeneratorObject *)mo_ptr(d), exc, &r);
            if (status == 0) {
                *out = r;
                return 0;
            }
            if (status == 1)
                return finish_delegation(g, r, out);
            // The delegate raised: raise that in our frame below.
        } else {
            Value name = mo_str_intern_cstr(is_exit ? "close" : "throw");
            Value m = mo_lookup_attr(d, name);
            if (m == V_ERR)
                return -1;
            if (m != MO_NULL) {
                r = is_exit ? mo_call0(m) : mo_call1(m, exc);
                if (r != V_ERR) {
                    if (is_exit)
                        goto raise_here;
                    *out = r;
                    return 0;
                }
                if (mo_err_matches(&mo_exc_StopIteration)) {
                    Value si = mo_err_fetch();
                    Value args = mo_exc_obj(si)->args;
                    Value v = mo_tuple_size(args) ? mo_tuple_items(args)[0] : MO_NONE;
                    return finish_delegation(g, v, out);
                }
                exc = mo_err_fetch();
            }
        }
        if (mo_err_occurred())
            exc = mo_err_fetch();
    }
raise_here:
    mo_ts->exc = exc;
    return resume(g, MO_NONE, true, out);
}

static Value gen_throw(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("throw", nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    Value exc = make_thrown(args, nargs);
    if (exc == V_ERR)
        return V_ERR;
    GeneratorObject *g = (GeneratorObject *)mo_ptr(self);
    if (g->state == GEN_FINISHED || g->state == GEN_CREATED) {
        g->state = GEN_FINISHED;
        mo_ts->exc = exc;
        return V_ERR;
    }
    Value out;
    int r = throw_into(g, exc, &out);
    if (r < 0)
        return V_ERR;
    return r == 0 ? out : stop_iteration(out);
}

Value mo_gen_close(Value self) {
    GeneratorObject *g = (GeneratorObject *)mo_ptr(self);
    if (g->state == GEN_CREATED || g->state == GEN_FINISHED) {
        g->state = GEN_FINISHED;
        return MO_NONE;
    }
    Value exc = mo_exc_new(&mo_exc_GeneratorExit, mo_tuple_empty);
    if (exc == V_ERR)
        return V_ERR;
    Value out;
    int r = throw_into(g, exc, &out);
    if (r == 0)
        return mo_err_format(&mo_exc_RuntimeError, "generator ignored GeneratorExit");
    if (r == 1)
        return MO_NONE;
    if (mo_err_matches(&mo_exc_GeneratorExit) || mo_err_matches(&mo_exc_StopIteration)) {
        mo_err_clear();
        return MO_NONE;
    }
    return V_ERR;
}

static Value gen_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("close", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_gen_close(self);
}

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value gen_repr(Value self) {
    GeneratorObject *g = (GeneratorObject *)mo_ptr(self);
    return mo_str_format("<generator object %U at %p>", g->qualname, (void *)g);
}

static Value gen_get_name(Value self) { return ((GeneratorObject *)mo_ptr(self))->name; }
static Value gen_get_qualname(Value self) { return ((GeneratorObject *)mo_ptr(self))->qualname; }
static Value gen_get_running(Value self) {
    return mo_bool(((GeneratorObject *)mo_ptr(self))->state == GEN_RUNNING);
}
// gi_suspended: paused at a yield (what inspect.getgeneratorstate asks).
static Value gen_get_suspended(Value self) {
    return mo_bool(((GeneratorObject *)mo_ptr(self))->state == GEN_SUSPENDED);
}
// gi_frame: None once finished, else a view of the frame with its current
// line and its locals as they are now.
static Value gen_get_frame(Value self) {
    GeneratorObject *g = (GeneratorObject *)mo_ptr(self);
    if (g->state == GEN_FINISHED)
        return MO_NONE;
    Frame *f = gen_frame(g);
    CodeObject *code = mo_frame_code(f);
    uint32_t off = (uint32_t)(f->ip - code->code);
    int line = mo_code_line(code, off ? off - 1 : 0);
    if (g->state == GEN_CREATED || line < 0)
        line = code->firstlineno;
    Value locals = mo_dict_new();
    if (locals == V_ERR)
        return V_ERR;
    for (int i = 0; i < code->nlocalsplus; i++) {
        Value v = f->slots[i];
        if (v == MO_NULL || !v)
            continue;
        if (i >= code->nlocals && mo_is_exact(v, &mo_cell_type)) {
            v = mo_cell_obj(v)->ref;
            if (v == MO_NULL || !v)
                continue;
        }
        if (mo_dict_set(locals, mo_tuple_items(code->localsplusnames)[i], v) < 0)
            return V_ERR;
    }
    return mo_frame_object_new(f->code, line, f->globals, locals, self);
}
static Value gen_get_code(Value self) {
    GeneratorObject *g = (GeneratorObject *)mo_ptr(self);
    return gen_frame(g)->code;
}
// The iterator a suspended `yield from` delegates to, else None.
static Value gen_get_yieldfrom(Value self) {
    GeneratorObject *g = (GeneratorObject *)mo_ptr(self);
    if (g->state != GEN_SUSPENDED)
        return MO_NONE;
    Value d = delegate_of(g);
    return d == MO_NULL ? MO_NONE : d;
}
static const GetSetDef gen_getsets[] = {
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {NULL, NULL, NULL},
};

static Value self_iter(Value self) { return self; }

TypeObject mo_generator_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "generator",
    .basicsize = sizeof(GeneratorObject),
    .repr = gen_repr,
    .iter = self_iter,
    .iternext = gen_iternext,
    .trace = gen_trace,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

// ----------------------------------------------------- yield from support

int mo_vm_send(Value receiver, Value value, Value *res) {
    if (mo_is_exact(receiver, &mo_generator_type)) {
        int r = mo_gen_send(receiver, value, res);
        return r;
    }
    Value v;
    if (value == MO_NONE && mo_type(receiver)->iternext) {
        v = mo_type(receiver)->iternext(receiver);
        if (v == MO_NULL) {
            *res = MO_NONE;
            return 1;
        }
    } else {
        v = mo_call_method_cstr(receiver, "send", &value, 1);
    }
    if (v == V_ERR) {
        if (mo_err_matches(&mo_exc_StopIteration)) {
            Value si = mo_err_fetch();
            Value args = mo_exc_obj(si)->args;
            *res = mo_tuple_size(args) ? mo_tuple_items(args)[0] : MO_NONE;
            return 1;
        }
        return -1;
    }
    *res = v;
    return 0;
}

Value mo_vm_get_yield_from_iter(Value iterable) {
    if (mo_is_exact(iterable, &mo_generator_type))
        return iterable;
    return mo_iter(iterable);
}

void mo_gen_init(void) { mo_type_ready(&mo_generator_type); }
