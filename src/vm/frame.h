// src/vm/frame.h — interpreter frames.
//
// A frame is the activation of a code object. Frames of ordinary calls are
// carved from the thread's VM stack (a contiguous mapping, see vm/frame.c)
// and popped on return; a generator's frame lives inside the generator
// object. Python-to-Python calls push a frame and keep running in the same C
// loop, so Python recursion does not consume the C stack.
//
//   +-------------------+  <- Frame *
//   | prev, code, func, |
//   | globals, builtins,|
//   | locals, ip, sp …  |
//   +-------------------+  <- slots
//   | locals (args 1st) |  nlocals
//   | cells             |  ncellvars
//   | free vars         |  nfreevars
//   +-------------------+
//   | value stack  ...  |  stacksize words; `sp` points at the first free
//   +-------------------+
//
// The collector scans the VM stack conservatively up to its top, and a
// generator traces its frame, so every value in a frame stays alive without
// bookkeeping; slots are filled with MO_NULL when the frame is pushed.
#ifndef MO_FRAME_H
#define MO_FRAME_H

#include <stdbool.h>
#include <stdint.h>

#include "objects/code.h"
#include "runtime/value.h"

typedef struct Frame {
    struct Frame *prev;         // the caller (NULL for the outermost)
    Value code;                 // CodeObject
    Value func;                 // FunctionObject, or MO_NULL
    Value globals;              // dict
    Value builtins;             // dict
    Value locals;               // dict for module and class bodies; else MO_NULL
    uint32_t *ip;               // the next instruction, saved while not running
    Value *sp;                  // the stack pointer, saved while not running
    struct GeneratorObject *gen;    // owning generator, or NULL
    uint8_t is_entry;           // returning from it leaves the C eval loop
    uint8_t on_vm_stack;        // carved from the VM stack (vs. a generator)
    uint8_t is_init;            // an __init__ called by a class call: it must
                                // return None, and the call's value is the
                                // instance (kept in `locals`)
    Value slots[];
} Frame;

static inline CodeObject *mo_frame_code(const Frame *f) { return (CodeObject *)(uintptr_t)(f->code & MO_PAYLOAD); }
static inline Value *mo_frame_stack_base(const Frame *f) {
    return (Value *)f->slots + mo_frame_code(f)->nlocalsplus;
}
// Bytes a frame for `code` needs.
static inline size_t mo_frame_size(const CodeObject *code) {
    return sizeof(Frame) + (size_t)(code->nlocalsplus + code->stacksize) * sizeof(Value);
}

// Pushes a frame on the VM stack (slots MO_NULL, ip at the start); NULL with
// RecursionError or MemoryError set when the stack is exhausted.
Frame *mo_frame_push(Value code, Value func, Value globals, Value builtins, Value locals);
// Pops the innermost VM-stack frame.
void mo_frame_pop(Frame *f);
// The current line of a frame.
int mo_frame_line(const Frame *f);

void mo_frame_init(void);

#endif
