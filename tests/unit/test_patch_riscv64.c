// tests/unit/test_patch_riscv64.c — every RISC-V64 patch function at the
// edges of its range, on any host (patching is byte manipulation).
//
// Expected instruction words are written out from the ISA manual's formats
// (cross-checked with an assembler), never computed by the code under test.
// Prints "N passed, N failed".
#include <stdio.h>
#include <string.h>

#include "jit/patch.h"

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

static uint8_t code[64];
static uint8_t veneers[64];
static uint8_t slots[64];
static PatchContext ctx;

static void reset(uint64_t veneer_pc, size_t veneer_bytes, uint64_t slot_pc, size_t slot_bytes)
{
    memset(veneers, 0, sizeof veneers);
    memset(slots, 0, sizeof slots);
    mo_patch_context_init(&ctx, veneers, veneer_pc, veneer_bytes, slots, slot_pc, slot_bytes);
}

static int apply(uint8_t *loc, uint64_t pc, uint64_t S, int64_t A, unsigned kind, unsigned index,
                 unsigned pair)
{
    PatchSite site = {loc, pc, S, A, kind, index, pair};
    return mo_patch_riscv64_apply(&ctx, &site);
}

// One 32-bit instruction patched alone.
static int patch1(uint32_t insn, unsigned kind, uint64_t pc, uint64_t S, int64_t A, uint32_t *out)
{
    mo_patch_write32(code, insn);
    int rc = apply(code, pc, S, A, kind, 0, MO_HOLE_NO_PAIR);
    *out = mo_patch_read32(code);
    return rc;
}

// A compressed instruction patched alone.
static int patch16(uint16_t insn, unsigned kind, uint64_t pc, uint64_t S, uint16_t *out)
{
    mo_patch_write16(code, insn);
    int rc = apply(code, pc, S, 0, kind, 0, MO_HOLE_NO_PAIR);
    *out = mo_patch_read16(code);
    return rc;
}

// A pair: `hi` at pc (hole 0) and `lo` at pc+4 (hole 1, paired with 0).
static int patch2(uint32_t hi, unsigned hi_kind, uint32_t lo, unsigned lo_kind, uint64_t pc,
                  uint64_t S, int64_t A, uint32_t *out_hi, uint32_t *out_lo)
{
    mo_patch_write32(code, hi);
    mo_patch_write32(code + 4, lo);
    mo_patch_context_next_stencil(&ctx);
    int rc = apply(code, pc, S, A, hi_kind, 0, MO_HOLE_NO_PAIR);
    if (rc == MO_PATCH_OK)
        rc = apply(code + 4, pc + 4, S, A, lo_kind, 1, 0);
    *out_hi = mo_patch_read32(code);
    *out_lo = mo_patch_read32(code + 4);
    return rc;
}

#define EXPECT1(insn, kind, pc, S, A, want)                                                       \
    do {                                                                                          \
        uint32_t got_;                                                                            \
        int rc_ = patch1((insn), (kind), (pc), (S), (A), &got_);                                  \
        CHECK(rc_ == MO_PATCH_OK && got_ == (want), "%s: rc %d, got %08x, want %08x", #kind, rc_, \
              got_, (uint32_t)(want));                                                            \
    } while (0)
#define EXPECT1_RC(insn, kind, pc, S, A, want_rc)                                                 \
    do {                                                                                          \
        uint32_t got_;                                                                            \
        int rc_ = patch1((insn), (kind), (pc), (S), (A), &got_);                                  \
        CHECK(rc_ == (want_rc), "%s: rc %d, want %d", #kind, rc_, (want_rc));                     \
    } while (0)
#define EXPECT16(insn, kind, pc, S, want)                                                         \
    do {                                                                                          \
        uint16_t got_;                                                                            \
        int rc_ = patch16((insn), (kind), (pc), (S), &got_);                                      \
        CHECK(rc_ == MO_PATCH_OK && got_ == (want), "%s: rc %d, got %04x, want %04x", #kind, rc_, \
              got_, (unsigned)(want));                                                            \
    } while (0)
#define EXPECT16_RC(insn, kind, pc, S, want_rc)                                                   \
    do {                                                                                          \
        uint16_t got_;                                                                            \
        int rc_ = patch16((insn), (kind), (pc), (S), &got_);                                      \
        CHECK(rc_ == (want_rc), "%s: rc %d, want %d", #kind, rc_, (want_rc));                     \
    } while (0)
#define EXPECT2(hi, hk, lo, lk, pc, S, A, want_hi, want_lo)                                       \
    do {                                                                                          \
        uint32_t h_, l_;                                                                          \
        int rc_ = patch2((hi), (hk), (lo), (lk), (pc), (S), (A), &h_, &l_);                       \
        CHECK(rc_ == MO_PATCH_OK && h_ == (want_hi) && l_ == (want_lo),                           \
              "%s+%s: rc %d, got %08x %08x, want %08x %08x", #hk, #lk, rc_, h_, l_,               \
              (uint32_t)(want_hi), (uint32_t)(want_lo));                                          \
    } while (0)

#define PC 0x0000003F00001000ull

// auipc ra, 0 (00000097) + jalr ra, 0(ra) (000080e7)
static void test_calls(void)
{
    reset(0, 0, 0, 0);
    uint32_t w0, w1;
    mo_patch_write32(code, 0x00000097);
    mo_patch_write32(code + 4, 0x000080E7);
    int rc = apply(code, PC, PC + 0x7FFFF7FF, 0, PATCH_RISCV_CALL, 0, MO_HOLE_NO_PAIR);
    w0 = mo_patch_read32(code), w1 = mo_patch_read32(code + 4);
    CHECK(rc == 0 && w0 == 0x7FFFF097 && w1 == 0x7FF080E7, "call +0x7ffff7ff: %08x %08x", w0, w1);
    mo_patch_write32(code, 0x00000097);
    mo_patch_write32(code + 4, 0x000080E7);
    rc = apply(code, PC, PC - 0x80000800ull, 0, PATCH_RISCV_CALL_PLT, 0, MO_HOLE_NO_PAIR);
    w0 = mo_patch_read32(code), w1 = mo_patch_read32(code + 4);
    CHECK(rc == 0 && w0 == 0x80000097 && w1 == 0x800080E7, "call -0x80000800: %08x %08x", w0, w1);
    // hi rounds up when lo is negative: +0x800 = auipc 1, jalr -2048
    mo_patch_write32(code, 0x00000097);
    mo_patch_write32(code + 4, 0x000080E7);
    rc = apply(code, PC, PC + 0x800, 0, PATCH_RISCV_CALL, 0, MO_HOLE_NO_PAIR);
    w0 = mo_patch_read32(code), w1 = mo_patch_read32(code + 4);
    CHECK(rc == 0 && w0 == 0x00001097 && w1 == 0x800080E7, "call +0x800: %08x %08x", w0, w1);
    // One past either end, without trampoline space: refused.
    mo_patch_write32(code, 0x00000097);
    mo_patch_write32(code + 4, 0x000080E7);
    CHECK(apply(code, PC, PC + 0x7FFFF800, 0, PATCH_RISCV_CALL, 0, MO_HOLE_NO_PAIR) == MO_PATCH_NO_SPACE,
          "call one past the range");
    CHECK(apply(code, PC, PC - 0x80000801ull, 0, PATCH_RISCV_CALL, 0, MO_HOLE_NO_PAIR) ==
              MO_PATCH_NO_SPACE,
          "call one before the range");
    // Not an auipc + jalr.
    mo_patch_write32(code, 0x00000013);
    CHECK(apply(code, PC, PC, 0, PATCH_RISCV_CALL, 0, MO_HOLE_NO_PAIR) == MO_PATCH_BAD_INSN, "not a call");

    // Through a trampoline at PC+0x1000: auipc t1, 0; ld t1, 16(t1);
    // jalr x0, 0(t1); nop; .quad target
    uint64_t far = 0x00007F0012345678ull;
    reset(PC + 0x1000, sizeof veneers, 0, 0);
    mo_patch_write32(code, 0x00000317);     // tail: auipc t1, 0
    mo_patch_write32(code + 4, 0x00030067); //       jalr x0, 0(t1)
    rc = apply(code, PC, far, 0, PATCH_RISCV_CALL_PLT, 0, MO_HOLE_NO_PAIR);
    w0 = mo_patch_read32(code), w1 = mo_patch_read32(code + 4);
    CHECK(rc == 0 && w0 == 0x00001317 && w1 == 0x00030067, "tail to trampoline: %08x %08x", w0, w1);
    CHECK(mo_patch_read32(veneers) == 0x00000317 && mo_patch_read32(veneers + 4) == 0x01033303 &&
              mo_patch_read32(veneers + 8) == 0x00030067 && mo_patch_read32(veneers + 12) == 0x00000013 &&
              mo_patch_read64(veneers + 16) == far,
          "trampoline words");
}

static void test_branches(void)
{
    reset(0, 0, 0, 0);
    // beq a0, a1 (00b50063): B-type
    EXPECT1(0x00B50063, PATCH_RISCV_BRANCH, PC, PC + 4094, 0, 0x7EB50FE3);
    EXPECT1(0x00B50063, PATCH_RISCV_BRANCH, PC, PC - 4096, 0, 0x80B50063);
    EXPECT1_RC(0x00B50063, PATCH_RISCV_BRANCH, PC, PC + 4096, 0, MO_PATCH_RANGE);
    EXPECT1_RC(0x00B50063, PATCH_RISCV_BRANCH, PC, PC - 4098, 0, MO_PATCH_RANGE);
    EXPECT1_RC(0x00B50063, PATCH_RISCV_BRANCH, PC, PC + 3, 0, MO_PATCH_ALIGN);
    // jal x0 (0000006f): J-type
    EXPECT1(0x0000006F, PATCH_RISCV_JAL, PC, PC + 0xFFFFE, 0, 0x7FFFF06F);
    EXPECT1(0x0000006F, PATCH_RISCV_JAL, PC, PC - 0x100000, 0, 0x8000006F);
    EXPECT1_RC(0x0000006F, PATCH_RISCV_JAL, PC, PC + 0x100000, 0, MO_PATCH_RANGE);
    EXPECT1_RC(0x0000006F, PATCH_RISCV_JAL, PC, PC - 0x100002, 0, MO_PATCH_RANGE);
    // c.beqz a0 (c101): CB format
    EXPECT16(0xC101, PATCH_RISCV_RVC_BRANCH, PC, PC + 254, 0xCD7D);
    EXPECT16(0xC101, PATCH_RISCV_RVC_BRANCH, PC, PC - 256, 0xD101);
    EXPECT16_RC(0xC101, PATCH_RISCV_RVC_BRANCH, PC, PC + 256, MO_PATCH_RANGE);
    EXPECT16_RC(0xC101, PATCH_RISCV_RVC_BRANCH, PC, PC - 258, MO_PATCH_RANGE);
    // c.j (a001): CJ format
    EXPECT16(0xA001, PATCH_RISCV_RVC_JUMP, PC, PC + 2046, 0xAFFD);
    EXPECT16(0xA001, PATCH_RISCV_RVC_JUMP, PC, PC - 2048, 0xB001);
    EXPECT16_RC(0xA001, PATCH_RISCV_RVC_JUMP, PC, PC + 2048, MO_PATCH_RANGE);
    EXPECT16_RC(0xA001, PATCH_RISCV_RVC_JUMP, PC, PC - 2050, MO_PATCH_RANGE);
}

static void test_absolute(void)
{
    reset(0, 0, 0, 0);
    // lui a0 (00000537); addi a0, a0 (00050513); sd a1, 0(a0) (00b53023)
    EXPECT1(0x00000537, PATCH_RISCV_HI20, PC, 0x7FFFF7FF, 0, 0x7FFFF537);
    EXPECT1(0x00050513, PATCH_RISCV_LO12_I, PC, 0x7FFFF7FF, 0, 0x7FF50513);
    EXPECT1(0x00B53023, PATCH_RISCV_LO12_S, PC, 0x7FFFF7FF, 0, 0x7EB53FA3);
    EXPECT1(0x00000537, PATCH_RISCV_HI20, PC, (uint64_t)-0x80000800ll, 0, 0x80000537);
    EXPECT1(0x00050513, PATCH_RISCV_LO12_I, PC, (uint64_t)-0x80000800ll, 0, 0x80050513);
    EXPECT1(0x00B53023, PATCH_RISCV_LO12_S, PC, (uint64_t)-0x80000800ll, 0, 0x80B53023);
    EXPECT1_RC(0x00000537, PATCH_RISCV_HI20, PC, 0x7FFFF800, 0, MO_PATCH_RANGE);
    EXPECT1_RC(0x00000537, PATCH_RISCV_HI20, PC, (uint64_t)-0x80000801ll, 0, MO_PATCH_RANGE);
    // R_RISCV_64
    memset(code, 0, 8);
    CHECK(apply(code, PC, 0x0102030405060708ull, 8, PATCH_RISCV_64, 0, MO_HOLE_NO_PAIR) == 0 &&
              mo_patch_read64(code) == 0x0102030405060710ull,
          "R_RISCV_64");
}

// auipc a0 (00000517) + addi a0, a0, 0 (00050513): an address computation.
static void test_pcrel_pairs(void)
{
    uint64_t spc = PC + 0x2000;
    reset(0, 0, spc, sizeof slots);
    // Near: PC-relative.
    EXPECT2(0x00000517, PATCH_RISCV_PCREL_HI20, 0x00050513, PATCH_RISCV_PCREL_LO12_I, PC,
            PC + 0x12345678, 0, 0x12345517, 0x67850513);
    EXPECT2(0x00000517, PATCH_RISCV_PCREL_HI20, 0x00050513, PATCH_RISCV_PCREL_LO12_I, PC,
            PC + 0x7FFFF7FF, 0, 0x7FFFF517, 0x7FF50513);
    EXPECT2(0x00000517, PATCH_RISCV_PCREL_HI20, 0x00050513, PATCH_RISCV_PCREL_LO12_I, PC,
            PC - 0x80000800ull, 0, 0x80000517, 0x80050513);
    // The same with a store: sd a1, lo(a0)
    EXPECT2(0x00000517, PATCH_RISCV_PCREL_HI20, 0x00B53023, PATCH_RISCV_PCREL_LO12_S, PC,
            PC + 0x7FFFF7FF, 0, 0x7FFFF517, 0x7EB53FA3);
    // Far but a small absolute value: auipc becomes lui (0110111).
    EXPECT2(0x00000517, PATCH_RISCV_PCREL_HI20, 0x00050513, PATCH_RISCV_PCREL_LO12_I, PC,
            0x12345678, 0, 0x12345537, 0x67850513);
    // Far and large: the address goes into a slot at PC+0x2000 and addi
    // becomes ld a0, 0(a0) (00053503): auipc a0, 2.
    EXPECT2(0x00000517, PATCH_RISCV_PCREL_HI20, 0x00050513, PATCH_RISCV_PCREL_LO12_I, PC,
            0x00007F0000000000ull, 0, 0x00002517, 0x00053503);
    CHECK(mo_patch_read64(slots) == 0x00007F0000000000ull, "pcrel slot");
    // … which a store through the address cannot do.
    uint32_t h, l;
    CHECK(patch2(0x00000517, PATCH_RISCV_PCREL_HI20, 0x00B53023, PATCH_RISCV_PCREL_LO12_S, PC,
                 0x00007F0000000008ull, 0, &h, &l) == MO_PATCH_RANGE,
          "store through a far address");
    // A low half whose high half was never patched.
    mo_patch_context_next_stencil(&ctx);
    mo_patch_write32(code, 0x00050513);
    CHECK(apply(code, PC, PC, 0, PATCH_RISCV_PCREL_LO12_I, 1, 0) == MO_PATCH_BAD_PAIR, "unpaired low half");
    CHECK(apply(code, PC, PC, 0, PATCH_RISCV_PCREL_LO12_I, 1, MO_HOLE_NO_PAIR) == MO_PATCH_BAD_PAIR,
          "low half without a partner");
    // The high half is not an auipc.
    mo_patch_write32(code, 0x00000537);
    CHECK(apply(code, PC, PC, 0, PATCH_RISCV_PCREL_HI20, 0, MO_HOLE_NO_PAIR) == MO_PATCH_BAD_INSN,
          "not an auipc");
}

// auipc a3 (00000697) + ld a4, 0(a3) (0006b703): a GOT load of a value.
static void test_got_pairs(void)
{
    uint64_t pc = 0x00007F0000001000ull, spc = pc + 0x3000;
    reset(0, 0, spc, sizeof slots);
    // A small value: lui a3, 0x12345 (123456b7) + addi a4, a3, 0x678 (67868713).
    EXPECT2(0x00000697, PATCH_RISCV_GOT_HI20, 0x0006B703, PATCH_RISCV_PCREL_LO12_I, pc, 0x12345678, 0,
            0x123456B7, 0x67868713);
    EXPECT2(0x00000697, PATCH_RISCV_GOT_HI20, 0x0006B703, PATCH_RISCV_PCREL_LO12_I, pc,
            (uint64_t)-0x80000800ll, 0, 0x800006B7, 0x80068713);
    // A near address: auipc a3, 0x12345 (12345697) + addi a4, a3, 0x678.
    EXPECT2(0x00000697, PATCH_RISCV_GOT_HI20, 0x0006B703, PATCH_RISCV_PCREL_LO12_I, pc,
            pc + 0x12345678, 0, 0x12345697, 0x67868713);
    // Neither: a slot at pc+0x3000, auipc a3, 3 + ld a4, 0(a3), unchanged.
    EXPECT2(0x00000697, PATCH_RISCV_GOT_HI20, 0x0006B703, PATCH_RISCV_PCREL_LO12_I, pc,
            0x0000100000000000ull, 0, 0x00003697, 0x0006B703);
    CHECK(mo_patch_read64(slots) == 0x0000100000000000ull, "GOT slot");
    // A slot 8 bytes on: ld a4, 8(a3) (0086b703).
    EXPECT2(0x00000697, PATCH_RISCV_GOT_HI20, 0x0006B703, PATCH_RISCV_PCREL_LO12_I, pc,
            0x0000100000000008ull, 0, 0x00003697, 0x0086B703);
    // No slots left.
    reset(0, 0, spc, 0);
    uint32_t h, l;
    CHECK(patch2(0x00000697, PATCH_RISCV_GOT_HI20, 0x0006B703, PATCH_RISCV_PCREL_LO12_I, pc,
                 0x0000100000000000ull, 0, &h, &l) == MO_PATCH_NO_SPACE,
          "GOT without slots");
    // A GOT entry with an addend is not something clang emits.
    CHECK(patch2(0x00000697, PATCH_RISCV_GOT_HI20, 0x0006B703, PATCH_RISCV_PCREL_LO12_I, pc, 5, 8, &h,
                 &l) == MO_PATCH_BAD_INSN,
          "GOT addend");
    // The low half of a GOT pair must be a ld.
    reset(0, 0, spc, sizeof slots);
    CHECK(patch2(0x00000697, PATCH_RISCV_GOT_HI20, 0x00050513, PATCH_RISCV_PCREL_LO12_I, pc, 5, 0, &h,
                 &l) == MO_PATCH_BAD_INSN,
          "GOT low half not a ld");
    CHECK(apply(code, pc, 0, 0, PATCH_X86_64_64, 0, MO_HOLE_NO_PAIR) == MO_PATCH_BAD_KIND, "foreign kind");
}

int main(void)
{
    test_calls();
    test_branches();
    test_absolute();
    test_pcrel_pairs();
    test_got_pairs();
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed != 0;
}
