// src/jit/patch.h — patching one hole: the per-architecture patch functions.
//
// A patch writes a value into an instruction (or data) field. It is plain
// byte manipulation, so every architecture's patcher is compiled on every
// host and unit-tested there (tests/unit/test_patch_<arch>.c); only running
// the result needs the real machine.
//
// Each call gets the field (`loc`, where to write; `pc`, the address it
// will execute at — the two differ only in tests) and the hole's symbol value
// S and addend A. Every relative patch checks its range, in release builds
// too. A target out of range becomes
//   - a veneer/trampoline (calls and jumps to runtime functions),
//   - a GOT slot (address loads: the value is stored in the trace's data and
//     loaded from there), or
//   - MO_PATCH_RANGE, and the trace is not compiled (the caller falls back
//     to the tier-2 interpreter and counts it). Never a wrong patch.
// The veneers and slots come from space the emitter reserved in the trace
// (Stencil.nveneers/nslots bound how many a stencil may need).
//
// Relaxations (a GOT load turned into a direct address computation, or the
// reverse) are the only instruction rewrites; each is documented at its
// patch function, with an ASCII diagram of the encodings involved.
//
// Read next: src/jit/patch_x86_64.c, patch_aarch64.c, patch_riscv64.c.
#ifndef MO_JIT_PATCH_H
#define MO_JIT_PATCH_H

#include <stddef.h>
#include <stdint.h>

#include "jit/stencil.h"

// Results of a patch function.
enum {
    MO_PATCH_OK = 0,
    MO_PATCH_RANGE = -1,        // the value does not fit and nothing can fix that
    MO_PATCH_BAD_INSN = -2,     // the instruction is not what the relocation implies
    MO_PATCH_NO_SPACE = -3,     // out of reserved veneer/slot space (a stencilgen bug)
    MO_PATCH_BAD_KIND = -4,     // not a kind of this architecture
    MO_PATCH_BAD_PAIR = -5,     // a low half whose high half was not patched first
    MO_PATCH_ALIGN = -6,        // a scaled field whose value is misaligned
};

// Bytes one veneer/trampoline takes, per architecture (a multiple of 8).
#define MO_PATCH_VENEER_SIZE_X86_64 16
#define MO_PATCH_VENEER_SIZE_AARCH64 16
#define MO_PATCH_VENEER_SIZE_RISCV64 24
#define MO_PATCH_VENEER_SIZE_MAX 24

// How the high half of a pair was patched, for its low half.
enum {
    PAIR_UNSET = 0,
    PAIR_PCREL,     // PC-relative to `target`
    PAIR_ABSOLUTE,  // absolute `target` (RISC-V auipc rewritten to lui)
    PAIR_SLOT,      // PC-relative to a GOT slot at `target` holding the value
};

typedef struct PairState {
    uint64_t target;    // the address (or value) the pair computes
    uint64_t hi_pc;     // where the high instruction runs
    uint32_t stencil;   // PatchContext.stencil when it was set
    uint16_t mode;      // PAIR_*
    uint16_t got;       // the high half was a GOT load (its low half a `ld`)
} PairState;

// Where veneers and GOT slots go, and the pair results of the stencil being
// patched. The emitter sets one up per trace.
typedef struct PatchContext {
    uint8_t *veneer_at;     // next free veneer byte (writable)
    uint64_t veneer_pc;     // the address it runs at
    size_t veneer_left;     // bytes left
    uint8_t *slot_at;       // next free 8-byte GOT slot (writable)
    uint64_t slot_pc;
    size_t slot_left;
    // A few recent veneers and slots, reused for the same target.
    uint64_t recent_veneer_target[4];
    uint64_t recent_veneer_pc[4];
    uint64_t recent_slot_value[4];
    uint64_t recent_slot_pc[4];
    unsigned recent_veneer_next, recent_slot_next;
    unsigned recent_veneers, recent_slots;
    uint32_t stencil;       // counts stencils, so stale pair results are ignored
    PairState pairs[MO_STENCIL_MAX_HOLES];
} PatchContext;

typedef struct PatchSite {
    uint8_t *loc;       // the field's first byte (for RISC-V CALL: the auipc)
    uint64_t pc;        // the address `loc` runs at: P
    uint64_t symbol;    // S
    int64_t addend;     // A
    unsigned kind;      // PatchKind
    unsigned index;     // this hole's index in its stencil
    unsigned pair;      // the partner's index, or MO_HOLE_NO_PAIR
} PatchSite;

// Prepares a context whose veneers and slots come from the given areas.
void mo_patch_context_init(PatchContext *ctx, uint8_t *veneers, uint64_t veneers_pc,
                           size_t veneers_size, uint8_t *slots, uint64_t slots_pc,
                           size_t slots_size);

// Called before each stencil: pair results of the previous one become stale.
static inline void mo_patch_context_next_stencil(PatchContext *ctx) { ctx->stencil++; }

// Records / looks up the result of a pair's high half.
static inline void mo_patch_set_pair(PatchContext *ctx, unsigned index, unsigned mode, int got,
                                     uint64_t target, uint64_t hi_pc)
{
    PairState *p = &ctx->pairs[index];
    p->mode = (uint16_t)mode;
    p->got = (uint16_t)got;
    p->target = target;
    p->hi_pc = hi_pc;
    p->stencil = ctx->stencil;
}
static inline const PairState *mo_patch_get_pair(const PatchContext *ctx, unsigned pair)
{
    if (pair >= MO_STENCIL_MAX_HOLES || ctx->pairs[pair].stencil != ctx->stencil ||
        ctx->pairs[pair].mode == PAIR_UNSET)
        return NULL;
    return &ctx->pairs[pair];
}

// Patches one hole. Returns MO_PATCH_OK or a negative MO_PATCH_* code.
int mo_patch_x86_64_apply(PatchContext *ctx, const PatchSite *site);
int mo_patch_aarch64_apply(PatchContext *ctx, const PatchSite *site);
int mo_patch_riscv64_apply(PatchContext *ctx, const PatchSite *site);

// A short name for a MO_PATCH_* result, for messages and stats.
const char *mo_patch_strerror(int code);

// ---- helpers shared by the patchers (little-endian field access).
static inline uint32_t mo_patch_read32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline void mo_patch_write32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}
static inline uint16_t mo_patch_read16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline void mo_patch_write16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static inline void mo_patch_write64(uint8_t *p, uint64_t v)
{
    mo_patch_write32(p, (uint32_t)v);
    mo_patch_write32(p + 4, (uint32_t)(v >> 32));
}
static inline uint64_t mo_patch_read64(const uint8_t *p)
{
    return (uint64_t)mo_patch_read32(p) | (uint64_t)mo_patch_read32(p + 4) << 32;
}
// True when `v` is representable as a signed `bits`-bit integer.
static inline int mo_patch_fits_signed(int64_t v, unsigned bits)
{
    return v >= -(INT64_C(1) << (bits - 1)) && v < (INT64_C(1) << (bits - 1));
}

// Allocates a veneer of `size` bytes (or reuses one to the same target):
// returns its writable bytes and run address, or NULL when out of space.
// `*fresh` says whether the caller must fill it in.
uint8_t *mo_patch_take_veneer(PatchContext *ctx, uint64_t target, size_t size, uint64_t *pc,
                              int *fresh);
// Allocates a GOT slot holding `value` (or reuses one): returns its run
// address, or 0 when out of space.
uint64_t mo_patch_take_slot(PatchContext *ctx, uint64_t value);

#endif
