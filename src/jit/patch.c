// src/jit/patch.c — what the per-architecture patchers share: the veneer
// and GOT-slot areas of the trace being emitted.
//
// Both areas are bump-allocated from space the emitter reserved (the
// worst case stencilgen computed). A few recent targets are remembered so
// that, say, ten calls to the same runtime function out of range share one
// veneer instead of taking ten.
//
// Read next: src/jit/patch_x86_64.c.
#include "jit/patch.h"

#include <string.h>

void mo_patch_context_init(PatchContext *ctx, uint8_t *veneers, uint64_t veneers_pc,
                           size_t veneers_size, uint8_t *slots, uint64_t slots_pc, size_t slots_size)
{
    ctx->veneer_at = veneers;
    ctx->veneer_pc = veneers_pc;
    ctx->veneer_left = veneers_size;
    ctx->slot_at = slots;
    ctx->slot_pc = slots_pc;
    ctx->slot_left = slots_size;
    ctx->recent_veneer_next = ctx->recent_slot_next = 0;
    ctx->recent_veneers = ctx->recent_slots = 0;
    // Pair results are keyed by `stencil`; starting a fresh epoch is enough
    // (the array itself is not cleared: that would cost 24 KiB per trace).
    ctx->stencil++;
}

uint8_t *mo_patch_take_veneer(PatchContext *ctx, uint64_t target, size_t size, uint64_t *pc,
                              int *fresh)
{
    for (unsigned i = 0; i < ctx->recent_veneers; i++)
        if (ctx->recent_veneer_target[i] == target) {
            *pc = ctx->recent_veneer_pc[i];
            *fresh = 0;
            return ctx->veneer_at;  // not written to: the caller only needs *pc
        }
    if (ctx->veneer_left < size)
        return NULL;
    uint8_t *at = ctx->veneer_at;
    *pc = ctx->veneer_pc;
    *fresh = 1;
    ctx->veneer_at += size;
    ctx->veneer_pc += size;
    ctx->veneer_left -= size;
    unsigned k = ctx->recent_veneer_next++ % 4;
    ctx->recent_veneer_target[k] = target;
    ctx->recent_veneer_pc[k] = *pc;
    if (ctx->recent_veneers < 4)
        ctx->recent_veneers++;
    return at;
}

uint64_t mo_patch_take_slot(PatchContext *ctx, uint64_t value)
{
    for (unsigned i = 0; i < ctx->recent_slots; i++)
        if (ctx->recent_slot_value[i] == value)
            return ctx->recent_slot_pc[i];
    if (ctx->slot_left < 8)
        return 0;
    uint64_t pc = ctx->slot_pc;
    mo_patch_write64(ctx->slot_at, value);
    ctx->slot_at += 8;
    ctx->slot_pc += 8;
    ctx->slot_left -= 8;
    unsigned k = ctx->recent_slot_next++ % 4;
    ctx->recent_slot_value[k] = value;
    ctx->recent_slot_pc[k] = pc;
    if (ctx->recent_slots < 4)
        ctx->recent_slots++;
    return pc;
}

const char *mo_patch_strerror(int code)
{
    switch (code) {
    case MO_PATCH_OK:
        return "ok";
    case MO_PATCH_RANGE:
        return "value out of range";
    case MO_PATCH_BAD_INSN:
        return "unexpected instruction at a hole";
    case MO_PATCH_NO_SPACE:
        return "out of veneer or GOT-slot space";
    case MO_PATCH_BAD_KIND:
        return "relocation kind of another architecture";
    case MO_PATCH_BAD_PAIR:
        return "low half patched before its high half";
    case MO_PATCH_ALIGN:
        return "misaligned value for a scaled field";
    default:
        return "unknown patch error";
    }
}
