// src/jit/emit.c — copy-and-patch: turns a trace into machine code.
//
// Two passes. The first sums sizes and decides where everything goes; the
// second copies each stencil into one arena block and patches its holes.
// The only allocation per trace is that block.
//
// The layout of a compiled trace (one arena block):
//
//   +--------------------+  entry: called from C
//   | shim               |  saves callee-saved registers, calls uop 0
//   | uop 0              |  ┐
//   | uop 1              |  │ hot path: each stencil falls through to the
//   | …                  |  │ next (stencilgen removed the trailing jump)
//   | uop n-1            |  ┘ (JUMP_TO_TOP closes a loop: jumps to uop 0)
//   | exit/deopt/error   |  cold: one stub per uop that can leave, holding
//   |   stubs            |  that uop's tier-1 target; each returns to the shim
//   | veneers            |  trampolines to far runtime functions (if any)
//   | GOT slots          |  8-byte values loaded by GOT-style holes (if any)
//   | data               |  the stencils' .rodata (one copy per stencil kind
//   +--------------------+  unless it holds holes)
//
// Everything a relative hole reaches is inside this block except runtime
// functions (veneers cover those) and runtime data (absolute or GOT), so
// every relative patch is in range by construction — and checked anyway.
//
// Read next: src/jit/patch_<arch>.c, src/jit/jit.c.
#include "jit/emit.h"

#include <stdlib.h>
#include <string.h>

#include "jit/patch.h"

// The largest trace block: well inside every branch range we use for jumps
// between stencils (AArch64 CONDBR19: ±1 MiB is the tightest; a trace that
// large would fail to patch cleanly anyway).
#define MAX_BLOCK ((size_t)64 << 20)

// Extra stencil indices after the uops, for sharing data per trace.
enum { EXTRA_SHIM, EXTRA_EXIT, EXTRA_DEOPT, EXTRA_ERROR, EXTRA_COUNT };

// What one uop adds to a trace in pass 1, computed once per stencil set:
// its code and its stubs' code, and the worst-case GOT slots and veneers of
// both. `usable` is 0 for a uop without a stencil or with a missing stub.
typedef struct UopCost {
    uint32_t code;          // its own code
    uint32_t stubs;         // its exit/deopt/error stubs' code
    uint16_t slots;
    uint16_t veneers;
    uint8_t usable;
    uint8_t has_data;       // it or one of its stubs has .rodata
} UopCost;

struct Emitter {
    const StencilSet *set;
    CodeArena *arena;
    int (*apply)(PatchContext *, const PatchSite *);
    size_t veneer_size;
    uint32_t *offsets;      // [MO_EMIT_MAX_TRACE + 1] code offset of each uop
    uint32_t *data_offsets; // [MO_EMIT_MAX_TRACE] per-uop data copy (data with holes)
    uint32_t *shared_data;  // [nuops + EXTRA_COUNT] shared data copy per stencil
    uint32_t *reserved;     // [nuops + EXTRA_COUNT] == stamp: shared copy reserved
    uint32_t *copied;       // [nuops + EXTRA_COUNT] == stamp: shared copy written
    UopCost *costs;         // [nuops] pass-1 sums per uop, stubs included
    uint32_t stamp;
    uint8_t *last_base;
    size_t last_n;
    EmitError error;
    PatchContext patch;
};

static size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

Emitter *mo_emit_new(const StencilSet *set, CodeArena *arena)
{
    Emitter *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->set = set;
    e->arena = arena;
    switch (set->arch) {
    case MO_ARCH_X86_64:
        e->apply = mo_patch_x86_64_apply;
        e->veneer_size = MO_PATCH_VENEER_SIZE_X86_64;
        break;
    case MO_ARCH_AARCH64:
        e->apply = mo_patch_aarch64_apply;
        e->veneer_size = MO_PATCH_VENEER_SIZE_AARCH64;
        break;
    default:
        e->apply = mo_patch_riscv64_apply;
        e->veneer_size = MO_PATCH_VENEER_SIZE_RISCV64;
        break;
    }
    size_t kinds = set->nuops + EXTRA_COUNT;
    e->offsets = calloc(MO_EMIT_MAX_TRACE + 1, sizeof *e->offsets);
    e->data_offsets = calloc(MO_EMIT_MAX_TRACE, sizeof *e->data_offsets);
    e->shared_data = calloc(kinds, sizeof *e->shared_data);
    e->reserved = calloc(kinds, sizeof *e->reserved);
    e->copied = calloc(kinds, sizeof *e->copied);
    e->costs = calloc(set->nuops ? set->nuops : 1, sizeof *e->costs);
    if (!e->offsets || !e->data_offsets || !e->shared_data || !e->reserved || !e->copied || !e->costs) {
        mo_emit_delete(e);
        return NULL;
    }
    const Stencil *stubs[3] = {set->stub_exit, set->stub_deopt, set->stub_error};
    static const unsigned uses[3] = {STENCIL_USES_EXIT, STENCIL_USES_DEOPT, STENCIL_USES_ERROR};
    for (unsigned op = 0; op < set->nuops; op++) {
        const Stencil *st = &set->uops[op];
        UopCost *c = &e->costs[op];
        if (!(st->flags & STENCIL_DEFINED))
            continue;
        c->usable = 1;
        c->code = st->code_size;
        c->slots = st->nslots;
        c->veneers = st->nveneers;
        c->has_data = st->data_size != 0;
        for (int k = 0; k < 3; k++) {
            if (!(st->flags & uses[k]))
                continue;
            if (!stubs[k] || (stubs[k]->flags & STENCIL_FALLS_THROUGH)) {
                c->usable = 0;
                continue;
            }
            c->stubs += stubs[k]->code_size;
            c->slots += stubs[k]->nslots;
            c->veneers += stubs[k]->nveneers;
            c->has_data |= stubs[k]->data_size != 0;
        }
    }
    return e;
}

void mo_emit_delete(Emitter *e)
{
    if (!e)
        return;
    free(e->offsets);
    free(e->data_offsets);
    free(e->shared_data);
    free(e->reserved);
    free(e->copied);
    free(e->costs);
    free(e);
}

static int fail(Emitter *e, int code, int patch, size_t uop, unsigned hole)
{
    e->error = (EmitError){code, patch, (unsigned)uop, hole};
    return code;
}

// Pass 1 for one stencil's data: reserve its copy (shared per trace unless
// its data has holes, then one per instance).
static int reserve_data(Emitter *e, const Stencil *st, size_t kind, size_t index, size_t *data_size,
                        size_t *align)
{
    if (!st->data_size)
        return MO_EMIT_OK;
    size_t a = st->data_align ? st->data_align : 1;
    if (a > *align)
        *align = a;
    if (st->ndata_holes) {
        if (index == (size_t)-1)
            return MO_EMIT_NO_STENCIL;  // a stub or shim whose data has holes: unsupported
        *data_size = round_up(*data_size, a);
        e->data_offsets[index] = (uint32_t)*data_size;
        *data_size += st->data_size;
    } else if (e->reserved[kind] != e->stamp) {
        e->reserved[kind] = e->stamp;
        *data_size = round_up(*data_size, a);
        e->shared_data[kind] = (uint32_t)*data_size;
        *data_size += st->data_size;
    }
    return MO_EMIT_OK;
}

// What one trace needs while its stencils are written.
typedef struct TraceState {
    const JitInst *trace;
    size_t n;
    uint8_t *base;
    uint64_t base_pc;
    size_t data_start;      // offset of the data area in the block
    uint64_t executor;
    uint64_t stub_pc[3];    // this uop's exit, deopt and error stubs
} TraceState;

// Pass 2 for one stencil: copy code (and data), patch every hole.
static int write_stencil(Emitter *e, TraceState *t, const Stencil *st, size_t kind, size_t code_off,
                         const JitInst *inst, size_t index)
{
    uint8_t *code = t->base + code_off;
    uint64_t code_pc = t->base_pc + code_off;
    if (st->code_size)  // (an empty stencil, such as NOP, has no array)
        memcpy(code, st->code, st->code_size);

    uint8_t *data = NULL;
    uint64_t data_pc = 0;
    if (st->data_size) {
        size_t off = t->data_start + (st->ndata_holes ? e->data_offsets[index] : e->shared_data[kind]);
        data = t->base + off;
        data_pc = t->base_pc + off;
        if (st->ndata_holes || e->copied[kind] != e->stamp) {
            memcpy(data, st->data, st->data_size);
            e->copied[kind] = e->stamp;
        }
    }

    mo_patch_context_next_stencil(&e->patch);
    unsigned nholes = st->nholes + st->ndata_holes;
    for (unsigned k = 0; k < nholes; k++) {
        int in_data = k >= st->nholes;
        const Hole *h = in_data ? &st->data_holes[k - st->nholes] : &st->holes[k];
        uint64_t S;
        switch (h->value) {
        case HOLE_CODE:
            S = code_pc;
            break;
        case HOLE_DATA:
            S = data_pc;
            break;
        case HOLE_EXTERN:
            if (h->symbol >= e->set->nsymbols)
                return fail(e, MO_EMIT_NO_STENCIL, 0, index, k);
            S = (uint64_t)(uintptr_t)e->set->symbols[h->symbol];
            break;
        case HOLE_OPARG:
            S = inst->oparg;
            break;
        case HOLE_TARGET:
            S = inst->target;
            break;
        case HOLE_OPERAND0:
            S = inst->operand0;
            break;
        case HOLE_OPERAND1:
            S = inst->operand1;
            break;
        case HOLE_EXECUTOR:
            S = t->executor;
            break;
        case HOLE_CONTINUE:
            S = code_pc + st->code_size;
            break;
        case HOLE_JUMP_TARGET:
            if (inst->jump_target >= t->n)
                return fail(e, MO_EMIT_BAD_TRACE, 0, index, k);
            S = t->base_pc + e->offsets[inst->jump_target];
            break;
        case HOLE_EXIT:
        case HOLE_DEOPT:
        case HOLE_ERROR_TARGET:
            S = t->stub_pc[h->value == HOLE_EXIT ? 0 : h->value == HOLE_DEOPT ? 1 : 2];
            if (!S)
                return fail(e, MO_EMIT_NO_STENCIL, 0, index, k);
            break;
        default:
            return fail(e, MO_EMIT_NO_STENCIL, 0, index, k);
        }
        PatchSite site = {
            .loc = (in_data ? data : code) + h->offset,
            .pc = (in_data ? data_pc : code_pc) + h->offset,
            .symbol = S,
            .addend = h->addend,
            .kind = h->kind,
            .index = k,
            .pair = h->pair,
        };
        int rc = e->apply(&e->patch, &site);
        if (rc != MO_PATCH_OK)
            return fail(e, MO_EMIT_PATCH, rc, index, k);
    }
    return MO_EMIT_OK;
}

int mo_emit_trace(Emitter *e, const JitInst *trace, size_t n, uint64_t executor, int flags,
                  JitCode *out)
{
    const StencilSet *set = e->set;
    e->error = (EmitError){0, 0, 0, 0};
    e->last_base = NULL;
    if (set->arch != MO_ARCH_HOST && !(flags & MO_EMIT_FOREIGN))
        return fail(e, MO_EMIT_WRONG_ARCH, 0, 0, 0);
    if (n == 0 || n > MO_EMIT_MAX_TRACE)
        return fail(e, n ? MO_EMIT_TOO_LONG : MO_EMIT_BAD_TRACE, 0, 0, 0);
    if (!set->shim)
        return fail(e, MO_EMIT_NO_STENCIL, 0, 0, 0);
    const Stencil *stubs[3] = {set->stub_exit, set->stub_deopt, set->stub_error};
    static const unsigned uses[3] = {STENCIL_USES_EXIT, STENCIL_USES_DEOPT, STENCIL_USES_ERROR};

    // ---- Pass 1: where everything goes.
    if (++e->stamp == 0)
        e->stamp = 1;
    size_t pos = set->shim->code_size, stub_bytes = 0, data_size = 0, align = 16;
    size_t nslots = set->shim->nslots, nveneers = set->shim->nveneers;
    if (reserve_data(e, set->shim, set->nuops + EXTRA_SHIM, (size_t)-1, &data_size, &align))
        return fail(e, MO_EMIT_NO_STENCIL, 0, 0, 0);
    for (size_t i = 0; i < n; i++) {
        unsigned op = trace[i].opcode;
        const UopCost *c = op < set->nuops ? &e->costs[op] : NULL;
        if (!c || !c->usable)
            return fail(e, MO_EMIT_NO_STENCIL, 0, i, 0);
        e->offsets[i] = (uint32_t)pos;
        pos += c->code;
        stub_bytes += c->stubs;
        nslots += c->slots;
        nveneers += c->veneers;
        if (c->has_data) {
            const Stencil *st = &set->uops[op];
            if (reserve_data(e, st, op, i, &data_size, &align))
                return fail(e, MO_EMIT_NO_STENCIL, 0, i, 0);
            for (int s = 0; s < 3; s++)
                if ((st->flags & uses[s]) && reserve_data(e, stubs[s], set->nuops + EXTRA_EXIT + (size_t)s,
                                                          (size_t)-1, &data_size, &align))
                    return fail(e, MO_EMIT_NO_STENCIL, 0, i, 0);
        }
    }
    if (pos + stub_bytes > MAX_BLOCK)
        return fail(e, MO_EMIT_TOO_LONG, 0, 0, 0);
    e->offsets[n] = (uint32_t)pos;
    // The last uop must not fall through: past it lie the stubs.
    if (set->uops[trace[n - 1].opcode].flags & STENCIL_FALLS_THROUGH)
        return fail(e, MO_EMIT_BAD_TRACE, 0, n - 1, 0);
    size_t code_size = pos + stub_bytes;
    size_t veneer_off = round_up(code_size, 8);
    size_t slot_off = veneer_off + nveneers * e->veneer_size;
    size_t data_off = round_up(slot_off + nslots * 8, align);
    size_t total = data_off + data_size;
    if (total > MAX_BLOCK)
        return fail(e, MO_EMIT_TOO_LONG, 0, 0, 0);

    // ---- Pass 2: copy and patch.
    uint8_t *base = mo_code_arena_alloc(e->arena, total);
    if (!base)
        return fail(e, MO_EMIT_NO_MEMORY, 0, 0, 0);
    // What lies between the code and the data (padding, veneer and slot
    // space) starts as zeros, not as whatever the block held before.
    memset(base + code_size, 0, total - code_size);
    TraceState t = {trace, n, base, (uint64_t)(uintptr_t)base, data_off, executor, {0, 0, 0}};
    mo_patch_context_init(&e->patch, base + veneer_off, t.base_pc + veneer_off, nveneers * e->veneer_size,
                          base + slot_off, t.base_pc + slot_off, nslots * 8);
    static const JitInst none;
    int rc = write_stencil(e, &t, set->shim, set->nuops + EXTRA_SHIM, 0, &none, (size_t)-1);
    size_t stub_at = pos;
    for (size_t i = 0; i < n && rc == MO_EMIT_OK; i++) {
        const Stencil *st = &set->uops[trace[i].opcode];
        t.stub_pc[0] = t.stub_pc[1] = t.stub_pc[2] = 0;
        unsigned leaves = st->flags & (STENCIL_USES_EXIT | STENCIL_USES_DEOPT | STENCIL_USES_ERROR);
        for (int s = 0; s < 3 && rc == MO_EMIT_OK && leaves; s++) {
            if (!(st->flags & uses[s]))
                continue;
            t.stub_pc[s] = t.base_pc + stub_at;
            rc = write_stencil(e, &t, stubs[s], set->nuops + EXTRA_EXIT + (size_t)s, stub_at, &trace[i], i);
            stub_at += stubs[s]->code_size;
        }
        if (rc == MO_EMIT_OK)
            rc = write_stencil(e, &t, st, trace[i].opcode, e->offsets[i], &trace[i], i);
    }
    if (rc != MO_EMIT_OK) {
        mo_code_arena_free(e->arena, base, total);
        // The allocation made pages writable that other, live traces may
        // share: they must be executable again before anything runs.
        if (!(flags & MO_EMIT_NO_SEAL))
            mo_code_arena_seal(e->arena);
        return rc;
    }
    if (!(flags & MO_EMIT_NO_SEAL) && mo_code_arena_seal(e->arena) != 0) {
        mo_code_arena_free(e->arena, base, total);
        return fail(e, MO_EMIT_NO_MEMORY, 0, 0, 0);
    }
    e->last_base = base;
    e->last_n = n;
    out->memory = base;
    out->size = total;
    out->entry = base;
    out->code_size = code_size;
    out->data_size = total - code_size;
    return MO_EMIT_OK;
}

void mo_emit_free(Emitter *e, JitCode *code)
{
    if (code->memory)
        mo_code_arena_free(e->arena, code->memory, code->size);
    code->memory = code->entry = NULL;
}

const EmitError *mo_emit_last_error(const Emitter *e)
{
    return &e->error;
}

const void *mo_emit_uop_address(const Emitter *e, size_t index)
{
    if (!e->last_base || index > e->last_n)
        return NULL;
    return e->last_base + e->offsets[index];
}

const char *mo_emit_strerror(int code)
{
    switch (code) {
    case MO_EMIT_OK:
        return "ok";
    case MO_EMIT_TOO_LONG:
        return "trace too long";
    case MO_EMIT_NO_STENCIL:
        return "a uop has no usable stencil";
    case MO_EMIT_BAD_TRACE:
        return "malformed trace (jump target out of range, or it runs off its end)";
    case MO_EMIT_NO_MEMORY:
        return "out of executable memory";
    case MO_EMIT_PATCH:
        return "a hole could not be patched";
    case MO_EMIT_WRONG_ARCH:
        return "stencils of another architecture";
    default:
        return "unknown emit error";
    }
}
