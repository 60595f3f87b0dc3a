// src/vm/frame.c — the VM stack that frames are carved from.
//
// One large mapping reserved at start-up (pages are committed as they are
// touched). Frames are pushed and popped in strict LIFO order; the collector
// scans [stack_base, stack_top) conservatively (gc.h), so nothing in a frame
// needs registering.
#include "vm/frame.h"

#include <sys/mman.h>

#include "objects/func.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/state.h"

#define VM_STACK_SIZE ((size_t)1 << 30)

static ThreadState thread_state;
ThreadState *mo_ts = &thread_state;

void mo_frame_init(void) {
    ThreadState *ts = mo_ts;
    char *p = mmap(NULL, VM_STACK_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        mo_fatal("cannot reserve the VM stack");
    ts->stack_base = p;
    ts->stack_top = p;
    ts->stack_limit = p + VM_STACK_SIZE;
    ts->exc = MO_NULL;
    ts->handled = MO_NULL;
    ts->recursion_limit = 1000;
    mo_gc_add_region(ts->stack_base, (void **)&ts->stack_top);
    mo_gc_add_root(&ts->exc);
    mo_gc_add_root(&ts->handled);
}

Frame *mo_frame_push(Value code_v, Value func, Value globals, Value builtins, Value locals) {
    ThreadState *ts = mo_ts;
    CodeObject *code = mo_code_obj(code_v);
    if (ts->depth >= ts->recursion_limit) {
        mo_err_format(&mo_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    size_t size = mo_frame_size(code);
    if ((size_t)(ts->stack_limit - ts->stack_top) < size) {
        mo_err_format(&mo_exc_RecursionError, "maximum recursion depth exceeded (VM stack exhausted)");
        return NULL;
    }
    Frame *f = (Frame *)ts->stack_top;
    ts->stack_top += size;
    f->prev = ts->frame;
    f->code = code_v;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->ip = code->code;
    f->gen = NULL;
    f->is_entry = 0;
    f->on_vm_stack = 1;
    f->is_init = 0;
    Value *slots = f->slots;
    int32_t n = code->nlocalsplus;
    for (int32_t i = 0; i < n; i++)
        slots[i] = MO_NULL;
    f->sp = slots + n;
    ts->depth++;
    return f;
}

void mo_frame_pop(Frame *f) {
    ThreadState *ts = mo_ts;
    ts->stack_top = (char *)f;
    ts->depth--;
}

int mo_frame_line(const Frame *f) {
    const CodeObject *code = mo_frame_code(f);
    uint32_t off = (uint32_t)(f->ip - code->code);
    if (off > 0)
        off--;
    return mo_code_line(code, off);
}
