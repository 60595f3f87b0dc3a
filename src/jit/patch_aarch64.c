// src/jit/patch_aarch64.c — patch functions for AArch64 (ELF for the Arm
// 64-bit Architecture, "Relocation"; Arm ARM for the encodings).
//
//   kind                       writes                           patch function
//   ABS64                      S + A, 64 bits                   patch_64
//   CALL26, JUMP26             (S + A - P) >> 2 into imm26      patch_aarch64_26r (veneer)
//   CONDBR19                   (S + A - P) >> 2 into imm19      patch_aarch64_19r
//   TSTBR14                    (S + A - P) >> 2 into imm14      patch_aarch64_14r
//   ADR_PREL_PG_HI21           Page(S + A) - Page(P) into adrp  patch_aarch64_21rp
//   ADD_ABS_LO12_NC            (S + A) & 0xfff into imm12       patch_aarch64_12
//   LDST{8,16,32,64,128}_ABS_LO12_NC   … >> 0..4 into imm12     patch_aarch64_12 (scaled)
//   ADR_GOT_PAGE               Page(G) - Page(P) into adrp      patch_aarch64_21rx (relaxable)
//   LD64_GOT_LO12_NC           (G & 0xfff) >> 3 into ldr        patch_aarch64_12x  (relaxable)
//   MOVW_UABS_G0..G3[_NC]      (S + A) >> 16n into movz/movk    patch_aarch64_16a
//
// The stencils are built -fno-pic -mcmodel=large: values and data addresses
// are movz/movk sequences (MOVW_UABS_*), branches between stencils JUMP26 and
// calls to the runtime CALL26, through a veneer when the runtime is beyond
// ±128 MiB. The other kinds are implemented (and unit-tested) for objects
// built with the small code model.
//
// Instruction fields (bit 31 on the left):
//
//   B/BL      [31:26] op       [25:0] imm26
//   B.cond    [31:24] 01010100 [23:5] imm19  [4] 0 [3:0] cond   (CBZ/CBNZ: same imm19)
//   TBZ/TBNZ  [31] b5 [30:24] op [23:19] b40 [18:5] imm14 [4:0] Rt
//   ADRP      [31] 1 [30:29] immlo [28:24] 10000 [23:5] immhi [4:0] Rd
//   ADD imm   [31:22] op+sh [21:10] imm12 [9:5] Rn [4:0] Rd
//   LDR imm   [31:22] size/op [21:10] imm12 (scaled) [9:5] Rn [4:0] Rt
//   MOVZ/MOVK [31:23] op [22:21] hw [20:5] imm16 [4:0] Rd
//
// Read next: src/jit/patch_riscv64.c.
#include "jit/patch.h"

static uint64_t page(uint64_t address) { return address & ~(uint64_t)0xFFF; }

static int patch_64(uint8_t *loc, uint64_t value)
{
    mo_patch_write64(loc, value);
    return MO_PATCH_OK;
}

// A relative branch with an immediate of `bits` bits at bit `shift`,
// counting words. Returns MO_PATCH_RANGE when the offset does not fit.
static int patch_branch(uint8_t *loc, uint64_t pc, uint64_t target, unsigned bits, unsigned shift)
{
    int64_t d = (int64_t)(target - pc);
    if (d & 3)
        return MO_PATCH_ALIGN;
    if (!mo_patch_fits_signed(d >> 2, bits))
        return MO_PATCH_RANGE;
    uint32_t mask = ((UINT32_C(1) << bits) - 1) << shift;
    uint32_t insn = mo_patch_read32(loc);
    insn = (insn & ~mask) | (((uint32_t)(d >> 2) << shift) & mask);
    mo_patch_write32(loc, insn);
    return MO_PATCH_OK;
}

// CALL26 / JUMP26: B or BL, ±128 MiB. Beyond that, branch to a veneer that
// loads the target into x16 — the intra-procedure-call register the ABI
// lets veneers clobber (x16/x17 are never stencil arguments) — and jumps:
//
//   58000050   ldr x16, #8       ; LDR (literal): opc=01 011 0 00 imm19=2 Rt=16
//   d61f0200   br  x16           ; BR: 1101011 0000 11111 000000 Rn=16 00000
//   <8-byte target>
static int patch_aarch64_26r(PatchContext *ctx, const PatchSite *s)
{
    uint64_t target = s->symbol + (uint64_t)s->addend;
    int rc = patch_branch(s->loc, s->pc, target, 26, 0);
    if (rc != MO_PATCH_RANGE || !ctx)
        return rc;
    uint64_t veneer;
    int fresh;
    uint8_t *v = mo_patch_take_veneer(ctx, target, MO_PATCH_VENEER_SIZE_AARCH64, &veneer, &fresh);
    if (!v)
        return MO_PATCH_NO_SPACE;
    if (fresh) {
        mo_patch_write32(v, 0x58000050u);
        mo_patch_write32(v + 4, 0xD61F0200u);
        mo_patch_write64(v + 8, target);
    }
    return patch_branch(s->loc, s->pc, veneer, 26, 0);
}

// ADRP: a signed 21-bit count of 4 KiB pages, split into immlo (2 bits, at
// 29) and immhi (19 bits, at 5). ±4 GiB.
static int write_adrp(uint8_t *loc, uint64_t pc, uint64_t target)
{
    int64_t pages = (int64_t)(page(target) - page(pc)) >> 12;
    if (!mo_patch_fits_signed(pages, 21))
        return MO_PATCH_RANGE;
    uint32_t insn = mo_patch_read32(loc);
    if ((insn & 0x9F000000u) != 0x90000000u)
        return MO_PATCH_BAD_INSN;
    uint32_t imm = (uint32_t)pages & 0x1FFFFF;
    insn = (insn & 0x9F00001Fu) | (imm & 3) << 29 | (imm >> 2) << 5;
    mo_patch_write32(loc, insn);
    return MO_PATCH_OK;
}

static int patch_aarch64_21rp(const PatchSite *s)
{
    return write_adrp(s->loc, s->pc, s->symbol + (uint64_t)s->addend);
}

// The low 12 bits of an address into imm12, scaled down by `shift` for a
// load/store of 1 << shift bytes (which must then be aligned).
static int write_lo12(uint8_t *loc, uint64_t address, unsigned shift)
{
    uint32_t lo = (uint32_t)(address & 0xFFF);
    if (lo & ((1u << shift) - 1))
        return MO_PATCH_ALIGN;
    uint32_t insn = mo_patch_read32(loc);
    insn = (insn & ~(0xFFFu << 10)) | (lo >> shift) << 10;
    mo_patch_write32(loc, insn);
    return MO_PATCH_OK;
}

static int patch_aarch64_12(const PatchSite *s, unsigned shift)
{
    return write_lo12(s->loc, s->symbol + (uint64_t)s->addend, shift);
}

// ADR_GOT_PAGE: the adrp of a GOT load `adrp xN, :got:S; ldr xT, [xN, :got_lo12:S]`.
// Relaxed when S is within ±4 GiB: the adrp takes S's page and the paired
// ldr becomes an add (patch_aarch64_12x) — the address itself, no load.
// Otherwise S goes into a GOT slot in the trace and the pair loads it.
static int patch_aarch64_21rx(PatchContext *ctx, const PatchSite *s)
{
    if (s->addend != 0)
        return MO_PATCH_BAD_INSN;
    if (s->index >= MO_STENCIL_MAX_HOLES)
        return MO_PATCH_NO_SPACE;
    if (write_adrp(s->loc, s->pc, s->symbol) == MO_PATCH_OK) {
        mo_patch_set_pair(ctx, s->index, PAIR_PCREL, 1, s->symbol, s->pc);
        return MO_PATCH_OK;
    }
    uint64_t slot = mo_patch_take_slot(ctx, s->symbol);
    if (!slot)
        return MO_PATCH_NO_SPACE;
    int rc = write_adrp(s->loc, s->pc, slot);
    if (rc != MO_PATCH_OK)
        return rc;
    mo_patch_set_pair(ctx, s->index, PAIR_SLOT, 1, slot, s->pc);
    return MO_PATCH_OK;
}

// LD64_GOT_LO12_NC: completes the pair. For a relaxed pair the load becomes
// an add of the low 12 bits of S (same registers):
//
//   ldr xT, [xN, #imm]   1111 1001 01 imm12 Rn Rt   (f9400000)
//   add xT, xN, #imm     1001 0001 00 imm12 Rn Rd   (91000000)
static int patch_aarch64_12x(PatchContext *ctx, const PatchSite *s)
{
    const PairState *p = mo_patch_get_pair(ctx, s->pair);
    if (!p)
        return MO_PATCH_BAD_PAIR;
    uint32_t insn = mo_patch_read32(s->loc);
    if ((insn & 0xFFC00000u) != 0xF9400000u)
        return MO_PATCH_BAD_INSN;
    if (p->mode == PAIR_SLOT)
        return write_lo12(s->loc, p->target, 3);
    insn = 0x91000000u | (uint32_t)(p->target & 0xFFF) << 10 | (insn & 0x3FFu);
    mo_patch_write32(s->loc, insn);
    return MO_PATCH_OK;
}

// MOVW_UABS_Gn: bits [16n+15:16n] of S + A into a movz/movk imm16. The
// checked forms (no _NC) also require S + A < 2^(16(n+1)).
static int patch_aarch64_16a(const PatchSite *s, unsigned group, int checked)
{
    uint64_t value = s->symbol + (uint64_t)s->addend;
    if (checked && group < 3 && (value >> (16 * (group + 1))) != 0)
        return MO_PATCH_RANGE;
    uint32_t insn = mo_patch_read32(s->loc);
    // MOVZ (x10100101) and MOVK (x11100101) with hw = the group.
    if ((insn & 0x1F800000u) != 0x12800000u || ((insn >> 21) & 3) != group)
        return MO_PATCH_BAD_INSN;
    uint32_t imm = (uint32_t)(value >> (16 * group)) & 0xFFFF;
    insn = (insn & ~(0xFFFFu << 5)) | imm << 5;
    mo_patch_write32(s->loc, insn);
    return MO_PATCH_OK;
}

int mo_patch_aarch64_apply(PatchContext *ctx, const PatchSite *s)
{
    uint64_t value = s->symbol + (uint64_t)s->addend;
    switch (s->kind) {
    case PATCH_AARCH64_ABS64:
        return patch_64(s->loc, value);
    case PATCH_AARCH64_CALL26:
    case PATCH_AARCH64_JUMP26:
        return patch_aarch64_26r(ctx, s);
    case PATCH_AARCH64_CONDBR19:
        return patch_branch(s->loc, s->pc, value, 19, 5);
    case PATCH_AARCH64_TSTBR14:
        return patch_branch(s->loc, s->pc, value, 14, 5);
    case PATCH_AARCH64_ADR_PREL_PG_HI21:
        return patch_aarch64_21rp(s);
    case PATCH_AARCH64_ADD_ABS_LO12_NC:
    case PATCH_AARCH64_LDST8_ABS_LO12_NC:
        return patch_aarch64_12(s, 0);
    case PATCH_AARCH64_LDST16_ABS_LO12_NC:
        return patch_aarch64_12(s, 1);
    case PATCH_AARCH64_LDST32_ABS_LO12_NC:
        return patch_aarch64_12(s, 2);
    case PATCH_AARCH64_LDST64_ABS_LO12_NC:
        return patch_aarch64_12(s, 3);
    case PATCH_AARCH64_LDST128_ABS_LO12_NC:
        return patch_aarch64_12(s, 4);
    case PATCH_AARCH64_ADR_GOT_PAGE:
        return patch_aarch64_21rx(ctx, s);
    case PATCH_AARCH64_LD64_GOT_LO12_NC:
        return patch_aarch64_12x(ctx, s);
    case PATCH_AARCH64_MOVW_UABS_G0:
        return patch_aarch64_16a(s, 0, 1);
    case PATCH_AARCH64_MOVW_UABS_G0_NC:
        return patch_aarch64_16a(s, 0, 0);
    case PATCH_AARCH64_MOVW_UABS_G1:
        return patch_aarch64_16a(s, 1, 1);
    case PATCH_AARCH64_MOVW_UABS_G1_NC:
        return patch_aarch64_16a(s, 1, 0);
    case PATCH_AARCH64_MOVW_UABS_G2:
        return patch_aarch64_16a(s, 2, 1);
    case PATCH_AARCH64_MOVW_UABS_G2_NC:
        return patch_aarch64_16a(s, 2, 0);
    case PATCH_AARCH64_MOVW_UABS_G3:
        return patch_aarch64_16a(s, 3, 1);
    default:
        return MO_PATCH_BAD_KIND;
    }
}
