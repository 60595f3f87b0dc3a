// tests/unit/test_jit_uops.c — the JIT on Mosaic's real uops (src/vm/ops.def)
// end to end: traces compiled by mo_jit_compile and run by mo_jit_execute
// against the tier-2 interpreter (src/tier2/interp.c), which runs the same
// generated bodies (gen/tier2_cases.h), comparing how each trace left (kind,
// tier-1 target), the stack and the locals. Covers a counting loop closed by JUMP_TO_TOP,
// a guard exit, an overflow deopt, calls into the runtime (BINARY_OP on
// strings), an error raised by the runtime (int + str), floats.
//
// Prints "N passed, N failed"; without a JIT it says so and passes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/jit.h"
#include "tier2/interp.h"
#include "vm/ops_support.h"
#include "vm/runtime.h"

// The C-stack limit lives in src/cli/main.c, outside the library; a weak
// definition lets this test link (a real one, if the library gains it, wins).
__attribute__((weak)) char *mo_c_stack_limit;

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

// A frame on the C stack (which the collector scans), without a code
// object: the traces below use neither CONST() nor NAME().
typedef union FrameStorage {
    Frame frame;
    Value words[64];
} FrameStorage;

enum { NLOCALS = 4 };

typedef struct Outcome {
    int kind;
    uint32_t target;
    long depth;
    Value locals[NLOCALS];
    Value stack[8];
    int raised;
} Outcome;

static void setup(FrameStorage *fs, const Value *locals)
{
    memset(fs, 0, sizeof *fs);
    for (int i = 0; i < NLOCALS; i++)
        fs->frame.slots[i] = locals[i];
    for (int i = NLOCALS; i < 32; i++)
        fs->frame.slots[i] = MO_NULL;
    fs->frame.code = MO_NULL;
    fs->frame.func = MO_NULL;
    fs->frame.globals = MO_NULL;
    fs->frame.builtins = MO_NULL;
    fs->frame.locals = MO_NULL;
}

static void record(Outcome *o, FrameStorage *fs, int kind, uint32_t target, Value *sp)
{
    o->kind = kind;
    o->target = target;
    Value *base = fs->frame.slots + NLOCALS;
    o->depth = sp - base;
    for (int i = 0; i < NLOCALS; i++)
        o->locals[i] = fs->frame.slots[i];
    for (int i = 0; i < 8; i++)
        o->stack[i] = base[i];
    o->raised = mo_err_occurred();
    mo_err_clear();
}

// Equal as Python values (new objects, such as concatenated strings, are
// compared by value).
static int same_value(Value a, Value b)
{
    if (a == b)
        return 1;
    if (!mo_is_ptr(a) || !mo_is_ptr(b))
        return 0;
    Value r = mo_vm_compare_op(a, b, MO_CMP_EQ);
    mo_err_clear();
    return r == MO_TRUE;
}

static int run_both(const char *name, const JitInst *trace, size_t n, const Value *locals, Outcome *jit)
{
    FrameStorage fs;
    Outcome ref;
    setup(&fs, locals);
    Value *base = fs.frame.slots + NLOCALS;
    JitExit x = mo_tier2_run(trace, n, &fs.frame, base);
    record(&ref, &fs, x.kind, x.target, x.sp);

    JitExecutor *ex = mo_jit_compile(trace, n);
    CHECK(ex != NULL, "%s: compile", name);
    if (!ex)
        return 0;
    setup(&fs, locals);
    JitExit e = mo_jit_execute(ex, &fs.frame, base);
    record(jit, &fs, e.kind, e.target, e.sp);
    mo_jit_free(ex);

    int same = ref.kind == jit->kind && ref.target == jit->target && ref.depth == jit->depth &&
               ref.raised == jit->raised;
    for (int i = 0; i < NLOCALS && same; i++)
        same = same_value(ref.locals[i], jit->locals[i]);
    for (int i = 0; i < ref.depth && i < 8 && same; i++)
        same = same_value(ref.stack[i], jit->stack[i]);
    CHECK(same, "%s: interpreter kind %d target %u depth %ld raised %d; JIT kind %d target %u depth %ld "
                "raised %d",
          name, ref.kind, ref.target, ref.depth, ref.raised, jit->kind, jit->target, jit->depth, jit->raised);
    return same;
}

#define U(op, ...) ((JitInst){.opcode = UOP_##op, __VA_ARGS__})
#define N(t) (sizeof(t) / sizeof *(t))

// while i < n: s += i; i += 1
static JitInst sum_loop[] = {
    U(LOAD_FAST, .oparg = 0, .target = 10),
    U(LOAD_FAST, .oparg = 1, .target = 10),
    U(GUARD_BOTH_INT, .target = 10),
    U(COMPARE_INT, .oparg = MO_CMP_LT, .target = 11),
    U(GUARD_IS_TRUE_POP, .target = 12),
    U(LOAD_FAST, .oparg = 2, .target = 13),
    U(LOAD_FAST, .oparg = 0, .target = 13),
    U(GUARD_BOTH_INT, .target = 13),
    U(ADD_INT, .target = 14),
    U(STORE_FAST, .oparg = 2, .target = 15),
    U(LOAD_FAST, .oparg = 0, .target = 16),
    U(LOAD_CONST_INLINE, .target = 16),     // operand0 = int 1, set in main
    U(GUARD_BOTH_INT, .target = 16),
    U(ADD_INT, .target = 17),
    U(STORE_FAST, .oparg = 0, .target = 18),
    U(JUMP_TO_TOP, .jump_target = 0, .target = 19),
};

// x = a + b (generic), then x * 2.5 as floats when it can
static JitInst generic_add[] = {
    U(LOAD_FAST, .oparg = 0, .target = 30),
    U(LOAD_FAST, .oparg = 1, .target = 30),
    U(BINARY_OP, .oparg = MO_OP_ADD, .target = 31),
    U(STORE_FAST, .oparg = 2, .target = 32),
    U(EXIT_TRACE, .target = 33),
};

static JitInst float_math[] = {
    U(LOAD_FAST, .oparg = 0, .target = 40),
    U(LOAD_FAST, .oparg = 1, .target = 40),
    U(GUARD_BOTH_FLOAT, .target = 40),
    U(MULTIPLY_FLOAT, .target = 41),
    U(LOAD_FAST, .oparg = 1, .target = 42),
    U(GUARD_BOTH_FLOAT, .target = 42),
    U(TRUEDIV_FLOAT, .target = 43),
    U(STORE_FAST, .oparg = 3, .target = 44),
    U(LOAD_FAST, .oparg = 3, .target = 45),
    U(TO_BOOL, .target = 45),
    U(GUARD_IS_TRUE_POP, .target = 46),
    U(EXIT_TRACE, .target = 47),
};

// Stack shuffles: COPY and SWAP index the stack with OPARG() arithmetic.
static JitInst shuffle[] = {
    U(LOAD_FAST, .oparg = 0, .target = 50),
    U(LOAD_FAST, .oparg = 1, .target = 50),
    U(LOAD_FAST, .oparg = 2, .target = 50),
    U(COPY, .oparg = 3, .target = 51),
    U(SWAP, .oparg = 3, .target = 52),
    U(SWAP, .oparg = 2, .target = 53),
    U(PUSH_NULL, .target = 54),
    U(POP_TOP, .target = 55),
    U(EXIT_TRACE, .target = 56),
};

int main(int argc, char **argv)
{
    mo_runtime_init(argc, argv);
    const char *why = mo_jit_unavailable_reason();
    if (why) {
        printf("%s\n0 passed, 0 failed\n", why);
        return 0;
    }
    sum_loop[11].operand0 = mo_smallint(1);
    Outcome o;

    Value l1[NLOCALS] = {mo_smallint(0), mo_smallint(100000), mo_smallint(0), MO_NONE};
    if (run_both("sum_loop", sum_loop, N(sum_loop), l1, &o))
        CHECK(o.kind == MO_JIT_EXIT_SIDE && o.target == 12 && o.locals[2] == mo_smallint(4999950000),
              "sum_loop left at %u with s = %lld", o.target, (long long)mo_smallint_val(o.locals[2]));
    Value l2[NLOCALS] = {mo_smallint(0), mo_smallint(1000000), mo_smallint(MO_SMALLINT_MAX - 100), MO_NONE};
    if (run_both("sum_overflow", sum_loop, N(sum_loop), l2, &o))
        CHECK(o.kind == MO_JIT_EXIT_DEOPT && o.target == 14 && o.depth == 2, "sum_overflow: %d %u",
              o.kind, o.target);
    Value l3[NLOCALS] = {mo_smallint(0), mo_float(3.0), mo_smallint(0), MO_NONE};
    if (run_both("sum_guard", sum_loop, N(sum_loop), l3, &o))
        CHECK(o.kind == MO_JIT_EXIT_DEOPT && o.target == 10, "sum_guard: %d %u", o.kind, o.target);

    Value ab = mo_str_from_cstr("ab"), cd = mo_str_from_cstr("cd");
    Value l4[NLOCALS] = {ab, cd, MO_NONE, MO_NONE};
    if (run_both("str_concat", generic_add, N(generic_add), l4, &o))
        CHECK(o.kind == MO_JIT_EXIT_SIDE && o.target == 33 && same_value(o.locals[2], mo_str_from_cstr("abcd")),
              "str_concat");
    Value l5[NLOCALS] = {mo_smallint(1), ab, MO_NONE, MO_NONE};
    if (run_both("int_plus_str", generic_add, N(generic_add), l5, &o))
        CHECK(o.kind == MO_JIT_EXIT_ERROR && o.target == 31 && o.raised && o.depth == 2,
              "int_plus_str: kind %d target %u raised %d", o.kind, o.target, o.raised);

    Value l6[NLOCALS] = {mo_float(3.0), mo_float(0.5), MO_NONE, MO_NONE};
    if (run_both("float_math", float_math, N(float_math), l6, &o))
        CHECK(o.target == 47 && o.locals[3] == mo_float(3.0), "float_math");
    Value l7[NLOCALS] = {mo_float(3.0), mo_float(0.0), MO_NONE, MO_NONE};
    run_both("float_div_zero", float_math, N(float_math), l7, &o);
    Value l8[NLOCALS] = {mo_smallint(3), mo_float(2.0), MO_NONE, MO_NONE};
    run_both("float_guard", float_math, N(float_math), l8, &o);

    Value l9[NLOCALS] = {mo_smallint(1), mo_smallint(2), mo_smallint(3), MO_NONE};
    if (run_both("shuffle", shuffle, N(shuffle), l9, &o))
        CHECK(o.depth == 4 && o.stack[1] == mo_smallint(1) && o.stack[2] == mo_smallint(2) &&
                  o.stack[3] == mo_smallint(3),
              "shuffle");

    const JitStats *st = mo_jit_stats();
    CHECK(st->compiled == 9 && st->failed == 0, "stats: %llu compiled, %llu failed",
          (unsigned long long)st->compiled, (unsigned long long)st->failed);

    // Every uop compiles (all its holes patch), followed by an exit.
    int compiled = 0;
    for (unsigned op = 0; op < MO_NUM_UOPS; op++) {
        JitInst t[2] = {{.opcode = (uint16_t)op, .oparg = 1, .target = 7, .operand0 = 0x00007F0000001000ull,
                         .operand1 = 3},
                        U(EXIT_TRACE, .target = 8)};
        JitExecutor *ex = mo_jit_compile(t, op == UOP_JUMP_TO_TOP || op == UOP_EXIT_TRACE ? 1 : 2);
        CHECK(ex != NULL, "uop %s does not compile", mo_uop_names[op]);
        compiled += ex != NULL;
        mo_jit_free(ex);
    }
    printf("every uop: %d of %d compiled\n", compiled, MO_NUM_UOPS);
    mo_jit_print_stats(stdout);
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed != 0;
}
