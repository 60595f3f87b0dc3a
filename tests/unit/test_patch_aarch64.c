// tests/unit/test_patch_aarch64.c — every AArch64 patch function at the
// edges of its range, on any host (patching is byte manipulation).
//
// Each expected instruction word is written out here from the Arm ARM
// encoding tables (and was cross-checked with an assembler), never computed
// by the code under test. For each relative kind: the largest and smallest
// offsets in range, and one past them (refused, or through a veneer).
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

// A context whose veneers and slots run at the given addresses.
static void reset(uint64_t veneer_pc, size_t veneer_bytes, uint64_t slot_pc, size_t slot_bytes)
{
    memset(veneers, 0, sizeof veneers);
    memset(slots, 0, sizeof slots);
    mo_patch_context_init(&ctx, veneers, veneer_pc, veneer_bytes, slots, slot_pc, slot_bytes);
}

// Patches `insn` (at run address `pc`) with S and A; returns the result code
// and leaves the patched word in *out.
static int patch(uint32_t insn, unsigned kind, uint64_t pc, uint64_t S, int64_t A, uint32_t *out)
{
    mo_patch_write32(code, insn);
    PatchSite site = {code, pc, S, A, kind, 0, MO_HOLE_NO_PAIR};
    int rc = mo_patch_aarch64_apply(&ctx, &site);
    *out = mo_patch_read32(code);
    return rc;
}

#define EXPECT(insn, kind, pc, S, A, want)                                                       \
    do {                                                                                         \
        uint32_t got_;                                                                           \
        int rc_ = patch((insn), (kind), (pc), (S), (A), &got_);                                  \
        CHECK(rc_ == MO_PATCH_OK && got_ == (want), "%s: rc %d, got %08x, want %08x", #kind, rc_, \
              got_, (uint32_t)(want));                                                           \
    } while (0)

#define EXPECT_RC(insn, kind, pc, S, A, want_rc)                                                 \
    do {                                                                                         \
        uint32_t got_;                                                                           \
        int rc_ = patch((insn), (kind), (pc), (S), (A), &got_);                                  \
        CHECK(rc_ == (want_rc), "%s: rc %d, want %d", #kind, rc_, (want_rc));                    \
    } while (0)

#define PC 0x0000100000000000ull

static void test_branches(void)
{
    reset(0, 0, 0, 0);  // no veneer space: out of range is refused
    // b: 000101 imm26
    EXPECT(0x14000000, PATCH_AARCH64_JUMP26, PC, PC + 0x7FFFFFC, 0, 0x15FFFFFF);   // b #+0x7fffffc
    EXPECT(0x14000000, PATCH_AARCH64_JUMP26, PC, PC - 0x8000000, 0, 0x16000000);   // b #-0x8000000
    EXPECT(0x14000000, PATCH_AARCH64_JUMP26, PC, PC, 8, 0x14000002);               // b #+8 (addend)
    EXPECT_RC(0x14000000, PATCH_AARCH64_JUMP26, PC, PC + 0x8000000, 0, MO_PATCH_NO_SPACE);
    EXPECT_RC(0x14000000, PATCH_AARCH64_JUMP26, PC, PC + 2, 0, MO_PATCH_ALIGN);
    // bl: 100101 imm26
    EXPECT(0x94000000, PATCH_AARCH64_CALL26, PC, PC + 0x7FFFFFC, 0, 0x95FFFFFF);   // bl #+0x7fffffc
    EXPECT(0x94000000, PATCH_AARCH64_CALL26, PC, PC - 0x8000000, 0, 0x96000000);   // bl #-0x8000000
    // b.eq: 01010100 imm19 0 0000
    EXPECT(0x54000000, PATCH_AARCH64_CONDBR19, PC, PC + 0xFFFFC, 0, 0x547FFFE0);   // b.eq #+0xffffc
    EXPECT(0x54000000, PATCH_AARCH64_CONDBR19, PC, PC - 0x100000, 0, 0x54800000);  // b.eq #-0x100000
    EXPECT_RC(0x54000000, PATCH_AARCH64_CONDBR19, PC, PC + 0x100000, 0, MO_PATCH_RANGE);
    EXPECT_RC(0x54000000, PATCH_AARCH64_CONDBR19, PC, PC - 0x100004, 0, MO_PATCH_RANGE);
    // cbz x1 (same imm19 field): 10110100 imm19 Rt
    EXPECT(0xB4000001, PATCH_AARCH64_CONDBR19, PC, PC + 8, 0, 0xB4000041);         // cbz x1, #+8
    // tbz w3, #5: 0 0110110 00101 imm14 00011
    EXPECT(0x36280003, PATCH_AARCH64_TSTBR14, PC, PC + 0x7FFC, 0, 0x362BFFE3);     // tbz #+0x7ffc
    EXPECT(0x36280003, PATCH_AARCH64_TSTBR14, PC, PC - 0x8000, 0, 0x362C0003);     // tbz #-0x8000
    EXPECT_RC(0x36280003, PATCH_AARCH64_TSTBR14, PC, PC + 0x8000, 0, MO_PATCH_RANGE);
    EXPECT_RC(0x36280003, PATCH_AARCH64_TSTBR14, PC, PC - 0x8004, 0, MO_PATCH_RANGE);
}

// CALL26/JUMP26 out of range go through a veneer built of x16 only:
//   ldr x16, #8 (58000050); br x16 (d61f0200); .quad target
static void test_veneers(void)
{
    uint64_t vpc = PC + 0x1000, far = 0x00007F0012345678ull;
    reset(vpc, sizeof veneers, 0, 0);
    EXPECT(0x94000000, PATCH_AARCH64_CALL26, PC, far, 0, 0x94000400);   // bl to the veneer (+0x1000)
    CHECK(mo_patch_read32(veneers) == 0x58000050 && mo_patch_read32(veneers + 4) == 0xD61F0200,
          "veneer code %08x %08x", mo_patch_read32(veneers), mo_patch_read32(veneers + 4));
    CHECK(mo_patch_read64(veneers + 8) == far, "veneer target %llx",
          (unsigned long long)mo_patch_read64(veneers + 8));
    // The same target again reuses it; a second target takes the next one.
    EXPECT(0x14000000, PATCH_AARCH64_JUMP26, PC + 4, far, 0, 0x140003FF);
    EXPECT(0x94000000, PATCH_AARCH64_CALL26, PC, far + 4, 0, 0x94000404);
    CHECK(mo_patch_read64(veneers + 24) == far + 4, "second veneer");
    // One past the range of the veneer itself: refused.
    reset(PC + 0x8000000, sizeof veneers, 0, 0);
    EXPECT_RC(0x94000000, PATCH_AARCH64_CALL26, PC, far, 0, MO_PATCH_RANGE);
    reset(PC + 0x7FFFFFC, sizeof veneers, 0, 0);
    EXPECT(0x94000000, PATCH_AARCH64_CALL26, PC, far, 0, 0x95FFFFFF);
}

static void test_pages(void)
{
    reset(0, 0, 0, 0);
    uint64_t pc = 0x0000123440000123ull, page = 0x0000123440000000ull;
    // adrp x0: 1 immlo 10000 immhi 00000
    EXPECT(0x90000000, PATCH_AARCH64_ADR_PREL_PG_HI21, pc, page + 0xFFFFF000, 0, 0xF07FFFE0);
    EXPECT(0x90000000, PATCH_AARCH64_ADR_PREL_PG_HI21, pc, page - 0x100000000ull, 0, 0x90800000);
    EXPECT(0x90000000, PATCH_AARCH64_ADR_PREL_PG_HI21, pc, page + 0xFFFFFFFF, 0, 0xF07FFFE0);
    EXPECT_RC(0x90000000, PATCH_AARCH64_ADR_PREL_PG_HI21, pc, page + 0x100000000ull, 0, MO_PATCH_RANGE);
    EXPECT_RC(0x90000000, PATCH_AARCH64_ADR_PREL_PG_HI21, pc, page - 0x100001000ull, 0, MO_PATCH_RANGE);
    // Not an adrp at all.
    EXPECT_RC(0x91000000, PATCH_AARCH64_ADR_PREL_PG_HI21, pc, page, 0, MO_PATCH_BAD_INSN);
    // add x2, x3, #lo12: imm12 at [21:10]
    EXPECT(0x91000062, PATCH_AARCH64_ADD_ABS_LO12_NC, pc, 0x12345ABC, 0, 0x912AF062);
    EXPECT(0x91000062, PATCH_AARCH64_ADD_ABS_LO12_NC, pc, 0x12345000, 0xFFF, 0x913FFC62);
    // Loads, scaled by their size: ldrb/ldrh/ldr w/ldr x/ldr q
    EXPECT(0x39400020, PATCH_AARCH64_LDST8_ABS_LO12_NC, pc, 0x7FFF, 0, 0x397FFC20);   // ldrb #4095
    EXPECT(0x79400020, PATCH_AARCH64_LDST16_ABS_LO12_NC, pc, 0x7FFE, 0, 0x795FFC20);  // ldrh #4094
    EXPECT(0xB9400020, PATCH_AARCH64_LDST32_ABS_LO12_NC, pc, 0x7FFC, 0, 0xB94FFC20);  // ldr w #4092
    EXPECT(0xF94000A4, PATCH_AARCH64_LDST64_ABS_LO12_NC, pc, 0x7FF8, 0, 0xF947FCA4);  // ldr x #4088
    EXPECT(0x3DC000E6, PATCH_AARCH64_LDST128_ABS_LO12_NC, pc, 0x7FF0, 0, 0x3DC3FCE6); // ldr q #4080
    EXPECT_RC(0x79400020, PATCH_AARCH64_LDST16_ABS_LO12_NC, pc, 0x7FFF, 0, MO_PATCH_ALIGN);
    EXPECT_RC(0xF94000A4, PATCH_AARCH64_LDST64_ABS_LO12_NC, pc, 0x7FFC, 0, MO_PATCH_ALIGN);
    EXPECT_RC(0x3DC000E6, PATCH_AARCH64_LDST128_ABS_LO12_NC, pc, 0x7FF8, 0, MO_PATCH_ALIGN);
}

static void test_movw(void)
{
    reset(0, 0, 0, 0);
    uint64_t v = 0x56781234DEADBEEFull;
    // movz x8 (d2800008), movk x8 lsl 16/32/48 (f2a00008, f2c00008, f2e00008)
    EXPECT(0xD2800008, PATCH_AARCH64_MOVW_UABS_G0_NC, 0, v, 0, 0xD297DDE8);   // movz x8, #0xbeef
    EXPECT(0xF2A00008, PATCH_AARCH64_MOVW_UABS_G1_NC, 0, v, 0, 0xF2BBD5A8);   // movk #0xdead, lsl 16
    EXPECT(0xF2C00008, PATCH_AARCH64_MOVW_UABS_G2_NC, 0, v, 0, 0xF2C24688);   // movk #0x1234, lsl 32
    EXPECT(0xF2E00008, PATCH_AARCH64_MOVW_UABS_G3, 0, v, 0, 0xF2EACF08);      // movk #0x5678, lsl 48
    // Checked groups: the value must fit the groups up to this one.
    EXPECT(0xD2800008, PATCH_AARCH64_MOVW_UABS_G0, 0, 0xFFFF, 0, 0xD29FFFE8);
    EXPECT_RC(0xD2800008, PATCH_AARCH64_MOVW_UABS_G0, 0, 0x10000, 0, MO_PATCH_RANGE);
    EXPECT(0xF2A00008, PATCH_AARCH64_MOVW_UABS_G1, 0, 0xFFFFFFFF, 0, 0xF2BFFFE8);
    EXPECT_RC(0xF2A00008, PATCH_AARCH64_MOVW_UABS_G1, 0, 0x100000000ull, 0, MO_PATCH_RANGE);
    EXPECT(0xF2C00008, PATCH_AARCH64_MOVW_UABS_G2, 0, 0xFFFFFFFFFFFFull, 0, 0xF2DFFFE8);
    EXPECT_RC(0xF2C00008, PATCH_AARCH64_MOVW_UABS_G2, 0, 0x1000000000000ull, 0, MO_PATCH_RANGE);
    EXPECT(0xF2E00008, PATCH_AARCH64_MOVW_UABS_G3, 0, UINT64_MAX, 0, 0xF2FFFFE8);
    // The shift (hw) must match the group.
    EXPECT_RC(0xF2A00008, PATCH_AARCH64_MOVW_UABS_G0_NC, 0, v, 0, MO_PATCH_BAD_INSN);
    // ABS64: the value, little-endian.
    memset(code, 0, 8);
    PatchSite s = {code, 0, 0x0102030405060708ull, 0x10, PATCH_AARCH64_ABS64, 0, MO_HOLE_NO_PAIR};
    CHECK(mo_patch_aarch64_apply(&ctx, &s) == MO_PATCH_OK && code[0] == 0x18 && code[7] == 0x01,
          "ABS64");
}

// adrp x0, :got:S (90000000) + ldr x0, [x0, :got_lo12:S] (f9400000).
static int got_pair(uint64_t pc, uint64_t S, uint32_t *adrp, uint32_t *ldr)
{
    mo_patch_write32(code, 0x90000000);
    mo_patch_write32(code + 4, 0xF9400000);
    mo_patch_context_next_stencil(&ctx);
    PatchSite hi = {code, pc, S, 0, PATCH_AARCH64_ADR_GOT_PAGE, 0, MO_HOLE_NO_PAIR};
    PatchSite lo = {code + 4, pc + 4, S, 0, PATCH_AARCH64_LD64_GOT_LO12_NC, 1, 0};
    int rc = mo_patch_aarch64_apply(&ctx, &hi);
    if (rc == MO_PATCH_OK)
        rc = mo_patch_aarch64_apply(&ctx, &lo);
    *adrp = mo_patch_read32(code);
    *ldr = mo_patch_read32(code + 4);
    return rc;
}

static void test_got(void)
{
    uint32_t adrp, ldr;
    uint64_t pc = 0x0000123440000000ull;
    // In range: relaxed to adrp + add (no load): add x0, x0, #0x678 (91019c00).
    reset(0, 0, pc + 0x2000, sizeof slots);
    CHECK(got_pair(pc, pc + 0x5678, &adrp, &ldr) == MO_PATCH_OK && adrp == 0xB0000020 &&
              ldr == 0x9119E000,
          "relaxed GOT pair: %08x %08x", adrp, ldr);
    // Out of range: a GOT slot at pc + 0x2008 holds S; adrp +2 pages (immlo=2),
    // ldr x0, [x0, #8] (f9400400).
    reset(0, 0, pc + 0x2008, sizeof slots);
    uint64_t far = 0x00007F0000001234ull;
    CHECK(got_pair(pc, far, &adrp, &ldr) == MO_PATCH_OK && adrp == 0xD0000000 && ldr == 0xF9400400,
          "GOT slot pair: %08x %08x", adrp, ldr);
    CHECK(mo_patch_read64(slots) == far, "GOT slot holds the value");
    // No slot space left: refused.
    reset(0, 0, pc + 0x2008, 0);
    CHECK(got_pair(pc, far, &adrp, &ldr) == MO_PATCH_NO_SPACE, "GOT without slots");
    // A low half without its high half.
    reset(0, 0, 0, 0);
    mo_patch_write32(code, 0xF9400000);
    PatchSite lo = {code, pc, far, 0, PATCH_AARCH64_LD64_GOT_LO12_NC, 1, 0};
    CHECK(mo_patch_aarch64_apply(&ctx, &lo) == MO_PATCH_BAD_PAIR, "unpaired low half");
    // Another architecture's kind.
    PatchSite x = {code, pc, far, 0, PATCH_X86_64_PC32, 0, MO_HOLE_NO_PAIR};
    CHECK(mo_patch_aarch64_apply(&ctx, &x) == MO_PATCH_BAD_KIND, "foreign kind");
}

int main(void)
{
    test_branches();
    test_veneers();
    test_pages();
    test_movw();
    test_got();
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed != 0;
}
