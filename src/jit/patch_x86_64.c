// src/jit/patch_x86_64.c — patch functions for x86-64 (System V psABI,
// "Relocation Types"; Intel SDM vol. 2 for the instruction encodings).
//
//   kind                 field    writes          patch function
//   R_X86_64_64          64 bits  S + A           patch_64
//   R_X86_64_32          32 bits  S + A (zext)    patch_32
//   R_X86_64_32S         32 bits  S + A (sext)    patch_32s
//   R_X86_64_PC32        32 bits  S + A - P       patch_32r (veneer for a branch)
//   R_X86_64_PLT32       32 bits  S + A - P       patch_32r (veneer for a branch)
//   R_X86_64_GOTPCREL    32 bits  G + A - P       patch_32r_got (a GOT slot)
//   R_X86_64_GOTPCRELX   32 bits  G + A - P       patch_x86_64_32rx (relaxable)
//   R_X86_64_REX_GOTPCRELX                        patch_x86_64_32rx (relaxable)
//
// G is the address of a GOT slot holding S; the slots live in the trace's
// data. The stencils are built -fno-pic -mcmodel=medium -fno-plt, so in
// practice: `_JIT_*` values are R_X86_64_32/32S/64 immediates, jumps between
// stencils are PLT32 (always in range inside one trace), calls to the
// runtime are GOTPCRELX (`call *f@GOTPCREL(%rip)`), relaxed to a direct call
// when the runtime is within ±2 GiB of the trace.
//
// Read next: src/jit/patch_aarch64.c.
#include "jit/patch.h"

// A branch whose rel32 is out of range jumps to a trampoline placed in the
// trace instead, which jumps on through an absolute address:
//
//   ff 25 00 00 00 00     jmp *0(%rip)      ; the 8 bytes that follow
//   <8-byte target>
//   <2 bytes of padding>                    ; 16 bytes in all
//
// It clobbers no register, so it serves calls, jumps and jcc alike.
static int make_trampoline(PatchContext *ctx, uint64_t target, uint64_t *pc)
{
    int fresh;
    uint8_t *t = mo_patch_take_veneer(ctx, target, MO_PATCH_VENEER_SIZE_X86_64, pc, &fresh);
    if (!t)
        return MO_PATCH_NO_SPACE;
    if (fresh) {
        static const uint8_t jmp_rip[6] = {0xFF, 0x25, 0x00, 0x00, 0x00, 0x00};
        for (int i = 0; i < 6; i++)
            t[i] = jmp_rip[i];
        mo_patch_write64(t + 6, target);
        t[14] = 0xCC;   // int3: never executed
        t[15] = 0xCC;
    }
    return MO_PATCH_OK;
}

static int patch_64(uint8_t *loc, uint64_t value)
{
    mo_patch_write64(loc, value);
    return MO_PATCH_OK;
}

// R_X86_64_32: the field is zero-extended to 64 bits, so S + A must lie in
// [0, 2^32).
static int patch_32(uint8_t *loc, uint64_t value)
{
    if (value > UINT32_MAX)
        return MO_PATCH_RANGE;
    mo_patch_write32(loc, (uint32_t)value);
    return MO_PATCH_OK;
}

// R_X86_64_32S: the field is sign-extended, so S + A must lie in
// [-2^31, 2^31).
static int patch_32s(uint8_t *loc, uint64_t value)
{
    if (!mo_patch_fits_signed((int64_t)value, 32))
        return MO_PATCH_RANGE;
    mo_patch_write32(loc, (uint32_t)value);
    return MO_PATCH_OK;
}

// True when the 4-byte field at `loc` is the rel32 of a branch that ends
// right after it: call (e8), jmp (e9) or jcc (0f 80..8f). Only branches can
// go through a trampoline.
static int is_branch_rel32(const uint8_t *loc)
{
    return loc[-1] == 0xE8 || loc[-1] == 0xE9 || (loc[-2] == 0x0F && (loc[-1] & 0xF0) == 0x80);
}

// R_X86_64_PC32 / PLT32: S + A - P into a signed 32-bit field. For a branch
// the destination is P + 4 + field = S + A + 4; when that is too far the
// branch goes to a trampoline instead.
static int patch_32r(PatchContext *ctx, const PatchSite *s)
{
    uint64_t value = s->symbol + (uint64_t)s->addend;
    int64_t d = (int64_t)(value - s->pc);
    if (mo_patch_fits_signed(d, 32)) {
        mo_patch_write32(s->loc, (uint32_t)d);
        return MO_PATCH_OK;
    }
    if (!ctx || !is_branch_rel32(s->loc))
        return MO_PATCH_RANGE;
    uint64_t tramp;
    int rc = make_trampoline(ctx, value + 4, &tramp);
    if (rc != MO_PATCH_OK)
        return rc;
    d = (int64_t)(tramp - (s->pc + 4));
    if (!mo_patch_fits_signed(d, 32))
        return MO_PATCH_RANGE;
    mo_patch_write32(s->loc, (uint32_t)d);
    return MO_PATCH_OK;
}

// R_X86_64_GOTPCREL: G + A - P, G a GOT slot holding S. Never relaxed (the
// instruction may be anything that reads memory).
static int patch_32r_got(PatchContext *ctx, const PatchSite *s)
{
    uint64_t slot = mo_patch_take_slot(ctx, s->symbol);
    if (!slot)
        return MO_PATCH_NO_SPACE;
    int64_t d = (int64_t)(slot + (uint64_t)s->addend - s->pc);
    if (!mo_patch_fits_signed(d, 32))
        return MO_PATCH_RANGE;
    mo_patch_write32(s->loc, (uint32_t)d);
    return MO_PATCH_OK;
}

// R_X86_64_GOTPCRELX / REX_GOTPCRELX: a GOT load the psABI allows us to
// relax (B.2, "Optimize GOTPCRELX Relocations") when A = -4:
//
//   call *f@GOTPCREL(%rip)   ff 15 <G+A-P>   →  addr32 call f   67 e8 <S+A-P>
//   jmp  *f@GOTPCREL(%rip)   ff 25 <G+A-P>   →  jmp f; nop      e9 <S-(P+3)> 90
//   mov f@GOTPCREL(%rip),%r  [rex] 8b /r     →  lea f(%rip),%r  [rex] 8d /r     (S+A-P fits)
//                                            →  mov $S,%r       rex.w c7 /0    (S fits imm32s)
//
// The mov → mov-immediate form moves the register from ModRM.reg to
// ModRM.rm, so REX.R becomes REX.B:
//
//   REX  0100 W R X B        ModRM  mod reg r/m
//   load 0100 1 R 0 0        00  reg 101   (RIP-relative)
//   imm  0100 1 0 0 R        11  000 reg
//
// Anything else, or a target in neither range, loads from a GOT slot.
static int patch_x86_64_32rx(PatchContext *ctx, const PatchSite *s)
{
    uint8_t *loc = s->loc;
    uint64_t S = s->symbol;
    if (s->addend == -4) {
        int64_t rel = (int64_t)(S + (uint64_t)s->addend - s->pc);
        if (loc[-2] == 0xFF && loc[-1] == 0x15 && mo_patch_fits_signed(rel, 32)) {
            loc[-2] = 0x67;
            loc[-1] = 0xE8;
            mo_patch_write32(loc, (uint32_t)rel);
            return MO_PATCH_OK;
        }
        if (loc[-2] == 0xFF && loc[-1] == 0x25) {
            int64_t rel_jmp = (int64_t)(S - (s->pc + 3));
            if (mo_patch_fits_signed(rel_jmp, 32)) {
                loc[-2] = 0xE9;
                mo_patch_write32(loc - 1, (uint32_t)rel_jmp);
                loc[3] = 0x90;
                return MO_PATCH_OK;
            }
        }
        // A REX.W mov r64, m64 with a RIP-relative operand: REX=0100 1R00.
        if (s->kind == PATCH_X86_64_REX_GOTPCRELX && loc[-2] == 0x8B && (loc[-1] & 0xC7) == 0x05 &&
            (loc[-3] & 0xFB) == 0x48) {
            if (mo_patch_fits_signed(rel, 32)) {
                loc[-2] = 0x8D;
                mo_patch_write32(loc, (uint32_t)rel);
                return MO_PATCH_OK;
            }
            if (mo_patch_fits_signed((int64_t)S, 32)) {
                uint8_t reg = (loc[-1] >> 3) & 7;
                uint8_t rex_r = (loc[-3] >> 2) & 1;
                loc[-3] = (uint8_t)(0x48 | rex_r);
                loc[-2] = 0xC7;
                loc[-1] = (uint8_t)(0xC0 | reg);
                mo_patch_write32(loc, (uint32_t)S);
                return MO_PATCH_OK;
            }
        }
    }
    return patch_32r_got(ctx, s);
}

int mo_patch_x86_64_apply(PatchContext *ctx, const PatchSite *s)
{
    uint64_t value = s->symbol + (uint64_t)s->addend;
    switch (s->kind) {
    case PATCH_X86_64_64:
        return patch_64(s->loc, value);
    case PATCH_X86_64_32:
        return patch_32(s->loc, value);
    case PATCH_X86_64_32S:
        return patch_32s(s->loc, value);
    case PATCH_X86_64_PC32:
    case PATCH_X86_64_PLT32:
        return patch_32r(ctx, s);
    case PATCH_X86_64_GOTPCREL:
        return patch_32r_got(ctx, s);
    case PATCH_X86_64_GOTPCRELX:
    case PATCH_X86_64_REX_GOTPCRELX:
        return patch_x86_64_32rx(ctx, s);
    default:
        return MO_PATCH_BAD_KIND;
    }
}
