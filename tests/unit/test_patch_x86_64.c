// tests/unit/test_patch_x86_64.c — every x86-64 patch function at the edges
// of its range, on any host (patching is byte manipulation).
//
// Expected bytes are written out from the Intel SDM encodings and the psABI
// relaxation rules (cross-checked with an assembler), never computed by the
// code under test. Prints "N passed, N failed".
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

// Writes `insn` (n bytes) at code+8 and patches the field at code+8+field,
// which runs at `pc`. Returns the result code.
static int patch(const uint8_t *insn, size_t n, size_t field, unsigned kind, uint64_t pc,
                 uint64_t S, int64_t A)
{
    memset(code, 0x90, sizeof code);
    memcpy(code + 8, insn, n);
    PatchSite site = {code + 8 + field, pc, S, A, kind, 0, MO_HOLE_NO_PAIR};
    return mo_patch_x86_64_apply(&ctx, &site);
}

// True when code+8.. holds the n bytes given.
static int bytes_are(const uint8_t *want, size_t n)
{
    return memcmp(code + 8, want, n) == 0;
}

static void dump(size_t n)
{
    for (size_t i = 0; i < n; i++)
        printf(" %02x", code[8 + i]);
    printf("\n");
}

#define B(...) ((const uint8_t[]){__VA_ARGS__})
#define EXPECT_BYTES(rc_expr, ...)                                                               \
    do {                                                                                         \
        static const uint8_t want_[] = {__VA_ARGS__};                                            \
        int rc_ = (rc_expr);                                                                     \
        int ok_ = rc_ == MO_PATCH_OK && bytes_are(want_, sizeof want_);                          \
        CHECK(ok_, "%s -> rc %d", #rc_expr, rc_);                                                \
        if (!ok_)                                                                                \
            dump(sizeof want_);                                                                  \
    } while (0)

#define P 0x0000555500001000ull   // where the field runs

static void test_absolute(void)
{
    reset(0, 0, 0, 0);
    // R_X86_64_64: movabs $imm64, %rax = 48 b8 <imm64>
    EXPECT_BYTES(patch(B(0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0), 10, 2, PATCH_X86_64_64, P,
                       0x1122334455667788ull, 0),
                 0x48, 0xB8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11);
    // R_X86_64_32: movl $imm32, %ecx = b9 <imm32>, zero-extended: [0, 2^32)
    EXPECT_BYTES(patch(B(0xB9, 0, 0, 0, 0), 5, 1, PATCH_X86_64_32, P, 0xFFFFFFFF, 0),
                 0xB9, 0xFF, 0xFF, 0xFF, 0xFF);
    EXPECT_BYTES(patch(B(0xB9, 0, 0, 0, 0), 5, 1, PATCH_X86_64_32, P, 0, 0), 0xB9, 0, 0, 0, 0);
    CHECK(patch(B(0xB9, 0, 0, 0, 0), 5, 1, PATCH_X86_64_32, P, 0x100000000ull, 0) == MO_PATCH_RANGE,
          "32: 2^32");
    CHECK(patch(B(0xB9, 0, 0, 0, 0), 5, 1, PATCH_X86_64_32, P, 0, -1) == MO_PATCH_RANGE, "32: -1");
    // R_X86_64_32S: addq $imm32, %rdi = 48 81 c7 <imm32>, sign-extended
    EXPECT_BYTES(patch(B(0x48, 0x81, 0xC7, 0, 0, 0, 0), 7, 3, PATCH_X86_64_32S, P, 0x7FFFFFFF, 0),
                 0x48, 0x81, 0xC7, 0xFF, 0xFF, 0xFF, 0x7F);
    EXPECT_BYTES(patch(B(0x48, 0x81, 0xC7, 0, 0, 0, 0), 7, 3, PATCH_X86_64_32S, P,
                       (uint64_t)-0x80000000ll, 0),
                 0x48, 0x81, 0xC7, 0x00, 0x00, 0x00, 0x80);
    CHECK(patch(B(0x48, 0x81, 0xC7, 0, 0, 0, 0), 7, 3, PATCH_X86_64_32S, P, 0x80000000ull, 0) ==
              MO_PATCH_RANGE,
          "32S: 2^31");
    CHECK(patch(B(0x48, 0x81, 0xC7, 0, 0, 0, 0), 7, 3, PATCH_X86_64_32S, P,
                (uint64_t)-0x80000001ll, 0) == MO_PATCH_RANGE,
          "32S: -2^31-1");
}

static void test_relative(void)
{
    reset(0, 0, 0, 0);
    // call rel32 = e8 <S + A - P>, A = -4 (the field is 4 bytes before the end)
    EXPECT_BYTES(patch(B(0xE8, 0, 0, 0, 0), 5, 1, PATCH_X86_64_PLT32, P, P + 4 + 0x7FFFFFFF, -4),
                 0xE8, 0xFF, 0xFF, 0xFF, 0x7F);
    EXPECT_BYTES(patch(B(0xE8, 0, 0, 0, 0), 5, 1, PATCH_X86_64_PLT32, P, P + 4 - 0x80000000ull, -4),
                 0xE8, 0x00, 0x00, 0x00, 0x80);
    // jmp rel32 (e9) and je rel32 (0f 84) the same way, with PC32.
    EXPECT_BYTES(patch(B(0xE9, 0, 0, 0, 0), 5, 1, PATCH_X86_64_PC32, P, P + 0x14, -4),
                 0xE9, 0x10, 0x00, 0x00, 0x00);
    EXPECT_BYTES(patch(B(0x0F, 0x84, 0, 0, 0, 0), 6, 2, PATCH_X86_64_PLT32, P, P - 0x10, -4),
                 0x0F, 0x84, 0xEC, 0xFF, 0xFF, 0xFF);
    // One past, without veneer space: refused (never truncated).
    CHECK(patch(B(0xE8, 0, 0, 0, 0), 5, 1, PATCH_X86_64_PLT32, P, P + 4 + 0x80000000ull, -4) ==
              MO_PATCH_NO_SPACE,
          "call one past the range without a trampoline");
    // A RIP-relative data load one past the range cannot use a trampoline:
    // mulsd disp(%rip), %xmm0 = f2 0f 59 05 <disp>
    CHECK(patch(B(0xF2, 0x0F, 0x59, 0x05, 0, 0, 0, 0), 8, 4, PATCH_X86_64_PC32, P,
                P + 4 + 0x80000000ull, -4) == MO_PATCH_RANGE,
          "data load one past the range");
    CHECK(patch(B(0xF2, 0x0F, 0x59, 0x05, 0, 0, 0, 0), 8, 4, PATCH_X86_64_PC32, P,
                P - 0x80000001ull + 4, -4) == MO_PATCH_RANGE,
          "data load one before the range");
}

// A far branch goes to a trampoline: jmp *0(%rip) = ff 25 00 00 00 00, then
// the 8-byte target (and two int3 of padding).
static void test_trampolines(void)
{
    uint64_t far = 0x00007F1122334455ull, vpc = P + 0x1000;
    reset(vpc, sizeof veneers, 0, 0);
    // call: e8 → trampoline at P+0x1000: rel = 0x1000 - 4
    EXPECT_BYTES(patch(B(0xE8, 0, 0, 0, 0), 5, 1, PATCH_X86_64_PLT32, P, far, -4),
                 0xE8, 0xFC, 0x0F, 0x00, 0x00);
    static const uint8_t tramp[16] = {0xFF, 0x25, 0, 0, 0, 0, 0x55, 0x44, 0x33, 0x22,
                                      0x11, 0x7F, 0x00, 0x00, 0xCC, 0xCC};
    CHECK(memcmp(veneers, tramp, 16) == 0, "trampoline bytes");
    // jcc to the same target reuses it: 0f 85, rel = 0x1000 - 4
    EXPECT_BYTES(patch(B(0x0F, 0x85, 0, 0, 0, 0), 6, 2, PATCH_X86_64_PC32, P, far, -4),
                 0x0F, 0x85, 0xFC, 0x0F, 0x00, 0x00);
    // A trampoline itself out of range: refused.
    reset(P + 4 + 0x80000000ull, sizeof veneers, 0, 0);
    CHECK(patch(B(0xE9, 0, 0, 0, 0), 5, 1, PATCH_X86_64_PLT32, P, far, -4) == MO_PATCH_RANGE,
          "trampoline one past the range");
    reset(P + 4 + 0x7FFFFFFFull, sizeof veneers, 0, 0);
    EXPECT_BYTES(patch(B(0xE9, 0, 0, 0, 0), 5, 1, PATCH_X86_64_PLT32, P, far, -4),
                 0xE9, 0xFF, 0xFF, 0xFF, 0x7F);
}

static void test_got(void)
{
    uint64_t spc = P + 0x2000, far = 0x00007F0000000040ull;
    // GOTPCREL: never relaxed; a slot at P+0x2000 holds S: rel = slot - 4 - P.
    // movq f@GOTPCREL(%rip), %rax = 48 8b 05 <disp>
    reset(0, 0, spc, sizeof slots);
    EXPECT_BYTES(patch(B(0x48, 0x8B, 0x05, 0, 0, 0, 0), 7, 3, PATCH_X86_64_GOTPCREL, P, P + 0x100, -4),
                 0x48, 0x8B, 0x05, 0xFC, 0x1F, 0x00, 0x00);
    CHECK(mo_patch_read64(slots) == P + 0x100, "GOTPCREL slot");

    // GOTPCRELX on call *f@GOTPCREL(%rip) = ff 15: near → addr32 call f = 67 e8
    reset(0, 0, spc, sizeof slots);
    EXPECT_BYTES(patch(B(0xFF, 0x15, 0, 0, 0, 0), 6, 2, PATCH_X86_64_GOTPCRELX, P, P + 0x104, -4),
                 0x67, 0xE8, 0x00, 0x01, 0x00, 0x00);
    // … far → stays an indirect call through a slot.
    EXPECT_BYTES(patch(B(0xFF, 0x15, 0, 0, 0, 0), 6, 2, PATCH_X86_64_GOTPCRELX, P, far, -4),
                 0xFF, 0x15, 0xFC, 0x1F, 0x00, 0x00);
    CHECK(mo_patch_read64(slots) == far, "GOTPCRELX slot");
    // jmp *f@GOTPCREL(%rip) = ff 25: near → jmp f; nop = e9 <S - (P + 3)> 90
    EXPECT_BYTES(patch(B(0xFF, 0x25, 0, 0, 0, 0), 6, 2, PATCH_X86_64_GOTPCRELX, P, P + 0x103, -4),
                 0xE9, 0x00, 0x01, 0x00, 0x00, 0x90);

    // REX_GOTPCRELX on movq f@GOTPCREL(%rip), %r15 = 4c 8b 3d:
    // near → leaq f(%rip), %r15 = 4c 8d 3d
    reset(0, 0, spc, sizeof slots);
    EXPECT_BYTES(patch(B(0x4C, 0x8B, 0x3D, 0, 0, 0, 0), 7, 3, PATCH_X86_64_REX_GOTPCRELX, P,
                       P + 4 - 0x80000000ull, -4),
                 0x4C, 0x8D, 0x3D, 0x00, 0x00, 0x00, 0x80);
    // far but a small value → movq $imm32, %r15 = 49 c7 c7 <imm32>
    EXPECT_BYTES(patch(B(0x4C, 0x8B, 0x3D, 0, 0, 0, 0), 7, 3, PATCH_X86_64_REX_GOTPCRELX, P,
                       0x12345678, -4),
                 0x49, 0xC7, 0xC7, 0x78, 0x56, 0x34, 0x12);
    // movq f@GOTPCREL(%rip), %rax = 48 8b 05 → movq $-1, %rax = 48 c7 c0 ff ff ff ff
    EXPECT_BYTES(patch(B(0x48, 0x8B, 0x05, 0, 0, 0, 0), 7, 3, PATCH_X86_64_REX_GOTPCRELX, P,
                       UINT64_MAX, -4),
                 0x48, 0xC7, 0xC0, 0xFF, 0xFF, 0xFF, 0xFF);
    // far and large → load from a slot, instruction unchanged
    EXPECT_BYTES(patch(B(0x4C, 0x8B, 0x3D, 0, 0, 0, 0), 7, 3, PATCH_X86_64_REX_GOTPCRELX, P, far, -4),
                 0x4C, 0x8B, 0x3D, 0xFC, 0x1F, 0x00, 0x00);
    // not a mov (testq %rax, f@GOTPCREL(%rip) = 48 85 05): always the slot
    reset(0, 0, spc, sizeof slots);
    EXPECT_BYTES(patch(B(0x48, 0x85, 0x05, 0, 0, 0, 0), 7, 3, PATCH_X86_64_REX_GOTPCRELX, P, 5, -4),
                 0x48, 0x85, 0x05, 0xFC, 0x1F, 0x00, 0x00);
    // No slot space: refused.
    reset(0, 0, spc, 0);
    CHECK(patch(B(0x4C, 0x8B, 0x3D, 0, 0, 0, 0), 7, 3, PATCH_X86_64_REX_GOTPCRELX, P, far, -4) ==
              MO_PATCH_NO_SPACE,
          "GOT without slot space");
    // A slot out of range of the instruction: refused.
    reset(0, 0, P + 4 + 0x80000000ull, sizeof slots);
    CHECK(patch(B(0xFF, 0x15, 0, 0, 0, 0), 6, 2, PATCH_X86_64_GOTPCRELX, P, far, -4) == MO_PATCH_RANGE,
          "GOT slot one past the range");
    // Another architecture's kind.
    CHECK(patch(B(0, 0, 0, 0), 4, 0, PATCH_AARCH64_CALL26, P, 0, 0) == MO_PATCH_BAD_KIND, "foreign kind");
}

int main(void)
{
    test_absolute();
    test_relative();
    test_trampolines();
    test_got();
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed != 0;
}
