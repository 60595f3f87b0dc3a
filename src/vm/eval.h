// src/vm/eval.h — running frames in the tier-1 interpreter.
#ifndef MO_EVAL_H
#define MO_EVAL_H

#include "vm/frame.h"

// Runs a pushed frame (and every frame it calls) until it returns, yields
// (generator frames) or raises; returns the value or V_ERR. The frame is
// popped unless it belongs to a generator.
Value mo_eval(Frame *frame);
// Resumes a generator frame by raising the thread's current exception at
// the point where it is suspended.
Value mo_eval_throw(Frame *frame);

// Called at loop back edges when a signal arrived; raises KeyboardInterrupt.
int mo_eval_handle_pending(void);

// Generator hooks (src/objects/gen.c): a generator's frame finished (retval
// is V_ERR when it raised) or was suspended at a yield.
void mo_gen_finished(Frame *frame, Value retval);
void mo_gen_suspended(Frame *frame);

#endif
