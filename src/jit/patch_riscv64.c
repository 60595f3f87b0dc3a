// src/jit/patch_riscv64.c — patch functions for RISC-V64 (RISC-V ELF psABI,
// "Relocations"; the unprivileged ISA manual for the encodings).
//
//   kind                 writes                                patch function
//   R_RISCV_64           S + A, 64 bits                        patch_64
//   CALL, CALL_PLT       S + A - P into auipc+jalr             patch_riscv64_32r_call (trampoline)
//   BRANCH               S + A - P into a B-type imm (±4 KiB)  patch_riscv64_12r_branch
//   JAL                  S + A - P into a J-type imm (±1 MiB)  patch_riscv64_20r_jal
//   RVC_BRANCH           … into c.beqz/c.bnez (±256 B)         patch_riscv64_8r_rvc_branch
//   RVC_JUMP             … into c.j (±2 KiB)                   patch_riscv64_11r_rvc_jump
//   HI20, LO12_I, LO12_S S + A, absolute, into lui + I/S imm   patch_riscv64_20a / _12a
//   PCREL_HI20           S + A - P into auipc                  patch_riscv64_20rx (relaxable)
//   GOT_HI20             G - P into auipc                      patch_riscv64_20rx (relaxable)
//   PCREL_LO12_I, _S     the low 12 bits of the pair's result  patch_riscv64_12x
//   RELAX, ALIGN         dropped by stencilgen (we never relax; padding stays)
//
// The stencils are built -fpic -mcmodel=medany -mno-relax. `_JIT_*` values
// are then GOT loads (`auipc rd, %got_pcrel_hi(v); ld rd, %pcrel_lo(..)(rd)`)
// and the stencil's own data is `auipc; addi/ld` PC-relative; the emitter
// relaxes each GOT load to the cheapest form that reaches (see
// patch_riscv64_20rx). `%pcrel_lo` names the label of its `auipc`, so
// stencilgen pairs them and the low half reads the high half's result.
//
// Instruction formats (bit 31 on the left):
//
//   U  [31:12] imm[31:12]                    [11:7] rd  [6:0] opcode
//   I  [31:20] imm[11:0]  [19:15] rs1 [14:12] f3 [11:7] rd  [6:0] opcode
//   S  [31:25] imm[11:5]  [24:20] rs2 [19:15] rs1 [14:12] f3 [11:7] imm[4:0] [6:0]
//   B  [31] imm[12] [30:25] imm[10:5] … [11:8] imm[4:1] [7] imm[11] [6:0]
//   J  [31] imm[20] [30:21] imm[10:1] [20] imm[11] [19:12] imm[19:12] [11:7] rd [6:0]
//   CB [15:13] f3 [12] off[8] [11:10] off[4:3] [9:7] rs1' [6:5] off[7:6] [4:3] off[2:1] [2] off[5] [1:0]
//   CJ [15:13] f3 [12] off[11] [11] off[4] [10:9] off[9:8] [8] off[10] [7] off[6]
//      [6] off[7] [5:3] off[3:1] [2] off[5] [1:0]
//
// Read next: src/jit/emit.c.
#include "jit/patch.h"

enum {
    OPCODE_LUI = 0x37,
    OPCODE_AUIPC = 0x17,
    OPCODE_OP_IMM = 0x13,   // addi: funct3 000
    OPCODE_LOAD = 0x03,     // ld: funct3 011
    OPCODE_STORE = 0x23,
    OPCODE_JALR = 0x67,
};

// The `hi` and `lo` parts of a 32-bit offset as `auipc`/`lui` + a 12-bit
// signed immediate compute it: hi << 12 + sign_extend(lo) == value.
static uint32_t hi20(int64_t value) { return (uint32_t)((value + 0x800) >> 12) & 0xFFFFF; }
static uint32_t lo12(int64_t value) { return (uint32_t)value & 0xFFF; }
// True when hi20/lo12 can reach `value` (hi20 is a signed 20-bit count).
static int fits_hi_lo(int64_t value) { return mo_patch_fits_signed((value + 0x800) >> 12, 20); }

static void write_u_imm(uint8_t *loc, uint32_t hi)
{
    mo_patch_write32(loc, (mo_patch_read32(loc) & 0xFFF) | hi << 12);
}
static void write_i_imm(uint8_t *loc, uint32_t lo)
{
    mo_patch_write32(loc, (mo_patch_read32(loc) & 0xFFFFF) | lo << 20);
}
static void write_s_imm(uint8_t *loc, uint32_t lo)
{
    uint32_t insn = mo_patch_read32(loc) & 0x01FFF07Fu;
    insn |= (lo >> 5) << 25 | (lo & 0x1F) << 7;
    mo_patch_write32(loc, insn);
}

static int patch_64(uint8_t *loc, uint64_t value)
{
    mo_patch_write64(loc, value);
    return MO_PATCH_OK;
}

// Trampoline for a call or tail call beyond ±2 GiB. It uses t1 (x6), which
// the `tail` pseudo-instruction itself uses and no argument occupies:
//
//   00000317   auipc t1, 0
//   01033303   ld    t1, 16(t1)
//   00030067   jalr  x0, 0(t1)
//   00000013   nop               ; padding: the address is 8-aligned
//   <8-byte target>
static int make_trampoline(PatchContext *ctx, uint64_t target, uint64_t *pc)
{
    int fresh;
    uint8_t *t = mo_patch_take_veneer(ctx, target, MO_PATCH_VENEER_SIZE_RISCV64, pc, &fresh);
    if (!t)
        return MO_PATCH_NO_SPACE;
    if (fresh) {
        mo_patch_write32(t, 0x00000317u);
        mo_patch_write32(t + 4, 0x01033303u);
        mo_patch_write32(t + 8, 0x00030067u);
        mo_patch_write32(t + 12, 0x00000013u);
        mo_patch_write64(t + 16, target);
    }
    return MO_PATCH_OK;
}

// CALL / CALL_PLT: `auipc rd, hi; jalr rd2, lo(rd)` — the offset split over
// both. Beyond ±2 GiB the pair calls a trampoline instead.
static int patch_riscv64_32r_call(PatchContext *ctx, const PatchSite *s)
{
    uint64_t target = s->symbol + (uint64_t)s->addend;
    uint32_t auipc = mo_patch_read32(s->loc), jalr = mo_patch_read32(s->loc + 4);
    if ((auipc & 0x7F) != OPCODE_AUIPC || (jalr & 0x7F) != OPCODE_JALR)
        return MO_PATCH_BAD_INSN;
    int64_t d = (int64_t)(target - s->pc);
    if (!fits_hi_lo(d)) {
        if (!ctx)
            return MO_PATCH_RANGE;
        uint64_t tramp;
        int rc = make_trampoline(ctx, target, &tramp);
        if (rc != MO_PATCH_OK)
            return rc;
        d = (int64_t)(tramp - s->pc);
        if (!fits_hi_lo(d))
            return MO_PATCH_RANGE;
    }
    write_u_imm(s->loc, hi20(d));
    write_i_imm(s->loc + 4, lo12(d));
    return MO_PATCH_OK;
}

// BRANCH: B-type, a signed 13-bit even offset.
static int patch_riscv64_12r_branch(const PatchSite *s)
{
    int64_t d = (int64_t)(s->symbol + (uint64_t)s->addend - s->pc);
    if (d & 1)
        return MO_PATCH_ALIGN;
    if (!mo_patch_fits_signed(d, 13))
        return MO_PATCH_RANGE;
    uint32_t o = (uint32_t)d;
    uint32_t insn = mo_patch_read32(s->loc) & 0x01FFF07Fu;
    insn |= ((o >> 12) & 1) << 31 | ((o >> 5) & 0x3F) << 25 | ((o >> 1) & 0xF) << 8 |
            ((o >> 11) & 1) << 7;
    mo_patch_write32(s->loc, insn);
    return MO_PATCH_OK;
}

// JAL: J-type, a signed 21-bit even offset.
static int patch_riscv64_20r_jal(const PatchSite *s)
{
    int64_t d = (int64_t)(s->symbol + (uint64_t)s->addend - s->pc);
    if (d & 1)
        return MO_PATCH_ALIGN;
    if (!mo_patch_fits_signed(d, 21))
        return MO_PATCH_RANGE;
    uint32_t o = (uint32_t)d;
    uint32_t insn = mo_patch_read32(s->loc) & 0xFFFu;
    insn |= ((o >> 20) & 1) << 31 | ((o >> 1) & 0x3FF) << 21 | ((o >> 11) & 1) << 20 |
            ((o >> 12) & 0xFF) << 12;
    mo_patch_write32(s->loc, insn);
    return MO_PATCH_OK;
}

// RVC_BRANCH: c.beqz/c.bnez, a signed 9-bit even offset (CB format).
static int patch_riscv64_8r_rvc_branch(const PatchSite *s)
{
    int64_t d = (int64_t)(s->symbol + (uint64_t)s->addend - s->pc);
    if (d & 1)
        return MO_PATCH_ALIGN;
    if (!mo_patch_fits_signed(d, 9))
        return MO_PATCH_RANGE;
    uint32_t o = (uint32_t)d;
    uint16_t insn = mo_patch_read16(s->loc) & 0xE383;
    insn |= (uint16_t)(((o >> 8) & 1) << 12 | ((o >> 3) & 3) << 10 | ((o >> 6) & 3) << 5 |
                       ((o >> 1) & 3) << 3 | ((o >> 5) & 1) << 2);
    mo_patch_write16(s->loc, insn);
    return MO_PATCH_OK;
}

// RVC_JUMP: c.j, a signed 12-bit even offset (CJ format).
static int patch_riscv64_11r_rvc_jump(const PatchSite *s)
{
    int64_t d = (int64_t)(s->symbol + (uint64_t)s->addend - s->pc);
    if (d & 1)
        return MO_PATCH_ALIGN;
    if (!mo_patch_fits_signed(d, 12))
        return MO_PATCH_RANGE;
    uint32_t o = (uint32_t)d;
    uint16_t insn = mo_patch_read16(s->loc) & 0xE003;
    insn |= (uint16_t)(((o >> 11) & 1) << 12 | ((o >> 4) & 1) << 11 | ((o >> 8) & 3) << 9 |
                       ((o >> 10) & 1) << 8 | ((o >> 6) & 1) << 7 | ((o >> 7) & 1) << 6 |
                       ((o >> 1) & 7) << 3 | ((o >> 5) & 1) << 2);
    mo_patch_write16(s->loc, insn);
    return MO_PATCH_OK;
}

// HI20: lui with the high part of an absolute S + A (±2 GiB around 0).
static int patch_riscv64_20a(const PatchSite *s)
{
    int64_t v = (int64_t)(s->symbol + (uint64_t)s->addend);
    if (!fits_hi_lo(v))
        return MO_PATCH_RANGE;
    write_u_imm(s->loc, hi20(v));
    return MO_PATCH_OK;
}

// LO12_I / LO12_S: the low 12 bits of an absolute S + A, independent of the
// lui (hi20 rounds so that the two add up).
static int patch_riscv64_12a(const PatchSite *s, int store)
{
    uint32_t lo = lo12((int64_t)(s->symbol + (uint64_t)s->addend));
    if (store)
        write_s_imm(s->loc, lo);
    else
        write_i_imm(s->loc, lo);
    return MO_PATCH_OK;
}

// PCREL_HI20 and GOT_HI20: the `auipc` of an address computation
// (`auipc; addi`/load/store) or of a GOT load (`auipc; ld`). The high half
// picks the cheapest form that reaches the target T (the value itself for a
// GOT load, S + A otherwise), and records it for the low half:
//
//   PAIR_ABSOLUTE  T fits ±2 GiB around 0 (e.g. an oparg):
//                  auipc rd, hi  →  lui rd, hi(T)        0110111 replaces 0010111
//   PAIR_PCREL     T within ±2 GiB of the auipc (the trace, the runtime):
//                  auipc rd, hi(T - P)
//   PAIR_SLOT      anything else: T goes into a GOT slot in the trace and
//                  auipc rd, hi(slot - P)
//
// An address computation prefers PC-relative (position-independent code
// stays so); a GOT load prefers absolute (no dependence on P at all).
static int patch_riscv64_20rx(PatchContext *ctx, const PatchSite *s)
{
    uint32_t insn = mo_patch_read32(s->loc);
    if ((insn & 0x7F) != OPCODE_AUIPC)
        return MO_PATCH_BAD_INSN;
    if (s->index >= MO_STENCIL_MAX_HOLES)
        return MO_PATCH_NO_SPACE;
    int got = s->kind == PATCH_RISCV_GOT_HI20;
    if (got && s->addend != 0)
        return MO_PATCH_BAD_INSN;
    uint64_t target = s->symbol + (uint64_t)s->addend;
    int64_t d = (int64_t)(target - s->pc);
    int near = fits_hi_lo(d), small = fits_hi_lo((int64_t)target);
    if (near && (!got || !small)) {
        write_u_imm(s->loc, hi20(d));
        mo_patch_set_pair(ctx, s->index, PAIR_PCREL, got, target, s->pc);
        return MO_PATCH_OK;
    }
    if (small) {
        mo_patch_write32(s->loc, (insn & 0xF80u) | hi20((int64_t)target) << 12 | OPCODE_LUI);
        mo_patch_set_pair(ctx, s->index, PAIR_ABSOLUTE, got, target, s->pc);
        return MO_PATCH_OK;
    }
    uint64_t slot = mo_patch_take_slot(ctx, target);
    if (!slot)
        return MO_PATCH_NO_SPACE;
    d = (int64_t)(slot - s->pc);
    if (!fits_hi_lo(d))
        return MO_PATCH_RANGE;
    write_u_imm(s->loc, hi20(d));
    mo_patch_set_pair(ctx, s->index, PAIR_SLOT, got, slot, s->pc);
    return MO_PATCH_OK;
}

// PCREL_LO12_I / _S: the low half of a pair. What it becomes depends on the
// high half's choice and on whether the pair was a GOT load (its high half
// a GOT_HI20, so this instruction is a `ld`):
//
//   pair was   high chose   low instruction
//   GOT load   ABSOLUTE     ld rd, lo(rs1)  →  addi rd, rs1, lo(T)
//   GOT load   PCREL        ld rd, lo(rs1)  →  addi rd, rs1, lo(T - P)
//   GOT load   SLOT         ld rd, lo(slot - P)          (unchanged)
//   address    PCREL        addi/load/store with lo(T - P)
//   address    ABSOLUTE     addi/load/store with lo(T)
//   address    SLOT         addi rd, rs1, lo  →  ld rd, lo(slot - P)(rs1)
//                           (a load or store through the address cannot be
//                           relaxed: MO_PATCH_RANGE)
//
//   ld    imm[11:0] rs1 011 rd 0000011
//   addi  imm[11:0] rs1 000 rd 0010011
static int patch_riscv64_12x(PatchContext *ctx, const PatchSite *s, int store)
{
    const PairState *p = mo_patch_get_pair(ctx, s->pair);
    if (!p)
        return MO_PATCH_BAD_PAIR;
    int got = p->got;
    int64_t lo_value = p->mode == PAIR_ABSOLUTE ? (int64_t)p->target : (int64_t)(p->target - p->hi_pc);
    uint32_t insn = mo_patch_read32(s->loc);
    int is_ld = (insn & 0x707F) == (0x3000 | OPCODE_LOAD);
    int is_addi = (insn & 0x707F) == OPCODE_OP_IMM;
    if (got) {
        if (store || !is_ld)
            return MO_PATCH_BAD_INSN;
        if (p->mode != PAIR_SLOT)
            insn = (insn & ~0x707Fu) | OPCODE_OP_IMM;   // ld → addi
    } else if (p->mode == PAIR_SLOT) {
        if (store || !is_addi)
            return MO_PATCH_RANGE;
        insn = (insn & ~0x707Fu) | 0x3000 | OPCODE_LOAD;    // addi → ld
    }
    mo_patch_write32(s->loc, insn);
    if (store)
        write_s_imm(s->loc, lo12(lo_value));
    else
        write_i_imm(s->loc, lo12(lo_value));
    return MO_PATCH_OK;
}

int mo_patch_riscv64_apply(PatchContext *ctx, const PatchSite *s)
{
    switch (s->kind) {
    case PATCH_RISCV_64:
        return patch_64(s->loc, s->symbol + (uint64_t)s->addend);
    case PATCH_RISCV_CALL:
    case PATCH_RISCV_CALL_PLT:
        return patch_riscv64_32r_call(ctx, s);
    case PATCH_RISCV_BRANCH:
        return patch_riscv64_12r_branch(s);
    case PATCH_RISCV_JAL:
        return patch_riscv64_20r_jal(s);
    case PATCH_RISCV_RVC_BRANCH:
        return patch_riscv64_8r_rvc_branch(s);
    case PATCH_RISCV_RVC_JUMP:
        return patch_riscv64_11r_rvc_jump(s);
    case PATCH_RISCV_HI20:
        return patch_riscv64_20a(s);
    case PATCH_RISCV_LO12_I:
        return patch_riscv64_12a(s, 0);
    case PATCH_RISCV_LO12_S:
        return patch_riscv64_12a(s, 1);
    case PATCH_RISCV_PCREL_HI20:
    case PATCH_RISCV_GOT_HI20:
        return patch_riscv64_20rx(ctx, s);
    case PATCH_RISCV_PCREL_LO12_I:
    case PATCH_RISCV_PCREL_LO12_S:
        return patch_riscv64_12x(ctx, s, s->kind == PATCH_RISCV_PCREL_LO12_S);
    default:
        return MO_PATCH_BAD_KIND;
    }
}
