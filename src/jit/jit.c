// src/jit/jit.c — executors: compiling uop traces with the stencils of this
// build, running them, and the JIT's statistics.
//
// One code arena and one emitter serve the whole process (Mosaic runs one
// thread). A trace that cannot be compiled — a uop without a stencil, a
// value out of a patch's range, no memory — returns NULL; tier 2 then runs
// it in its interpreter, and `failed` counts it.
//
// Read next: src/jit/emit.c (the compiler), src/jit/uop_ops.h (how a trace
// leaves).
#include "jit/jit.h"

#include <stdlib.h>
#include <time.h>

#include "jit/perf_map.h"
#include "jit/uop_ops.h"

struct JitExecutor {
    JitCode code;
    size_t nuops;
};

typedef JitReturn (*TraceFn)(Frame *frame, Value *sp, ThreadState *ts);

static JitStats stats;
static CodeArena *arena;
static Emitter *emitter;

int mo_jit_available(void)
{
    return mo_jit_unavailable_reason() == NULL;
}

const char *mo_jit_unavailable_reason(void)
{
    if (!MO_JIT_ENABLED)
        return "JIT is off: clang-19 not found";
    const StencilSet *set = mo_stencils_host();
    if (!set || set->arch != MO_ARCH_HOST)
        return "JIT is off: no stencils for this machine";
    return NULL;
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static void count_failure(int code)
{
    stats.failed++;
    unsigned k = (unsigned)-code;
    if (k < sizeof stats.failed_by / sizeof *stats.failed_by)
        stats.failed_by[k]++;
}

// One perf map line per uop, and one for the cold part of the trace.
static void register_with_perf(const JitExecutor *ex, const JitInst *trace, size_t n)
{
    const StencilSet *set = mo_stencils_host();
    const uint8_t *end = mo_emit_uop_address(emitter, n);
    mo_perf_map_add(ex->code.entry, (size_t)((const uint8_t *)mo_emit_uop_address(emitter, 0) -
                                             (const uint8_t *)ex->code.entry),
                    "mosaic:%llu:shim", (unsigned long long)stats.compiled);
    for (size_t i = 0; i < n; i++) {
        const uint8_t *at = mo_emit_uop_address(emitter, i);
        const uint8_t *next = mo_emit_uop_address(emitter, i + 1);
        mo_perf_map_add(at, (size_t)(next - at), "mosaic:%llu:%zu:%s", (unsigned long long)stats.compiled,
                        i, set->uop_names[trace[i].opcode] ? set->uop_names[trace[i].opcode] : "?");
    }
    mo_perf_map_add(end, (size_t)((const uint8_t *)ex->code.entry + ex->code.code_size - end),
                    "mosaic:%llu:exits", (unsigned long long)stats.compiled);
}

JitExecutor *mo_jit_compile(const JitInst *trace, size_t n)
{
    if (!mo_jit_available()) {
        count_failure(MO_EMIT_NO_STENCIL);
        return NULL;
    }
    uint64_t start = now_ns();
    if (!emitter) {
        arena = mo_code_arena_new(0, 0);
        emitter = arena ? mo_emit_new(mo_stencils_host(), arena) : NULL;
        if (!emitter) {
            count_failure(MO_EMIT_NO_MEMORY);
            return NULL;
        }
    }
    JitExecutor *ex = malloc(sizeof *ex);
    if (!ex) {
        count_failure(MO_EMIT_NO_MEMORY);
        return NULL;
    }
    int rc = mo_emit_trace(emitter, trace, n, (uint64_t)(uintptr_t)ex, 0, &ex->code);
    if (rc != MO_EMIT_OK) {
        free(ex);
        count_failure(rc);
        return NULL;
    }
    ex->nuops = n;
    if (mo_perf_map_enabled())
        register_with_perf(ex, trace, n);
    stats.compiled++;
    stats.uops += n;
    stats.code_bytes += ex->code.code_size;
    stats.data_bytes += ex->code.data_size;
    stats.compile_ns += now_ns() - start;
    return ex;
}

JitExit mo_jit_execute(JitExecutor *ex, Frame *frame, Value *sp)
{
    stats.executions++;
    JitReturn r = ((TraceFn)ex->code.entry)(frame, sp, mo_ts);
    JitExit e = {(int)(r & 3), (uint32_t)(r >> 2), frame->sp};
    if (e.kind <= MO_JIT_EXIT_ERROR)
        stats.exits[e.kind]++;
    return e;
}

void mo_jit_free(JitExecutor *ex)
{
    if (!ex)
        return;
    mo_emit_free(emitter, &ex->code);
    free(ex);
}

const JitStats *mo_jit_stats(void)
{
    return &stats;
}

void mo_jit_print_stats(FILE *out)
{
    const char *why = mo_jit_unavailable_reason();
    if (why) {
        fprintf(out, "jit: %s\n", why);
        return;
    }
    fprintf(out, "jit: %llu traces compiled (%llu uops), %llu refused\n",
            (unsigned long long)stats.compiled, (unsigned long long)stats.uops,
            (unsigned long long)stats.failed);
    fprintf(out, "jit: %llu bytes of code, %llu of data, %.3f ms compiling",
            (unsigned long long)stats.code_bytes, (unsigned long long)stats.data_bytes,
            (double)stats.compile_ns / 1e6);
    if (stats.compile_ns)
        fprintf(out, " (%.0f MB/s)", (double)stats.code_bytes * 1e3 / (double)stats.compile_ns);
    fprintf(out, "\njit: %llu executions; exits: %llu side, %llu deopt, %llu error\n",
            (unsigned long long)stats.executions, (unsigned long long)stats.exits[0],
            (unsigned long long)stats.exits[1], (unsigned long long)stats.exits[2]);
}
