// src/tier2/interp.h — the reference tier-2 interpreter.
//
// Runs a trace of uops (JitInst, src/jit/emit.h) on a tier-1 frame with the
// very bodies the JIT compiles into stencils (gen/tier2_cases.h), and leaves
// the same way JIT code does (JitExit): a side exit or deopt resumes tier 1
// at the uop's target with the returned stack pointer; an error has its
// exception set and the failing uop's inputs still on the stack. So the JIT
// can be checked against it uop by uop, and a trace the JIT refuses still
// runs.
#ifndef MO_TIER2_INTERP_H
#define MO_TIER2_INTERP_H

#include <stddef.h>

#include "jit/jit.h"

JitExit mo_tier2_run(const JitInst *trace, size_t n, Frame *frame, Value *sp);

#endif
