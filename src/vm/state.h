// src/vm/state.h — the thread state: what the running thread is doing.
//
// Mosaic runs one thread. `mo_ts` points at its state: the innermost frame,
// the exception being raised, the exception being handled (what a bare
// `raise` re-raises and what becomes __context__), and the VM stack that
// frames are carved from.
#ifndef MO_STATE_H
#define MO_STATE_H

#include <stdint.h>

#include "runtime/value.h"

struct Frame;

typedef struct ThreadState {
    struct Frame *frame;        // innermost executing frame, or NULL
    Value exc;                  // the exception being raised, or MO_NULL
    Value handled;              // the exception being handled, or MO_NULL
    // The VM stack: frames are pushed and popped here (see vm/frame.h).
    char *stack_base;
    char *stack_top;            // first free byte
    char *stack_limit;
    int depth;                  // Python frames on the stack
    int recursion_limit;        // sys.getrecursionlimit()
    int c_depth;                // nested C-level recursion (mo_recursion_enter)
    volatile int pending;       // a signal is pending (Ctrl-C)
} ThreadState;

extern ThreadState *mo_ts;

#endif
