// src/tier2/record.c — recording a trace of one loop iteration.
//
// Tier 1 shows the recorder each instruction of the recorded frame just
// before running it. An instruction is translated into uops once the next
// one is seen, because only then is it known which way a branch went:
//
//   POP_JUMP_IF_FALSE (went on)   TO_BOOL; GUARD_IS_TRUE_POP
//   FOR_ITER (gave an item)       FOR_ITER_TIER2
//   CALL                          CALL_GENERIC (Python callees run nested)
//   BINARY_OP_ADD_INT …           its uops from ops.def (guards included)
//   JUMP                          nothing: the trace follows it
//   the loop's own back edge      CHECK_EVAL_BREAKER; JUMP_TO_TOP (closed)
//   anything else it cannot follow  EXIT_TRACE there (tier 1 goes on)
//
// Every uop carries the offset of the tier-1 instruction it came from, so a
// guard that fails resumes tier 1 at that instruction with the stack exactly
// as tier 1 would have it there. If the recorded path is left in a way the
// recorder did not expect (an exception), the recording is abandoned.
#include "tier2/record.h"

#include <string.h>

#include "gen/opcodes.h"
#include "tier2/tier2.h"
#include "vm/state.h"

#define MAX_TRACE 800
#define MAX_DISPATCHES 200000
#define NO_PENDING UINT32_MAX

static struct {
    bool active;
    Frame *frame;
    CodeObject *code;
    uint32_t backedge;
    uint32_t loop_head;
    uint32_t pending;
    uint32_t dispatches;
    size_t n;
    JitInst trace[MAX_TRACE];
} rec;

static void emit_operands(int uop, uint32_t oparg, uint32_t target, uint64_t op0, uint64_t op1) {
    if (rec.n >= MAX_TRACE)
        return;
    rec.trace[rec.n++] = (JitInst){.opcode = (uint16_t)uop, .oparg = oparg, .target = target,
                                   .operand0 = op0, .operand1 = op1};
}

static void emit(int uop, uint32_t oparg, uint32_t target) { emit_operands(uop, oparg, target, 0, 0); }

static void abandon(void) {
    rec.active = false;
    mo_tier2_stats.abandoned++;
}

static void finish(void) {
    rec.active = false;
    // Too short or too long to be worth it.
    if (rec.n < 2 || rec.n >= MAX_TRACE - 2) {
        mo_tier2_stats.abandoned++;
        return;
    }
    // The loop may have been replaced meanwhile (recursion).
    if ((rec.code->code[rec.backedge] & 0xFF) != OP_JUMP_BACKWARD) {
        mo_tier2_stats.abandoned++;
        return;
    }
    // A TO_BOOL right after a uop that always pushes a bool does nothing.
    size_t n = 0;
    for (size_t i = 0; i < rec.n; i++) {
        if (rec.trace[i].opcode == UOP_TO_BOOL && n > 0) {
            int prev = rec.trace[n - 1].opcode;
            if (prev == UOP_COMPARE_INT || prev == UOP_COMPARE_FLOAT || prev == UOP_COMPARE_STR ||
                prev == UOP_IS_OP || prev == UOP_CONTAINS_OP || prev == UOP_UNARY_NOT)
                continue;
        }
        rec.trace[n++] = rec.trace[i];
    }
    rec.n = n;
    mo_tier2_stats.recorded++;
    mo_tier2_install(rec.code, rec.backedge, rec.loop_head, rec.trace, rec.n);
}

bool mo_tier2_record_start(Frame *frame, uint32_t *backedge) {
    if (rec.active)
        abandon();
    CodeObject *code = mo_frame_code(frame);
    if (frame->gen)
        return false;   // a generator's frame may be suspended mid-trace
    rec.active = true;
    rec.frame = frame;
    rec.code = code;
    rec.backedge = (uint32_t)(backedge - code->code);
    rec.loop_head = *backedge >> 8;
    rec.pending = NO_PENDING;
    rec.dispatches = 0;
    rec.n = 0;
    return true;
}

// Ends the trace with an exit to tier 1 at `offset`.
static void exit_at(uint32_t offset) {
    emit(UOP_EXIT_TRACE, 0, offset);
    finish();
}

// Translates the pending instruction now that `next` is known. Returns
// false when recording is over.
static bool translate(uint32_t next) {
    uint32_t x = rec.pending;
    uint32_t word = rec.code->code[x];
    int op = (int)(word & 0xFF);
    uint32_t oparg = word >> 8;
    uint32_t after = x + 1 + mo_op_cache_size[op];
    switch (op) {
    case OP_JUMP:
        if (next != oparg)
            return abandon(), false;
        return true;
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: {
        bool taken = next == oparg && oparg != after;
        if (!taken && next != after)
            return abandon(), false;
        bool value = (op == OP_POP_JUMP_IF_TRUE) == taken;
        emit(UOP_TO_BOOL, 0, x);
        emit(value ? UOP_GUARD_IS_TRUE_POP : UOP_GUARD_IS_FALSE_POP, 0, x);
        return true;
    }
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: {
        bool taken = next == oparg && oparg != after;
        if (!taken && next != after)
            return abandon(), false;
        bool none = (op == OP_POP_JUMP_IF_NONE) == taken;
        emit(none ? UOP_GUARD_IS_NONE_POP : UOP_GUARD_IS_NOT_NONE_POP, 0, x);
        return true;
    }
    case OP_FOR_ITER:
        if (next != after)
            return abandon(), false;   // the loop ended while recording
        emit(UOP_FOR_ITER_TIER2, 0, x);
        return true;
    case OP_CALL:
        if (next != after)
            return abandon(), false;
        emit(UOP_CALL_GENERIC, oparg, x);
        return true;
    // Specializations carry their inline caches over as operands.
    case OP_LOAD_ATTR_INSTANCE:
    case OP_LOAD_METHOD_CACHED:
    case OP_STORE_ATTR_INSTANCE: {
        if (next != after)
            return abandon(), false;
        const uint32_t *cache = &rec.code->code[x + 1];
        // STORE_ATTR's owner is on top, like the others'.
        emit_operands(UOP_GUARD_TYPE_VERSION, 0, x, cache[1], 0);
        if (op == OP_LOAD_ATTR_INSTANCE)
            emit_operands(UOP_LOAD_ATTR_INSTANCE_VALUE, oparg, x, 0, cache[2]);
        else if (op == OP_STORE_ATTR_INSTANCE)
            emit_operands(UOP_STORE_ATTR_INSTANCE_VALUE, oparg, x, 0, cache[2]);
        else
            emit_operands(UOP_LOAD_METHOD_KNOWN, oparg, x, 0, (uint64_t)cache[2] | ((uint64_t)cache[3] << 32));
        return true;
    }
    case OP_LOAD_GLOBAL_MODULE:
    case OP_LOAD_GLOBAL_BUILTIN: {
        if (next != after)
            return abandon(), false;
        const uint32_t *cache = &rec.code->code[x + 1];
        emit_operands(UOP_LOAD_GLOBAL_KNOWN, cache[3], x, cache[1],
                      op == OP_LOAD_GLOBAL_MODULE ? 0xFFFFFFFFu : cache[2]);
        return true;
    }
    default:
        break;
    }
    const OpExpansion *ex = &mo_op_expansion[op];
    // A tier-1-only specialization is traced as its generic form.
    if (ex->n == 0 && mo_op_generic[op] != op)
        ex = &mo_op_expansion[mo_op_generic[op]];
    if (ex->n == 0) {
        exit_at(x);
        return false;
    }
    if (next != after)
        return abandon(), false;
    for (int i = 0; i < ex->n; i++)
        emit(ex->uops[i], oparg, x);
    return true;
}

bool mo_tier2_record(Frame *frame, uint32_t *instr) {
    if (!rec.active)
        return true;
    if (++rec.dispatches > MAX_DISPATCHES)
        return abandon(), true;
    if (frame != rec.frame)
        return false;
    uint32_t off = (uint32_t)(instr - rec.code->code);
    if (rec.pending != NO_PENDING) {
        if (off == rec.pending)
            return false;   // re-dispatched after specializing itself
        if (!translate(off))
            return true;
    }
    if (rec.n >= MAX_TRACE - 4)
        return abandon(), true;
    if (off == rec.backedge) {
        emit(UOP_CHECK_EVAL_BREAKER, 0, off);
        emit(UOP_JUMP_TO_TOP, 0, off);
        finish();
        return true;
    }
    int op = (int)(*instr & 0xFF);
    if (op == OP_ENTER_EXECUTOR || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
        op == OP_RETURN_GENERATOR || op == OP_YIELD_VALUE) {
        // An inner loop (traced or not), or the frame ends: stop here.
        exit_at(off);
        return true;
    }
    rec.pending = off;
    return false;
}

bool mo_tier2_frame_leaving(Frame *frame) {
    if (rec.active && frame == rec.frame) {
        abandon();
        return true;
    }
    return false;
}
