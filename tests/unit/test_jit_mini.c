// tests/unit/test_jit_mini.c — end to end: traces of the mini op set
// (tests/jit/mini_ops.h) compiled by the JIT and run natively, against the
// reference tier-2 interpreter below, which runs the very same case bodies.
//
// For every trace both must agree on everything observable: the value
// returned, how the trace left (exit, deopt, error) and at which tier-1
// target, the stack pointer and every stack slot, every local, the error
// raised. Hand-written traces cover loops closed by a jump to the top,
// guards that fail, deopts on overflow, errors from a runtime helper and
// from the stencil itself, branches inside the trace, 64-bit operands,
// .rodata constants; a few thousand random straight-line traces cover the
// rest. Also: malformed traces are refused cleanly.
//
// Runs natively (x86-64) and, through `make test-cross`, on AArch64 and
// RISC-V64 under qemu-user. Prints "N passed, N failed".
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/emit.h"
#include "../jit/mini_ops.h"

#if MO_JIT_ENABLED
#define MO_STENCILS_CONSUMER
#define MO_STENCILS_DECLARED    // mini_ops.h declares the helpers
#if defined(__x86_64__)
#include "gen/stencils-mini-x86_64.h"
#elif defined(__aarch64__)
#include "gen/stencils-mini-aarch64.h"
#elif defined(__riscv)
#include "gen/stencils-mini-riscv64.h"
#else
#error "no stencils for this architecture"
#endif
#endif

static long passed, failed;

#define CHECK(cond, ...)                                   \
    do {                                                   \
        if (cond) {                                        \
            passed++;                                      \
        } else {                                           \
            failed++;                                      \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);    \
            printf(__VA_ARGS__);                           \
            printf("\n");                                  \
        }                                                  \
    } while (0)

// ---- the runtime helpers the stencils call through holes

Value mini_mul_int(ThreadState *ts, Value a, Value b)
{
    ts->calls++;
    if (!mo_both_smallint(a, b)) {
        mini_raise(ts, MINI_ERR_OVERFLOW);
        return V_ERR;
    }
    int64_t x = mo_smallint_val(a), y = mo_smallint_val(b), r;
    if (__builtin_mul_overflow(x, y, &r) || !mo_smallint_fits(r)) {
        mini_raise(ts, MINI_ERR_OVERFLOW);
        return V_ERR;
    }
    return mo_smallint(r);
}

void mini_raise(ThreadState *ts, int error)
{
    ts->error = error;
}

// ---- the reference tier-2 interpreter over the same bodies

static JitReturn mini_interpret(const JitInst *trace, size_t n, Frame *frame, Value *sp,
                                ThreadState *ts)
{
    size_t pc = 0;
    for (long steps = 0; steps < 100000000; steps++) {
        if (pc >= n)
            abort();    // a trace that runs off its end: the JIT refuses those
        const JitInst *inst = &trace[pc++];
#define OPARG() (inst->oparg)
#define OPERAND0() (inst->operand0)
#define OPERAND1() (inst->operand1)
#define TARGET() (inst->target)
#define DEOPT_IF(c)                                      \
    do {                                                 \
        if (c)                                           \
            return JIT_LEAVE_DEOPT(inst->target);        \
    } while (0)
#define EXIT_IF(c)                                       \
    do {                                                 \
        if (c)                                           \
            return JIT_LEAVE_EXIT(inst->target);         \
    } while (0)
#define ERROR_IF(c)                                      \
    do {                                                 \
        if (c)                                           \
            return JIT_LEAVE_ERROR(inst->target);        \
    } while (0)
#define JUMP_TO_TARGET()                                 \
    do {                                                 \
        pc = inst->jump_target;                          \
        goto next;                                       \
    } while (0)
        switch (inst->opcode) {
#define MO_OPS_CASES
#include "../jit/mini_ops.h"
#undef MO_OPS_CASES
        default:
            abort();
        }
    next:;
    }
    abort();
}

#if MO_JIT_ENABLED

typedef JitReturn (*TraceFn)(Frame *, Value *, ThreadState *);

static CodeArena *arena;
static Emitter *emitter;
static Value cells[4];  // what LOAD_GLOBAL reads

enum { NLOCALS = 8, STACK = 64 };

typedef struct Run {
    JitReturn ret;
    Frame frame;
    MiniThread ts;
    Value locals[NLOCALS];
    Value stack[STACK];
    long depth;
} Run;

static void run_one(Run *r, int jit, const JitInst *trace, size_t n, const Value *locals,
                    int pending, JitCode *code)
{
    memset(r, 0, sizeof *r);
    memcpy(r->locals, locals, sizeof r->locals);
    for (int i = 0; i < STACK; i++)
        r->stack[i] = MO_NULL;
    r->frame.locals = r->locals;
    r->frame.globals = cells;
    r->ts.pending = pending;
    if (jit)
        r->ret = ((TraceFn)code->entry)(&r->frame, r->stack, &r->ts);
    else
        r->ret = mini_interpret(trace, n, &r->frame, r->stack, &r->ts);
    r->depth = r->frame.sp - r->stack;
}

// Compiles and runs `trace` both ways and compares. Returns 1 when they agree.
static int agree(const char *name, const JitInst *trace, size_t n, const Value *locals, int pending,
                 Run *out)
{
    JitCode code;
    int rc = mo_emit_trace(emitter, trace, n, 0xE0E0E0E0u, 0, &code);
    if (rc != MO_EMIT_OK) {
        const EmitError *err = mo_emit_last_error(emitter);
        CHECK(0, "%s: compile failed: %s (patch %d, uop %u, hole %u)", name, mo_emit_strerror(rc),
              err->patch, err->uop, err->hole);
        return 0;
    }
    static Run a, b;
    run_one(&a, 0, trace, n, locals, pending, NULL);
    run_one(&b, 1, trace, n, locals, pending, &code);
    mo_emit_free(emitter, &code);
    int same = a.ret == b.ret && a.frame.exit_kind == b.frame.exit_kind &&
               a.frame.exit_target == b.frame.exit_target && a.depth == b.depth &&
               memcmp(a.locals, b.locals, sizeof a.locals) == 0 &&
               memcmp(a.stack, b.stack, sizeof a.stack) == 0 && a.ts.error == b.ts.error &&
               a.ts.calls == b.ts.calls;
    CHECK(same, "%s: interpreter ret=%#lx kind=%u target=%u depth=%ld err=%d; JIT ret=%#lx kind=%u "
                "target=%u depth=%ld err=%d",
          name, (unsigned long)a.ret, a.frame.exit_kind, a.frame.exit_target, a.depth, a.ts.error,
          (unsigned long)b.ret, b.frame.exit_kind, b.frame.exit_target, b.depth, b.ts.error);
    if (out)
        *out = b;
    return same;
}

#define U(op, ...) ((JitInst){.opcode = MINI_##op, __VA_ARGS__})
#define N(trace) (sizeof(trace) / sizeof *(trace))

static Value I(int64_t i) { return mo_smallint(i); }

// for i in range(n): s += i — the loop closed by JUMP_TO_TOP; the exit is
// the guard on `i < n` (target 101).
static const JitInst sum_loop[] = {
    U(LOAD_LOCAL, .oparg = 0, .target = 100),
    U(LOAD_LOCAL, .oparg = 1, .target = 100),
    U(GUARD_BOTH_INT, .target = 100),
    U(LESS_THAN_INT, .target = 100),
    U(GUARD_IS_TRUE, .target = 101),
    U(LOAD_LOCAL, .oparg = 2, .target = 102),
    U(LOAD_LOCAL, .oparg = 0, .target = 102),
    U(GUARD_BOTH_INT, .target = 102),
    U(ADD_INT, .target = 103),
    U(STORE_LOCAL, .oparg = 2, .target = 104),
    U(LOAD_LOCAL, .oparg = 0, .target = 105),
    U(LOAD_SMALL_INT, .oparg = 1, .target = 105),
    U(ADD_INT, .target = 106),
    U(STORE_LOCAL, .oparg = 0, .target = 107),
    U(CHECK_PENDING, .target = 108),
    U(JUMP_TO_TOP, .jump_target = 0, .target = 109),
};

static void test_loops(void)
{
    Run r;
    Value locals[NLOCALS] = {I(0), I(1000), I(0), I(0), I(0), I(0), I(0), I(0)};
    if (agree("sum_loop", sum_loop, N(sum_loop), locals, 0, &r)) {
        CHECK(r.frame.exit_kind == MINI_LEFT_EXIT && r.frame.exit_target == 101,
              "sum_loop left at %u", r.frame.exit_target);
        CHECK(r.locals[2] == I(499500), "sum_loop: s = %#llx", (unsigned long long)r.locals[2]);
        CHECK(r.depth == 0, "sum_loop: depth %ld", r.depth);
    }
    // The sum overflows the small-int range: ADD_INT deopts at target 103
    // with both operands still on the stack.
    Value big[NLOCALS] = {I(0), I(1000000), I(MO_SMALLINT_MAX - 5000), I(0), I(0), I(0), I(0), I(0)};
    if (agree("sum_loop_overflow", sum_loop, N(sum_loop), big, 0, &r)) {
        CHECK(r.frame.exit_kind == MINI_LEFT_DEOPT && r.frame.exit_target == 103,
              "overflow left at kind %u target %u", r.frame.exit_kind, r.frame.exit_target);
        CHECK(r.depth == 2, "overflow: depth %ld", r.depth);
    }
    // A float in `s`: the guard before the add exits at 102.
    Value flt[NLOCALS] = {I(0), I(10), mo_float(1.5), I(0), I(0), I(0), I(0), I(0)};
    if (agree("sum_loop_float", sum_loop, N(sum_loop), flt, 0, &r))
        CHECK(r.frame.exit_kind == MINI_LEFT_EXIT && r.frame.exit_target == 102,
              "float left at %u", r.frame.exit_target);
    // A pending interrupt: the first CHECK_PENDING exits.
    if (agree("sum_loop_pending", sum_loop, N(sum_loop), locals, 1, &r))
        CHECK(r.frame.exit_target == 108 && r.locals[0] == I(1), "pending left at %u",
              r.frame.exit_target);
    // n = 0: the very first guard exits.
    Value none[NLOCALS] = {I(0), I(0), I(0), I(0), I(0), I(0), I(0), I(0)};
    agree("sum_loop_empty", sum_loop, N(sum_loop), none, 0, NULL);
}

// x = x * y until it overflows: MUL_INT's helper raises; error exit at 201.
static const JitInst mul_loop[] = {
    U(LOAD_LOCAL, .oparg = 0, .target = 200),
    U(LOAD_LOCAL, .oparg = 1, .target = 200),
    U(MUL_INT, .target = 201),
    U(STORE_LOCAL, .oparg = 0, .target = 202),
    U(JUMP_TO_TOP, .jump_target = 0, .target = 203),
};

// a // b with b from a local: ZeroDivisionError from inside the stencil.
static const JitInst divide[] = {
    U(LOAD_LOCAL, .oparg = 0, .target = 300),
    U(LOAD_LOCAL, .oparg = 1, .target = 300),
    U(GUARD_BOTH_INT, .target = 300),
    U(FLOORDIV_INT, .target = 301),
    U(STORE_LOCAL, .oparg = 2, .target = 302),
    U(EXIT_TRACE, .target = 303),
};

static void test_errors(void)
{
    Run r;
    Value l[NLOCALS] = {I(3), I(7), I(0), I(0), I(0), I(0), I(0), I(0)};
    if (agree("mul_loop", mul_loop, N(mul_loop), l, 0, &r)) {
        CHECK(r.ret == MINI_RETURN_ERROR && r.frame.exit_kind == MINI_LEFT_ERROR &&
                  r.frame.exit_target == 201 && r.ts.error == MINI_ERR_OVERFLOW,
              "mul_loop: ret %#lx kind %u target %u", (unsigned long)r.ret, r.frame.exit_kind,
              r.frame.exit_target);
        CHECK(r.ts.calls > 10, "mul_loop: the helper ran %llu times", (unsigned long long)r.ts.calls);
    }
    Value d[NLOCALS] = {I(-7), I(2), I(0), I(0), I(0), I(0), I(0), I(0)};
    if (agree("divide", divide, N(divide), d, 0, &r))
        CHECK(r.locals[2] == I(-4) && r.frame.exit_target == 303, "divide: -7 // 2 = %lld",
              (long long)mo_smallint_val(r.locals[2]));
    Value z[NLOCALS] = {I(5), I(0), I(0), I(0), I(0), I(0), I(0), I(0)};
    if (agree("divide_by_zero", divide, N(divide), z, 0, &r))
        CHECK(r.ret == MINI_RETURN_ERROR && r.frame.exit_target == 301 &&
                  r.ts.error == MINI_ERR_ZERO_DIVISION,
              "divide_by_zero: target %u error %d", r.frame.exit_target, r.ts.error);
}

// if x < 10: y = 1 else: y = 2 — with a branch inside the trace.
static const JitInst branch[] = {
    U(LOAD_LOCAL, .oparg = 0, .target = 400),
    U(LOAD_SMALL_INT, .oparg = 10, .target = 400),
    U(LESS_THAN_INT, .target = 400),
    U(POP_JUMP_IF_FALSE, .jump_target = 7, .target = 401),
    U(LOAD_SMALL_INT, .oparg = 1, .target = 402),
    U(STORE_LOCAL, .oparg = 1, .target = 403),
    U(EXIT_TRACE, .target = 404),
    U(LOAD_SMALL_INT, .oparg = 2, .target = 405),
    U(STORE_LOCAL, .oparg = 1, .target = 406),
    U(EXIT_TRACE, .target = 407),
};

// 64-bit operands, a global cell through a pointer operand, .rodata.
static const JitInst constants[] = {
    U(LOAD_CONST_PAIR, .operand0 = 0x123456789ABCDEF0ull, .operand1 = 0xFEDCBA9876543210ull),
    U(STORE_LOCAL, .oparg = 0),
    U(STORE_LOCAL, .oparg = 1),
    U(LOAD_CONST, .operand0 = 0xFFFA00000000002Aull),
    U(STORE_LOCAL, .oparg = 2),
    U(LOAD_GLOBAL, .target = 500),  // operand0 filled in below
    U(STORE_LOCAL, .oparg = 3),
    U(LOAD_SMALL_INT, .oparg = 65535),
    U(SCALE_FLOAT, .target = 501),
    U(STORE_LOCAL, .oparg = 4),
    U(LOAD_CONST, .operand0 = 0),
    U(DUP),
    U(POP),
    U(NOP),
    U(EXIT_TRACE, .target = 502),
};

static void test_values(void)
{
    Run r;
    Value l[NLOCALS] = {I(0), I(1), I(0), I(0), I(0), I(0), I(0), I(0)};
    if (agree("branch_true", branch, N(branch), l, 0, &r))
        CHECK(r.locals[1] == I(1) && r.frame.exit_target == 404, "branch_true");
    l[0] = I(50);
    if (agree("branch_false", branch, N(branch), l, 0, &r))
        CHECK(r.locals[1] == I(2) && r.frame.exit_target == 407, "branch_false");

    JitInst c[N(constants)];
    memcpy(c, constants, sizeof c);
    c[5].operand0 = (uint64_t)(uintptr_t)&cells[2];
    cells[2] = I(-12345);
    if (agree("constants", c, N(c), l, 0, &r)) {
        CHECK(r.locals[0] == 0xFEDCBA9876543210ull && r.locals[1] == 0x123456789ABCDEF0ull,
              "constants: operands");
        CHECK(r.locals[2] == 0xFFFA00000000002Aull && r.locals[3] == I(-12345), "constants");
        CHECK(r.locals[4] == mo_float(65535 * 0.1 + 2.5), "constants: scale_float");
        CHECK(r.depth == 1 && r.stack[0] == 0, "constants: zero operand, depth %ld", r.depth);
    }
    cells[2] = MO_NULL;    // an unbound global: LOAD_GLOBAL deopts
    if (agree("constants_unbound", c, N(c), l, 0, &r))
        CHECK(r.frame.exit_kind == MINI_LEFT_DEOPT && r.frame.exit_target == 500,
              "constants_unbound");
}

// ---- random straight-line traces

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}
static unsigned pick(unsigned n) { return (unsigned)(next_random() % n); }

static Value random_value(void)
{
    switch (pick(6)) {
    case 0:
        return I((int64_t)pick(21) - 10);
    case 1:
        return I((int64_t)(next_random() >> 17) - (INT64_C(1) << 46));
    case 2:
        return mo_float((double)(int)pick(1000) / 7.0);
    case 3:
        return pick(2) ? MO_TRUE : MO_FALSE;
    case 4:
        return I(MO_SMALLINT_MAX - pick(3));
    default:
        return I(0);
    }
}

static size_t random_trace(JitInst *t, size_t max)
{
    size_t n = 0;
    int depth = 0;
    size_t len = 2 + pick((unsigned)max - 2);
    while (n + 1 < len) {
        JitInst u = {.target = (uint32_t)(1000 + n)};
        unsigned r = pick(20);
        if (depth < 2 && r >= 9)
            r = pick(5);
        if (depth > 12)
            r = 9 + pick(11);
        switch (r) {
        case 0: u.opcode = MINI_LOAD_LOCAL; u.oparg = pick(NLOCALS); depth++; break;
        case 1: u.opcode = MINI_LOAD_CONST; u.operand0 = random_value(); depth++; break;
        case 2: u.opcode = MINI_LOAD_SMALL_INT; u.oparg = pick(70000); depth++; break;
        case 3:
            u.opcode = MINI_LOAD_CONST_PAIR;
            u.operand0 = random_value();
            u.operand1 = next_random();
            depth += 2;
            break;
        case 4:
            u.opcode = MINI_LOAD_GLOBAL;
            u.operand0 = (uint64_t)(uintptr_t)&cells[pick(4)];
            depth++;
            break;
        case 5: u.opcode = MINI_NOP; break;
        case 6: u.opcode = MINI_CHECK_PENDING; break;
        case 7: u.opcode = depth ? MINI_DUP : MINI_NOP; depth += depth ? 1 : 0; break;
        case 8: u.opcode = depth ? MINI_STORE_LOCAL : MINI_NOP; u.oparg = pick(NLOCALS);
            depth -= depth ? 1 : 0; break;
        case 9: u.opcode = MINI_POP; depth--; break;
        case 10: u.opcode = MINI_SCALE_FLOAT; break;
        case 11: u.opcode = MINI_GUARD_IS_TRUE; depth--; break;
        case 12: u.opcode = MINI_POP_JUMP_IF_FALSE; u.jump_target = 0xFFFF; depth--; break;
        case 13: u.opcode = MINI_GUARD_BOTH_INT; break;
        case 14: u.opcode = MINI_ADD_INT; depth--; break;
        case 15: u.opcode = MINI_SUB_INT; depth--; break;
        case 16: u.opcode = MINI_MUL_INT; depth--; break;
        case 17: u.opcode = MINI_FLOORDIV_INT; depth--; break;
        case 18: u.opcode = MINI_LESS_THAN_INT; depth--; break;
        default: u.opcode = MINI_STORE_LOCAL; u.oparg = pick(NLOCALS); depth--; break;
        }
        // Ops that take two need two.
        if (depth < 0 || (depth < 1 && (r >= 13 && r <= 18))) {
            depth = 0;
            continue;
        }
        t[n++] = u;
    }
    t[n] = (JitInst){.opcode = MINI_EXIT_TRACE, .target = (uint32_t)(1000 + n)};
    n++;
    // Branches go to the final EXIT_TRACE.
    for (size_t i = 0; i < n; i++)
        if (t[i].opcode == MINI_POP_JUMP_IF_FALSE)
            t[i].jump_target = (uint32_t)(n - 1);
    return n;
}

// Checks that the stack never underflows in `t` (the generator's bookkeeping
// is approximate): a trace that would is skipped.
static int stack_safe(const JitInst *t, size_t n)
{
    static const int pops[MINI_UOP_COUNT] = {
        [MINI_STORE_LOCAL] = 1, [MINI_POP] = 1, [MINI_DUP] = 1, [MINI_GUARD_BOTH_INT] = 2,
        [MINI_ADD_INT] = 2, [MINI_SUB_INT] = 2, [MINI_MUL_INT] = 2, [MINI_FLOORDIV_INT] = 2,
        [MINI_LESS_THAN_INT] = 2, [MINI_SCALE_FLOAT] = 1, [MINI_GUARD_IS_TRUE] = 1,
        [MINI_POP_JUMP_IF_FALSE] = 1,
    };
    static const int delta[MINI_UOP_COUNT] = {
        [MINI_LOAD_LOCAL] = 1, [MINI_STORE_LOCAL] = -1, [MINI_LOAD_CONST] = 1,
        [MINI_LOAD_CONST_PAIR] = 2, [MINI_LOAD_SMALL_INT] = 1, [MINI_LOAD_GLOBAL] = 1,
        [MINI_POP] = -1, [MINI_DUP] = 1, [MINI_ADD_INT] = -1, [MINI_SUB_INT] = -1,
        [MINI_MUL_INT] = -1, [MINI_FLOORDIV_INT] = -1, [MINI_LESS_THAN_INT] = -1,
        [MINI_GUARD_IS_TRUE] = -1, [MINI_POP_JUMP_IF_FALSE] = -1,
    };
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (depth < pops[t[i].opcode])
            return 0;
        depth += delta[t[i].opcode];
        if (depth > STACK - 4)
            return 0;
    }
    return 1;
}

static void test_random(int count)
{
    JitInst t[64];
    int ran = 0;
    for (int k = 0; ran < count && k < count * 4; k++) {
        size_t n = random_trace(t, 48);
        if (!stack_safe(t, n))
            continue;
        Value locals[NLOCALS];
        for (int i = 0; i < NLOCALS; i++)
            locals[i] = random_value();
        for (int i = 0; i < 4; i++)
            cells[i] = pick(8) ? random_value() : MO_NULL;
        char name[64];
        snprintf(name, sizeof name, "random trace %d", k);
        if (!agree(name, t, n, locals, pick(16) == 0, NULL) && failed > 20)
            return;
        ran++;
    }
    CHECK(ran == count, "only %d random traces were stack-safe", ran);
}

// ---- malformed traces are refused, cleanly

static void test_refusals(void)
{
    JitCode code;
    const JitInst falls[] = {U(NOP), U(LOAD_SMALL_INT, .oparg = 1)};
    CHECK(mo_emit_trace(emitter, falls, 2, 0, 0, &code) == MO_EMIT_BAD_TRACE,
          "a trace that runs off its end");
    const JitInst far_jump[] = {U(NOP), U(JUMP_TO_TOP, .jump_target = 2)};
    CHECK(mo_emit_trace(emitter, far_jump, 2, 0, 0, &code) == MO_EMIT_BAD_TRACE,
          "a jump outside the trace");
    const JitInst unknown[] = {{.opcode = MINI_UOP_COUNT + 3}, U(EXIT_TRACE)};
    CHECK(mo_emit_trace(emitter, unknown, 2, 0, 0, &code) == MO_EMIT_NO_STENCIL, "an unknown uop");
    CHECK(mo_emit_trace(emitter, unknown, 0, 0, 0, &code) == MO_EMIT_BAD_TRACE, "an empty trace");
    CodeArenaStats st;
    mo_code_arena_stats(arena, &st);
    CHECK(st.live == 0, "refused traces leave nothing allocated (%zu live)", st.live);

    // A refusal after the block was allocated (pass 2) must leave the pages
    // it made writable executable again: a trace compiled before still runs.
    JitCode good;
    CHECK(mo_emit_trace(emitter, sum_loop, N(sum_loop), 0, 0, &good) == MO_EMIT_OK, "compile");
    CHECK(mo_emit_trace(emitter, far_jump, 2, 0, 0, &code) == MO_EMIT_BAD_TRACE, "refused in pass 2");
    CHECK(mo_code_arena_sealed(arena), "sealed after a refusal");
    Value locals[NLOCALS] = {I(0), I(10), I(0), I(0), I(0), I(0), I(0), I(0)};
    Value stack[STACK];
    Frame f = {.locals = locals, .globals = cells};
    MiniThread ts = {0};
    JitReturn r = ((TraceFn)good.entry)(&f, stack, &ts);
    CHECK(r == 101 && locals[2] == I(45), "the earlier trace still runs");
    mo_emit_free(emitter, &good);
}

// ---- W^X: no mapping of this process is ever writable and executable.

static int rwx_mappings(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f)
        return 0;
    char line[512];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char perms[8] = "";
        if (sscanf(line, "%*s %7s", perms) == 1 && perms[1] == 'w' && perms[2] == 'x')
            n++;
    }
    fclose(f);
    return n;
}

static void test_wx(void)
{
    JitCode code;
    int rc = mo_emit_trace(emitter, sum_loop, N(sum_loop), 0, MO_EMIT_NO_SEAL, &code);
    CHECK(rc == MO_EMIT_OK, "compile without sealing");
    CHECK(rwx_mappings() == 0, "a writable+executable mapping while writing");
    CHECK(!mo_code_arena_sealed(arena), "unsealed after MO_EMIT_NO_SEAL");
    CHECK(mo_code_arena_seal(arena) == 0 && mo_code_arena_sealed(arena), "sealed");
    CHECK(rwx_mappings() == 0, "a writable+executable mapping after sealing");
    mo_emit_free(emitter, &code);
}

// How far the arena landed from the runtime's code (the helpers).
static void report_distance(const char *how)
{
    JitCode code;
    if (mo_emit_trace(emitter, sum_loop, N(sum_loop), 0, 0, &code) != MO_EMIT_OK)
        return;
    long long d = (long long)((uintptr_t)code.entry - (uintptr_t)&mini_mul_int);
    printf("%s arena: traces at %+lld MiB from the runtime's code\n", how, d / (1 << 20));
    mo_emit_free(emitter, &code);
}

int main(void)
{
    printf("JIT end-to-end test on %s\n", mini_stencils.arch == MO_ARCH_X86_64 ? "x86-64" :
                                         mini_stencils.arch == MO_ARCH_AARCH64 ? "AArch64" : "RISC-V64");
    // Twice: with the arena near the runtime (direct calls) and wherever
    // mmap puts it (calls through veneers and GOT slots when that is far).
    for (int far = 0; far < 2; far++) {
        arena = mo_code_arena_new(0, far ? MO_CODE_ARENA_FAR : 0);
        emitter = arena ? mo_emit_new(&mini_stencils, arena) : NULL;
        if (!emitter) {
            printf("cannot set up the JIT\n0 passed, 1 failed\n");
            return 1;
        }
        report_distance(far ? "far" : "near");
        test_loops();
        test_errors();
        test_values();
        test_refusals();
        test_wx();
        test_random(far ? 1000 : 3000);
        mo_emit_delete(emitter);
        mo_code_arena_delete(arena);
    }
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed != 0;
}

#else

int main(void)
{
    // Still exercise the reference interpreter, so the test means something.
    JitInst t[] = {{.opcode = MINI_LOAD_SMALL_INT, .oparg = 2}, {.opcode = MINI_EXIT_TRACE, .target = 7}};
    Value stack[4];
    Frame f = {0};
    MiniThread ts = {0};
    JitReturn r = mini_interpret(t, 2, &f, stack, &ts);
    printf("JIT is off: clang-19 not found; interpreter only\n");
    CHECK(r == 7 && stack[0] == mo_smallint(2), "interpreter");
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed != 0;
}

#endif
