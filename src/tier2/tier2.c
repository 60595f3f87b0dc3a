// src/tier2/tier2.c — executors: where traces live and how tier 1 runs them.
//
// Each code object that has hot loops owns a Tier2Code: a table of
// executors, one per traced back edge. An executor holds its uop trace (for
// the tier-2 interpreter, and to re-JIT or debug) and, when the JIT compiled
// it, the machine code. ENTER_EXECUTOR's oparg is the executor's index.
//
// Statistics for -X jit-stats are kept here (tier 2) and in src/jit/jit.c
// (the compiler).
#include "tier2/tier2.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gen/opcodes.h"
#include "jit/jit.h"
#include "objects/code.h"
#include "objects/str.h"
#include "runtime/error.h"
#include "tier2/interp.h"
#include "tier2/record.h"
#include "vm/state.h"

int mo_jit_mode = MO_JIT_OFF;
uint32_t mo_tier2_threshold = UINT32_MAX;
bool mo_tier2_dump;

Tier2Stats mo_tier2_stats;

typedef struct Executor {
    JitInst *trace;
    size_t n;
    JitExecutor *jit;       // NULL: runs in the tier-2 interpreter
    uint32_t loop_head;     // where the trace starts (tier-1 offset)
    uint32_t backedge;      // the JUMP_BACKWARD it replaced
    uint32_t backedge_word; // that instruction word, to restore it
    uint64_t runs;
} Executor;

typedef struct Tier2Code {
    Executor *executors;
    uint32_t n, cap;
} Tier2Code;

static void dump_trace(CodeObject *code, const Executor *e) {
    fprintf(stderr, "trace: %s line %d (loop at offset %u), %zu uops, %s\n", mo_str_data(code->name),
            code->lines[e->loop_head], e->loop_head, e->n, e->jit ? "JIT code" : "uop interpreter");
    for (size_t i = 0; i < e->n; i++) {
        const JitInst *u = &e->trace[i];
        fprintf(stderr, "  %3zu  %-22s oparg %-4u target %u (line %d)\n", i, mo_uop_names[u->opcode], u->oparg,
                u->target, code->lines[u->target]);
    }
}

int mo_tier2_backedge(Frame *frame, uint32_t *instr) {
    if (mo_jit_mode == MO_JIT_OFF)
        return MO_TIER2_CONTINUE;
    return mo_tier2_record_start(frame, instr) ? MO_TIER2_RECORD : MO_TIER2_CONTINUE;
}

// Turns a finished trace into an executor and installs ENTER_EXECUTOR.
void mo_tier2_install(CodeObject *code, uint32_t backedge, uint32_t loop_head, const JitInst *trace, size_t n) {
    Tier2Code *t = code->tier2;
    if (!t) {
        t = calloc(1, sizeof *t);
        if (!t)
            return;
        code->tier2 = t;
    }
    if (t->n == t->cap) {
        uint32_t ncap = t->cap ? t->cap * 2 : 4;
        Executor *p = realloc(t->executors, ncap * sizeof *p);
        if (!p)
            return;
        t->executors = p;
        t->cap = ncap;
    }
    if (t->n >= (1u << 24))
        return;
    JitInst *copy = malloc(n * sizeof *copy);
    if (!copy)
        return;
    memcpy(copy, trace, n * sizeof *copy);
    Executor *e = &t->executors[t->n];
    *e = (Executor){copy, n, NULL, loop_head, backedge, code->code[backedge], 0};
    if (mo_jit_mode == MO_JIT_ON)
        e->jit = mo_jit_compile(copy, n);
    if (mo_tier2_dump)
        dump_trace(code, e);
    code->code[backedge] = (uint32_t)OP_ENTER_EXECUTOR | (t->n << 8);
    t->n++;
    mo_tier2_stats.executors++;
    mo_tier2_stats.uops += n;
    if (e->jit)
        mo_tier2_stats.jitted++;
}

int mo_tier2_enter(Frame *frame, uint32_t index, uint32_t **ip, Value **sp) {
    CodeObject *code = mo_frame_code(frame);
    Tier2Code *t = code->tier2;
    Executor *e = &t->executors[index];
    e->runs++;
    mo_tier2_stats.entries++;
    JitExit x = e->jit ? mo_jit_execute(e->jit, frame, *sp) : mo_tier2_run(e->trace, e->n, frame, *sp);
    mo_tier2_stats.exits[x.kind]++;
    *sp = x.sp;
    if (x.kind == MO_JIT_EXIT_ERROR) {
        *ip = code->code + x.target + 1;
        return -1;
    }
    *ip = code->code + x.target;
    return 0;
}

void mo_tier2_free_code(void *tier2) {
    Tier2Code *t = tier2;
    if (!t)
        return;
    for (uint32_t i = 0; i < t->n; i++) {
        free(t->executors[i].trace);
        if (t->executors[i].jit)
            mo_jit_free(t->executors[i].jit);
    }
    free(t->executors);
    free(t);
}

void mo_tier2_print_stats(FILE *out) {
    Tier2Stats *s = &mo_tier2_stats;
    fprintf(out, "tier 2 threshold:    %u back edges\n", mo_tier2_threshold);
    fprintf(out, "traces recorded:     %llu (%llu abandoned)\n", (unsigned long long)s->recorded,
            (unsigned long long)s->abandoned);
    fprintf(out, "executors:           %llu (%llu uops; %llu JIT-compiled, %llu in the uop interpreter)\n",
            (unsigned long long)s->executors, (unsigned long long)s->uops, (unsigned long long)s->jitted,
            (unsigned long long)(s->executors - s->jitted));
    fprintf(out, "executor entries:    %llu\n", (unsigned long long)s->entries);
    fprintf(out, "exits:               %llu side, %llu deopt, %llu error\n", (unsigned long long)s->exits[0],
            (unsigned long long)s->exits[1], (unsigned long long)s->exits[2]);
    if (mo_jit_mode == MO_JIT_ON) {
        if (mo_jit_available())
            mo_jit_print_stats(out);
        else
            fprintf(out, "jit:                 %s\n", mo_jit_unavailable_reason());
    }
}
