// tests/jit/mini_ops.h — a small stand-in op set for testing the JIT.
//
// It has the shape the real generated op header has (see src/jit/template.c,
// "The op-set contract"): types, a uop enum, the two exit hooks, and case
// bodies written only against the control macros each consumer defines:
//
//   OPARG() OPERAND0() OPERAND1() TARGET()     the current uop's fields
//   DEOPT_IF(c) EXIT_IF(c) ERROR_IF(c)         leave the trace
//   JUMP_TO_TARGET()                           go to uop `jump_target`
//   frame, sp, ts                              the three stencil arguments
//
// Two consumers include the bodies: the JIT template (one body per stencil)
// and the reference tier-2 interpreter in tests/unit/test_jit_mini.c. The
// end-to-end test runs the same traces through both and compares the result
// and the exact exit.
//
// Include once plainly for the declarations; include again with
// MO_OPS_CASES defined, inside a `switch`, for the `case` bodies.
#ifndef MINI_OPS_H
#define MINI_OPS_H

#include <stdint.h>

#include "runtime/value.h"

typedef struct MiniFrame {
    Value *locals;
    Value *sp;              // the value-stack pointer when the trace left
    Value *globals;         // what LOAD_GLOBAL reads (via OPERAND0 = &cell)
    uint32_t exit_kind;     // MINI_LEFT_*
    uint32_t exit_target;   // the tier-1 target the trace left at
} MiniFrame;

typedef struct MiniThread {
    int pending;            // an "interrupt" is pending: CHECK_PENDING exits
    int error;              // the error raised (MINI_ERR_*), or 0
    uint64_t calls;         // how many times a helper ran
} MiniThread;

typedef MiniFrame Frame;
typedef MiniThread ThreadState;

// What a trace returns to the C code that entered it: the tier-1 target
// (exits), or MINI_RETURN_ERROR.
typedef uintptr_t JitReturn;
#define MINI_RETURN_ERROR ((uintptr_t)-1)

enum { MINI_LEFT_NONE, MINI_LEFT_EXIT, MINI_LEFT_DEOPT, MINI_LEFT_ERROR };
enum { MINI_ERR_NONE, MINI_ERR_ZERO_DIVISION, MINI_ERR_OVERFLOW };

// X(name): every uop. This is the one list of mini uops; the Makefile reads
// the names from it to compile one stencil each.
#define MINI_UOPS(X)        \
    X(NOP)                  \
    X(LOAD_LOCAL)           \
    X(STORE_LOCAL)          \
    X(LOAD_CONST)           \
    X(LOAD_CONST_PAIR)      \
    X(LOAD_SMALL_INT)       \
    X(LOAD_GLOBAL)          \
    X(POP)                  \
    X(DUP)                  \
    X(GUARD_BOTH_INT)       \
    X(ADD_INT)              \
    X(SUB_INT)              \
    X(MUL_INT)              \
    X(FLOORDIV_INT)         \
    X(LESS_THAN_INT)        \
    X(SCALE_FLOAT)          \
    X(GUARD_IS_TRUE)        \
    X(POP_JUMP_IF_FALSE)    \
    X(JUMP_TO_TOP)          \
    X(CHECK_PENDING)        \
    X(EXIT_TRACE)

enum {
#define MINI_ENUM(name) MINI_##name,
    MINI_UOPS(MINI_ENUM)
#undef MINI_ENUM
    MINI_UOP_COUNT
};

// Runtime helpers the stencils call through holes (defined in the test).
// mini_mul_int returns the product, or raises MINI_ERR_OVERFLOW and returns
// V_ERR.
Value mini_mul_int(ThreadState *ts, Value a, Value b);
void mini_raise(ThreadState *ts, int error);

// The exit hooks: what an exit stub does (the template's stub_* stencils
// and the interpreter's DEOPT_IF/EXIT_IF/ERROR_IF both call these).
static inline JitReturn mini_leave(Frame *frame, Value *sp, uint32_t kind, uint32_t target)
{
    frame->sp = sp;
    frame->exit_kind = kind;
    frame->exit_target = target;
    return kind == MINI_LEFT_ERROR ? MINI_RETURN_ERROR : target;
}
#define JIT_LEAVE_EXIT(target) mini_leave(frame, sp, MINI_LEFT_EXIT, (target))
#define JIT_LEAVE_DEOPT(target) mini_leave(frame, sp, MINI_LEFT_DEOPT, (target))
#define JIT_LEAVE_ERROR(target) mini_leave(frame, sp, MINI_LEFT_ERROR, (target))

#endif // MINI_OPS_H

#ifdef MO_OPS_CASES
// ---- the bodies. Stack effects in the comments: (in -- out).

case MINI_NOP: {
    break;
}

case MINI_LOAD_LOCAL: {             // ( -- value)
    *sp++ = frame->locals[OPARG()];
    break;
}

case MINI_STORE_LOCAL: {            // (value -- )
    frame->locals[OPARG()] = *--sp;
    break;
}

case MINI_LOAD_CONST: {             // ( -- operand0)
    *sp++ = OPERAND0();
    break;
}

case MINI_LOAD_CONST_PAIR: {        // ( -- operand0 operand1)
    sp[0] = OPERAND0();
    sp[1] = OPERAND1();
    sp += 2;
    break;
}

case MINI_LOAD_SMALL_INT: {         // ( -- int(oparg))
    *sp++ = mo_smallint((int64_t)OPARG());
    break;
}

case MINI_LOAD_GLOBAL: {            // ( -- *(Value *)operand0)
    Value v = *(const Value *)(uintptr_t)OPERAND0();
    DEOPT_IF(mo_is_null(v));
    *sp++ = v;
    break;
}

case MINI_POP: {                    // (value -- )
    sp--;
    break;
}

case MINI_DUP: {                    // (value -- value value)
    sp[0] = sp[-1];
    sp++;
    break;
}

case MINI_GUARD_BOTH_INT: {         // (a b -- a b)
    EXIT_IF(!mo_both_smallint(sp[-2], sp[-1]));
    break;
}

case MINI_ADD_INT: {                // (a b -- a+b); deopts when it leaves the small range
    int64_t r = mo_smallint_val(sp[-2]) + mo_smallint_val(sp[-1]);
    DEOPT_IF(!mo_smallint_fits(r));
    sp[-2] = mo_smallint(r);
    sp--;
    break;
}

case MINI_SUB_INT: {                // (a b -- a-b)
    int64_t r = mo_smallint_val(sp[-2]) - mo_smallint_val(sp[-1]);
    DEOPT_IF(!mo_smallint_fits(r));
    sp[-2] = mo_smallint(r);
    sp--;
    break;
}

case MINI_MUL_INT: {                // (a b -- a*b) through a runtime helper that may raise
    Value r = mini_mul_int(ts, sp[-2], sp[-1]);
    ERROR_IF(r == V_ERR);
    sp[-2] = r;
    sp--;
    break;
}

case MINI_FLOORDIV_INT: {           // (a b -- a//b); ZeroDivisionError
    int64_t a = mo_smallint_val(sp[-2]), b = mo_smallint_val(sp[-1]);
    if (b == 0) {
        mini_raise(ts, MINI_ERR_ZERO_DIVISION);
        ERROR_IF(1);
    }
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    DEOPT_IF(!mo_smallint_fits(q));
    sp[-2] = mo_smallint(q);
    sp--;
    break;
}

case MINI_LESS_THAN_INT: {          // (a b -- a<b)
    sp[-2] = mo_bool(mo_smallint_val(sp[-2]) < mo_smallint_val(sp[-1]));
    sp--;
    break;
}

case MINI_SCALE_FLOAT: {            // (int -- float(int) * 0.1 + 2.5): constants in .rodata
    EXIT_IF(!mo_is_smallint(sp[-1]));
    double d = (double)mo_smallint_val(sp[-1]) * 0.1 + 2.5;
    sp[-1] = mo_float(d);
    break;
}

case MINI_GUARD_IS_TRUE: {          // (cond -- ); exits unless True
    Value v = *--sp;
    EXIT_IF(v != MO_TRUE);
    break;
}

case MINI_POP_JUMP_IF_FALSE: {      // (cond -- ); a branch inside the trace
    Value v = *--sp;
    if (v == MO_FALSE)
        JUMP_TO_TARGET();
    break;
}

case MINI_JUMP_TO_TOP: {            // closes a loop: jump_target is usually 0
    JUMP_TO_TARGET();
    break;
}

case MINI_CHECK_PENDING: {          // exits when the thread state says so
    EXIT_IF(ts->pending != 0);
    break;
}

case MINI_EXIT_TRACE: {             // leaves the trace at TARGET()
    EXIT_IF(1);
    break;
}

#endif // MO_OPS_CASES
