// src/tier2/interp.c — the reference tier-2 interpreter (see interp.h).
//
// A switch over the uop cases generated from src/vm/ops.def. Each case reads
// its inputs from the value stack and writes its outputs there, exactly as
// in tier 1; the control macros below are this consumer's reading of the
// fixed set every op body uses.
#define MO_TIER2_CONSUMER

#include "tier2/interp.h"

#include "runtime/error.h"
#include "vm/ops_support.h"

#define OPARG() ((int)inst->oparg)
#define OPERAND0() (inst->operand0)
#define OPERAND1() (inst->operand1)
#define CONST(i) (mo_tuple_items(mo_frame_code(frame)->consts)[(i)])
#define NAME(i) (mo_tuple_items(mo_frame_code(frame)->names)[(i)])
#define ERROR_IF(cond)      \
    if (MO_UNLIKELY(cond)) { \
        goto error;          \
    }
#define DEOPT_IF(cond)      \
    if (MO_UNLIKELY(cond)) { \
        goto deopt;          \
    }
#define EXIT_IF(cond)       \
    if (MO_UNLIKELY(cond)) { \
        goto side_exit;      \
    }
#define JUMP_TO_TOP()                       \
    do {                                    \
        inst = trace + inst->jump_target;   \
        goto dispatch;                      \
    } while (0)
// Specialization belongs to tier 1.
#define SPECIALIZE_BINARY_OP(lhs, rhs) ((void)0)
#define SPECIALIZE_COMPARE_OP(lhs, rhs) ((void)0)
#define SPECIALIZE_LOAD_GLOBAL() ((void)0)
#define SPECIALIZE_LOAD_ATTR(owner) ((void)0)
#define SPECIALIZE_LOAD_METHOD(owner) ((void)0)
#define SPECIALIZE_STORE_ATTR(owner) ((void)0)

JitExit mo_tier2_run(const JitInst *trace, size_t n, Frame *frame, Value *sp) {
    const JitInst *inst = trace;
    const JitInst *end = trace + n;
dispatch:
    while (inst < end) {
        switch (inst->opcode) {
#include "gen/tier2_cases.h"
        default:
            mo_fatal("tier 2: uop %u is not a uop", (unsigned)inst->opcode);
        }
        inst++;
    }
    // Falling off the end leaves at the last uop's target.
    inst = end - 1;
    goto side_exit;
side_exit:
    return (JitExit){MO_JIT_EXIT_SIDE, inst->target, sp};
deopt:
    return (JitExit){MO_JIT_EXIT_DEOPT, inst->target, sp};
error:
    return (JitExit){MO_JIT_EXIT_ERROR, inst->target, sp};
}
