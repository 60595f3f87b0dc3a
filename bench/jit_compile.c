// bench/jit_compile.c — how fast the JIT compiles: traces with a realistic
// mix of uops, compiled over and over; reports ns per uop, ns per trace and
// MB/s of machine code emitted.
//
//   make bench-jit-compile                 (native)
//   make bench-jit-compile ARCH=aarch64    (cross-built, run under qemu: the
//                                           numbers are emulated, not real)
//
// Two measurements:
//   per-trace  compile one trace, seal it (mprotect + icache flush), free it
//              — what tier 2 does when one loop gets hot;
//   batched    compile 256 traces, seal once, free them — the mprotect cost
//              spread over a batch, i.e. the copy-and-patch speed itself.
// The traces use the mini op set (tests/jit/mini_ops.h), whose stencils
// have the shapes real uops have: local loads and stores, 64-bit constants,
// guards with side exits, overflow deopts, calls into the runtime with error
// exits, .rodata, loops closed by a jump to the top.
//
// `jit_compile [SECONDS [per-trace|batched]]` runs each measurement for
// SECONDS (default 1), or only one of them. The last line is a checksum
// (bytes emitted for one pass) that does not depend on the machine's speed.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "jit/emit.h"
#include "../tests/jit/mini_ops.h"

#if MO_JIT_ENABLED
#define MO_STENCILS_CONSUMER
#define MO_STENCILS_DECLARED
#if defined(__x86_64__)
#include "gen/stencils-mini-x86_64.h"
#elif defined(__aarch64__)
#include "gen/stencils-mini-aarch64.h"
#elif defined(__riscv)
#include "gen/stencils-mini-riscv64.h"
#endif

// The helpers the stencils name (never called here: the code is not run).
Value mini_mul_int(ThreadState *ts, Value a, Value b)
{
    (void)ts;
    return a * b;
}
void mini_raise(ThreadState *ts, int error)
{
    ts->error = error;
}

enum { TRACES = 256, MAX_LEN = 96 };

static JitInst traces[TRACES][MAX_LEN];
static size_t lengths[TRACES];

static uint64_t rng = 0x2545F4914F6CDD1Dull;
static unsigned pick(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

// A loop body like the ones tier 2 records: loads, a guard, arithmetic,
// a store, now and then a call or a branch; closed by JUMP_TO_TOP.
static size_t make_trace(JitInst *t)
{
    size_t n = 0, len = 24 + pick(64);
    while (n + 4 < len) {
        unsigned r = pick(100);
        uint32_t target = (uint32_t)n * 2;
        if (r < 30) {           // x = a + b
            t[n++] = (JitInst){.opcode = MINI_LOAD_LOCAL, .oparg = pick(8), .target = target};
            t[n++] = (JitInst){.opcode = MINI_LOAD_LOCAL, .oparg = pick(8), .target = target};
            t[n++] = (JitInst){.opcode = MINI_GUARD_BOTH_INT, .target = target};
            t[n++] = (JitInst){.opcode = r < 20 ? MINI_ADD_INT : MINI_SUB_INT, .target = target};
            t[n++] = (JitInst){.opcode = MINI_STORE_LOCAL, .oparg = pick(8), .target = target};
        } else if (r < 45) {    // if a < b: exit
            t[n++] = (JitInst){.opcode = MINI_LOAD_LOCAL, .oparg = pick(8), .target = target};
            t[n++] = (JitInst){.opcode = MINI_LOAD_SMALL_INT, .oparg = pick(1000), .target = target};
            t[n++] = (JitInst){.opcode = MINI_LESS_THAN_INT, .target = target};
            t[n++] = (JitInst){.opcode = MINI_GUARD_IS_TRUE, .target = target + 1};
        } else if (r < 60) {    // x = CONST / global
            t[n++] = (JitInst){.opcode = pick(2) ? MINI_LOAD_CONST : MINI_LOAD_GLOBAL,
                               .operand0 = 0x00007F0000000000ull + pick(1 << 20) * 8, .target = target};
            t[n++] = (JitInst){.opcode = MINI_STORE_LOCAL, .oparg = pick(8), .target = target};
        } else if (r < 70) {    // x = a * b (a runtime call)
            t[n++] = (JitInst){.opcode = MINI_LOAD_LOCAL, .oparg = pick(8), .target = target};
            t[n++] = (JitInst){.opcode = MINI_LOAD_LOCAL, .oparg = pick(8), .target = target};
            t[n++] = (JitInst){.opcode = pick(2) ? MINI_MUL_INT : MINI_FLOORDIV_INT, .target = target};
            t[n++] = (JitInst){.opcode = MINI_STORE_LOCAL, .oparg = pick(8), .target = target};
        } else if (r < 80) {    // float
            t[n++] = (JitInst){.opcode = MINI_LOAD_LOCAL, .oparg = pick(8), .target = target};
            t[n++] = (JitInst){.opcode = MINI_SCALE_FLOAT, .target = target};
            t[n++] = (JitInst){.opcode = MINI_STORE_LOCAL, .oparg = pick(8), .target = target};
        } else if (r < 90) {    // a branch inside the trace
            t[n++] = (JitInst){.opcode = MINI_LOAD_LOCAL, .oparg = pick(8), .target = target};
            t[n++] = (JitInst){.opcode = MINI_POP_JUMP_IF_FALSE, .jump_target = 0, .target = target};
        } else {
            t[n++] = (JitInst){.opcode = MINI_CHECK_PENDING, .target = target};
            t[n++] = (JitInst){.opcode = pick(2) ? MINI_DUP : MINI_NOP, .target = target};
            if (t[n - 1].opcode == MINI_DUP)
                t[n++] = (JitInst){.opcode = MINI_POP, .target = target};
        }
    }
    t[n++] = (JitInst){.opcode = MINI_JUMP_TO_TOP, .jump_target = 0};
    return n;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    // jit_compile [SECONDS [per-trace|batched]]
    double seconds = argc > 1 ? atof(argv[1]) : 1.0;
    const char *only = argc > 2 ? argv[2] : NULL;
    size_t total_uops = 0;
    for (int i = 0; i < TRACES; i++) {
        lengths[i] = make_trace(traces[i]);
        total_uops += lengths[i];
    }
    CodeArena *arena = mo_code_arena_new(0, 0);
    Emitter *e = arena ? mo_emit_new(&mini_stencils, arena) : NULL;
    if (!e) {
        fprintf(stderr, "jit_compile: cannot set up the JIT\n");
        return 1;
    }
    static JitCode codes[TRACES];

    // Warm up, and the checksum: bytes emitted for one pass over the traces.
    uint64_t checksum = 0;
    for (int i = 0; i < TRACES; i++) {
        if (mo_emit_trace(e, traces[i], lengths[i], 0, 0, &codes[i]) != MO_EMIT_OK) {
            fprintf(stderr, "jit_compile: trace %d: %s\n", i, mo_emit_strerror(mo_emit_last_error(e)->code));
            return 1;
        }
        checksum += codes[i].code_size * 1000003u + codes[i].data_size;
        mo_emit_free(e, &codes[i]);
    }

    const char *arch = mini_stencils.arch == MO_ARCH_X86_64 ? "x86-64" :
                       mini_stencils.arch == MO_ARCH_AARCH64 ? "AArch64" : "RISC-V64";
    printf("jit_compile (%s): %d traces, %.1f uops each on average\n", arch, TRACES,
           (double)total_uops / TRACES);
    for (int batched = 0; batched < 2; batched++) {
        if (only && strcmp(only, batched ? "batched" : "per-trace") != 0)
            continue;
        uint64_t uops = 0, code_bytes = 0, all_bytes = 0, traces_done = 0;
        double start = now(), end;
        do {
            for (int i = 0; i < TRACES; i++) {
                mo_emit_trace(e, traces[i], lengths[i], 0, batched ? MO_EMIT_NO_SEAL : 0, &codes[i]);
                uops += lengths[i];
                code_bytes += codes[i].code_size;
                all_bytes += codes[i].size;
                if (!batched)
                    mo_emit_free(e, &codes[i]);
            }
            if (batched) {
                mo_code_arena_seal(arena);
                for (int i = 0; i < TRACES; i++)
                    mo_emit_free(e, &codes[i]);
            }
            traces_done += TRACES;
            end = now();
        } while (end - start < seconds);
        double t = end - start;
        printf("  %-9s %6.1f ns/uop  %8.0f ns/trace  %7.0f MB/s of code  (%7.0f MB/s with data)\n",
               batched ? "batched" : "per-trace", t * 1e9 / (double)uops, t * 1e9 / (double)traces_done,
               (double)code_bytes / t / 1e6, (double)all_bytes / t / 1e6);
    }
    CodeArenaStats st;
    mo_code_arena_stats(arena, &st);
    printf("  arena: %zu regions, %zu KiB mapped, %zu mprotect calls\n", st.regions, st.mapped >> 10,
           st.protects);
    printf("checksum %llu\n", (unsigned long long)checksum);
    mo_emit_delete(e);
    mo_code_arena_delete(arena);
    return 0;
}

#else

int main(void)
{
    printf("jit_compile: JIT is off: clang-19 not found\nchecksum 0\n");
    return 0;
}

#endif
