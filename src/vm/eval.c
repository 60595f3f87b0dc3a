// src/vm/eval.c — the tier-1 interpreter: a computed-goto loop over the
// cases generated from src/vm/ops.def.
//
// One C activation of mo_eval runs a chain of frames: a call of a Python
// function from Python code pushes a frame and continues in the same loop
// (ENTER_FRAME), and its return pops it (LEAVE_FRAME); only the frame that
// was entered from C (`is_entry`) returns from mo_eval. So Python recursion
// costs VM stack, not C stack.
//
// Registers of the loop: `ip` (the next instruction word), `sp` (the first
// free stack slot), `frame`, and the frame's constant and name arrays. A
// frame's `ip`/`sp` fields are only up to date while it is not running.
//
// Errors: a body that fails jumps to `error`, which adds this frame to the
// traceback and unwinds through the code's exception table; without a
// handler the frame is popped and the caller continues unwinding.
#define MO_TIER1_CONSUMER

#include "vm/eval.h"

#include <stdio.h>

#include "tier2/tier2.h"
#include "vm/ops_support.h"
#include "vm/specialize.h"

#define TARGET(op) TARGET_##op:
#define PREDICTED(op) PREDICTED_##op:
#define DISPATCH()                      \
    do {                                \
        word = *ip++;                   \
        oparg = word >> 8;              \
        goto *dispatch[word & 0xFF];    \
    } while (0)
#define OPARG() ((int)oparg)
#define CONST(i) (consts[(i)])
#define NAME(i) (names[(i)])
#define CACHE(i) (_this[1 + (i)])
#define JUMP_TO_TARGET() (ip = first_instr + oparg)
#define ERROR_IF(cond)               \
    if (MO_UNLIKELY(cond)) {         \
        goto error;                  \
    }
// A specialized instruction whose guard fails runs its generic form, which
// waits a while before specializing again (cache word 0 is the counter of
// every family).
#define DEOPT_IF_FAMILY(fam, cond)          \
    if (MO_UNLIKELY(cond)) {                \
        _this[1] = MO_SPECIALIZE_BACKOFF;   \
        ip = _this + 1;                     \
        goto PREDICTED_##fam;               \
    }
#define SPECIALIZE_BINARY_OP(l, r)                                    \
    if (MO_UNLIKELY(CACHE(0) == 0)) {                                 \
        if (mo_specialize_binary_op(_this, (l), (r))) {               \
            ip = _this;                                               \
            DISPATCH();                                               \
        }                                                             \
    } else {                                                          \
        CACHE(0)--;                                                   \
    }
#define SPECIALIZE_COMPARE_OP(l, r)                                   \
    if (MO_UNLIKELY(CACHE(0) == 0)) {                                 \
        if (mo_specialize_compare_op(_this, (l), (r))) {              \
            ip = _this;                                               \
            DISPATCH();                                               \
        }                                                             \
    } else {                                                          \
        CACHE(0)--;                                                   \
    }
#define SPECIALIZE_LOAD_GLOBAL()                                                       \
    if (MO_UNLIKELY(CACHE(0) == 0)) {                                                  \
        if (mo_specialize_load_global(_this, frame->globals, frame->builtins, NAME(oparg))) { \
            ip = _this;                                                                \
            DISPATCH();                                                                \
        }                                                                              \
    } else {                                                                           \
        CACHE(0)--;                                                                    \
    }
#define SPECIALIZE_WITH(fn, owner)                                    \
    if (MO_UNLIKELY(CACHE(0) == 0)) {                                 \
        if (fn(_this, (owner), NAME(oparg))) {                        \
            ip = _this;                                               \
            DISPATCH();                                               \
        }                                                             \
    } else {                                                          \
        CACHE(0)--;                                                   \
    }
#define SPECIALIZE_LOAD_ATTR(owner) SPECIALIZE_WITH(mo_specialize_load_attr, owner)
#define SPECIALIZE_LOAD_METHOD(owner) SPECIALIZE_WITH(mo_specialize_load_method, owner)
#define SPECIALIZE_STORE_ATTR(owner) SPECIALIZE_WITH(mo_specialize_store_attr, owner)
#define CHECK_PENDING()                                   \
    if (MO_UNLIKELY(ts->pending)) {                       \
        ERROR_IF(mo_eval_handle_pending() < 0);           \
    }
// A hot loop back edge starts recording a trace (see src/tier2): every
// instruction is then shown to the recorder until the loop comes round.
#define COUNT_BACKEDGE()                                                  \
    if (MO_UNLIKELY(++CACHE(0) >= mo_tier2_threshold)) {                  \
        CACHE(0) = 0;                                                     \
        if (mo_tier2_backedge(frame, _this) == MO_TIER2_RECORD)           \
            dispatch = record_targets;                                    \
    }
// ENTER_EXECUTOR: run the loop's trace; carry on where it left.
#define RUN_EXECUTOR(index)                                               \
    do {                                                                  \
        if (mo_tier2_enter(frame, (uint32_t)(index), &ip, &sp) < 0)       \
            goto error;                                                   \
        DISPATCH();                                                       \
    } while (0)
#define ENTER_FRAME(callee)         \
    do {                            \
        frame->ip = ip;             \
        frame->sp = _base;          \
        frame = (callee);           \
        goto start_frame;           \
    } while (0)
#define LEAVE_FRAME(value)          \
    do {                            \
        retval_ = (value);          \
        goto leave_frame;           \
    } while (0)
#define YIELD(value)                \
    do {                            \
        retval_ = (value);          \
        frame->ip = ip;             \
        frame->sp = sp - 1;         \
        goto yield_value;           \
    } while (0)
#define RERAISE_EXCEPTION(exc, lasti)   \
    do {                                \
        ts->exc = (exc);                \
        goto exception_unwind;          \
    } while (0)

int mo_eval_handle_pending(void) {
    mo_ts->pending = 0;
    mo_err_set_type(&mo_exc_KeyboardInterrupt, MO_NULL);
    return -1;
}

// Closes the loop-owned generators among the stack values [from, to) that
// an exception is about to drop (see POP_ITER).
static void release_owned_iters(Value *from, Value *to) {
    for (Value *p = from; p < to; p++)
        if (mo_is_exact(*p, &mo_generator_type) && ((GeneratorObject *)mo_ptr(*p))->loop_owned)
            mo_gen_release_owned(*p);
}

// The innermost handler covering instruction `offset`, or NULL.
static const ExceptionTableEntry *find_handler(const CodeObject *code, uint32_t offset) {
    const ExceptionTableEntry *best = NULL;
    for (uint32_t i = 0; i < code->nexc; i++) {
        const ExceptionTableEntry *e = &code->exctable[i];
        if (e->start <= offset && offset < e->end) {
            // Entries are emitted innermost-last for nested ranges.
            best = e;
        }
    }
    return best;
}

static Value eval(Frame *entry, bool throwing) {
    static void *const targets[256] = {
#include "gen/tier1_targets.h"
    };
    // While a trace is being recorded, every opcode goes through the
    // recorder first.
    static void *const record_targets[256] = {[0 ... 255] = &&record_instruction};
    void *const *dispatch = targets;
    ThreadState *ts = mo_ts;
    Frame *frame = entry;
    uint32_t *ip, *first_instr;
    Value *sp;
    const Value *consts, *names;
    uint32_t word, oparg;
    Value retval_;

    if (mo_recursion_enter(NULL) < 0) {
        // Too deep in C: fail the call without running it.
        mo_frame_pop(entry);
        return V_ERR;
    }
    entry->is_entry = 1;
    entry->prev = ts->frame;
    if (throwing) {
        frame = entry;
        ts->frame = frame;
        CodeObject *code = mo_frame_code(frame);
        first_instr = code->code;
        consts = mo_tuple_items(code->consts);
        names = mo_tuple_items(code->names);
        ip = frame->ip;
        sp = frame->sp;
        goto error;
    }

start_frame: {
        ts->frame = frame;
        CodeObject *code = mo_frame_code(frame);
        first_instr = code->code;
        consts = mo_tuple_items(code->consts);
        names = mo_tuple_items(code->names);
        ip = frame->ip;
        sp = frame->sp;
    }
    DISPATCH();

#include "gen/tier1_cases.h"

record_instruction:
    if (mo_tier2_record(frame, ip - 1))
        dispatch = targets;
    goto *targets[word & 0xFF];

leave_frame: {
        if (MO_UNLIKELY(dispatch != targets) && mo_tier2_frame_leaving(frame))
            dispatch = targets;
        Frame *prev = frame->prev;
        bool is_entry = frame->is_entry;
        bool init_error = false;
        if (MO_UNLIKELY(frame->is_init)) {
            // A class call's __init__: its value is the instance.
            if (retval_ != MO_NONE) {
                mo_err_format(&mo_exc_TypeError, "__init__() should return None, not '%s'", mo_type_name(retval_));
                init_error = true;
            }
            retval_ = frame->locals;
        }
        if (frame->gen)
            mo_gen_finished(frame, retval_);
        else
            mo_frame_pop(frame);
        ts->frame = prev;
        if (is_entry) {
            mo_recursion_leave();
            return init_error ? V_ERR : retval_;
        }
        frame = prev;
        CodeObject *code = mo_frame_code(frame);
        first_instr = code->code;
        consts = mo_tuple_items(code->consts);
        names = mo_tuple_items(code->names);
        ip = frame->ip;
        sp = frame->sp;
        if (MO_UNLIKELY(init_error))
            goto error;
        *sp++ = retval_;
        DISPATCH();
    }

yield_value:
    if (MO_UNLIKELY(dispatch != targets))
        mo_tier2_frame_leaving(frame);
    // Only generator frames yield, and they are always entered from C.
    ts->frame = frame->prev;
    mo_gen_suspended(frame);
    mo_recursion_leave();
    return retval_;

error: {
        CodeObject *code = mo_frame_code(frame);
        uint32_t offset = (uint32_t)(ip - first_instr) - 1;
        if (offset >= code->ncode)
            offset = code->ncode ? code->ncode - 1 : 0;
        if (mo_exc_add_traceback(ts->exc, frame->code, (int)offset, frame->globals,
                                 (code->flags & MO_CO_MODULE) ? frame->locals : MO_NULL) < 0) {
            // Out of memory building the traceback: keep the MemoryError.
        }
    }
exception_unwind: {
        CodeObject *code = mo_frame_code(frame);
        uint32_t offset = (uint32_t)(ip - first_instr) - 1;
        const ExceptionTableEntry *h = find_handler(code, offset);
        // The values unwinding drops: a generator a for loop owned is
        // closed now, before any handler runs (CPython's refcount drop).
        release_owned_iters(mo_frame_stack_base(frame) + (h ? h->depth : 0), sp);
        if (h) {
            sp = mo_frame_stack_base(frame) + h->depth;
            if (h->lasti)
                *sp++ = mo_smallint(offset);
            *sp++ = ts->exc;
            ts->exc = MO_NULL;
            ip = first_instr + h->handler;
            DISPATCH();
        }
        if (MO_UNLIKELY(dispatch != targets) && mo_tier2_frame_leaving(frame))
            dispatch = targets;
        Frame *prev = frame->prev;
        bool is_entry = frame->is_entry;
        if (frame->gen)
            mo_gen_finished(frame, V_ERR);
        else
            mo_frame_pop(frame);
        ts->frame = prev;
        if (is_entry) {
            mo_recursion_leave();
            return V_ERR;
        }
        frame = prev;
        code = mo_frame_code(frame);
        first_instr = code->code;
        consts = mo_tuple_items(code->consts);
        names = mo_tuple_items(code->names);
        ip = frame->ip;
        sp = frame->sp;
        goto error;
    }

unknown_opcode:
    mo_fatal("unknown opcode %u at offset %ld", word & 0xFF, (long)(ip - first_instr - 1));
}

Value mo_eval(Frame *frame) { return eval(frame, false); }
Value mo_eval_throw(Frame *frame) { return eval(frame, true); }
