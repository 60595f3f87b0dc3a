// src/jit/uop_ops.h — the real op set, as the stencil template sees it.
//
// src/jit/template.c compiles "an op set" (see its "op-set contract"); this
// header adapts Mosaic's uops — the `case UOP_*:` bodies tools/opgen
// generates from src/vm/ops.def into gen/tier2_cases.h — to that contract.
// The tests use a stand-in with the same shape (tests/jit/mini_ops.h).
//
// How a trace leaves (the exit stubs' JitReturn), decoded by src/jit/jit.c:
//
//   63                                  2 1 0
//   +------------------------------------+---+
//   | tier-1 target (instruction offset) |kind|   kind: 0 exit, 1 deopt, 2 error
//   +------------------------------------+---+
//
// and `frame->sp` holds the stack pointer at that point (for an error, the
// failing uop's inputs are still on the stack, as in the interpreters).
//
// Read next: src/jit/template.c, src/jit/jit.c.
#ifndef MO_JIT_UOP_OPS_H
#define MO_JIT_UOP_OPS_H

#include "vm/ops_support.h"

typedef uintptr_t JitReturn;

enum { MO_JIT_LEFT_EXIT = 0, MO_JIT_LEFT_DEOPT = 1, MO_JIT_LEFT_ERROR = 2 };
#define MO_JIT_RETURN(kind, target) (((uintptr_t)(target) << 2) | (uintptr_t)(kind))

#define JIT_LEAVE_EXIT(target) (frame->sp = sp, MO_JIT_RETURN(MO_JIT_LEFT_EXIT, (target)))
#define JIT_LEAVE_DEOPT(target) (frame->sp = sp, MO_JIT_RETURN(MO_JIT_LEFT_DEOPT, (target)))
#define JIT_LEAVE_ERROR(target) (frame->sp = sp, MO_JIT_RETURN(MO_JIT_LEFT_ERROR, (target)))

#endif // MO_JIT_UOP_OPS_H

#ifdef MO_OPS_CASES
// What tier-2 bodies need beyond the template's control macros.
#undef TS
#define TS() ts   // the stencil's argument: no load of the global `mo_ts`
#define CONST(i) (mo_tuple_items(mo_frame_code(frame)->consts)[(i)])
#define NAME(i) (mo_tuple_items(mo_frame_code(frame)->names)[(i)])
#define JUMP_TO_TOP() JUMP_TO_TARGET()
// Specialization is tier 1's business.
#define SPECIALIZE_BINARY_OP(lhs, rhs) ((void)0)
#define SPECIALIZE_COMPARE_OP(lhs, rhs) ((void)0)
#define SPECIALIZE_LOAD_GLOBAL() ((void)0)
#define SPECIALIZE_LOAD_ATTR(owner) ((void)0)
#define SPECIALIZE_LOAD_METHOD(owner) ((void)0)
#define SPECIALIZE_STORE_ATTR(owner) ((void)0)
#define MO_TIER2_CONSUMER
#include "gen/tier2_cases.h"
#undef MO_TIER2_CONSUMER
#undef CONST
#undef NAME
#undef JUMP_TO_TOP
#undef SPECIALIZE_BINARY_OP
#undef SPECIALIZE_COMPARE_OP
#undef SPECIALIZE_LOAD_GLOBAL
#undef SPECIALIZE_LOAD_ATTR
#undef SPECIALIZE_LOAD_METHOD
#undef SPECIALIZE_STORE_ATTR
#endif
