// src/jit/stencil.h — the stencil table: what tools/stencilgen writes and
// src/jit/emit.c reads.
//
// A Stencil is the machine code clang produced for one uop (or for the entry
// shim, or for an exit stub), its read-only data, and its holes. A Hole says
// where a field is (`offset`), how to patch it (`kind`, one per relocation
// type and architecture) and what it becomes (`value`, plus `symbol` for
// runtime C symbols and `addend`):
//
//   Hole { offset, kind,           value,        symbol, addend, pair }
//        { 0x05,   PATCH_X86_64_32, HOLE_OPARG,   -,      0,      -    }
//        { 0x39,   PATCH_X86_64_GOTPCRELX, HOLE_EXTERN, 3 (`mo_dict_get`), -4, - }
//
// What the patch writes is `S + A` (absolute kinds) or `S + A - P` (relative
// kinds), S being the hole's value, A its addend, P the field's run address.
// `pair` links a "low" hole to the "high" hole whose result it completes
// (RISC-V `%pcrel_lo` → its `auipc`; AArch64 GOT `ldr` → its `adrp`).
//
// Invariants (stencilgen checks them; the emitter relies on them):
// - code holes are sorted by offset and a paired hole comes after its
//   partner; data holes are all absolute 64-bit.
// - a stencil with STENCIL_FALLS_THROUGH must be followed by more code: the
//   trailing jump to `_JIT_CONTINUE` was removed.
// - `nslots`/`nveneers` bound the GOT slots and veneers its holes may need.
//
// Read next: src/jit/holes.h (the `_JIT_*` values), src/jit/emit.c.
#ifndef MO_JIT_STENCIL_H
#define MO_JIT_STENCIL_H

#include <stdint.h>

#include "jit/holes.h"

// The architectures stencils are generated for.
enum {
    MO_ARCH_NONE = 0,
    MO_ARCH_X86_64 = 1,
    MO_ARCH_AARCH64 = 2,
    MO_ARCH_RISCV64 = 3,
};

#if defined(__x86_64__)
#define MO_ARCH_HOST MO_ARCH_X86_64
#elif defined(__aarch64__)
#define MO_ARCH_HOST MO_ARCH_AARCH64
#elif defined(__riscv) && __riscv_xlen == 64
#define MO_ARCH_HOST MO_ARCH_RISCV64
#else
#define MO_ARCH_HOST MO_ARCH_NONE
#endif

// What a hole becomes. The first three are not `_JIT_*` symbols: a
// relocation against the stencil's own code or data, or against a C symbol
// of the runtime.
typedef enum HoleValue {
    HOLE_CODE,      // this stencil's code + addend (a local label)
    HOLE_DATA,      // this stencil's read-only data + addend
    HOLE_EXTERN,    // a runtime C function or global, `symbols[symbol]`
#define MO_HOLE_ENUM(name, class, doc) HOLE_##name,
    MO_JIT_HOLE_SYMBOLS(MO_HOLE_ENUM)
#undef MO_HOLE_ENUM
    HOLE_VALUE_COUNT
} HoleValue;

// How a hole is patched: one kind per relocation type per architecture.
// X(NAME, ELF relocation type number). The patch functions live in
// src/jit/patch_<arch>.c; tools/stencilgen maps ELF types onto these.
#define MO_PATCH_KINDS_X86_64(X)                                                 \
    X(X86_64_64, 1)               /* S + A, 64-bit absolute */                  \
    X(X86_64_PC32, 2)             /* S + A - P, 32-bit signed */                \
    X(X86_64_PLT32, 4)            /* as PC32; a call/jmp may go via a veneer */ \
    X(X86_64_GOTPCREL, 9)         /* G + A - P: a GOT slot, never relaxed */    \
    X(X86_64_32, 10)              /* S + A, 32-bit zero-extended */             \
    X(X86_64_32S, 11)             /* S + A, 32-bit sign-extended */             \
    X(X86_64_GOTPCRELX, 41)       /* GOTPCREL on call/jmp/mov; relaxable */     \
    X(X86_64_REX_GOTPCRELX, 42)   /* GOTPCREL on a REX mov; relaxable */

#define MO_PATCH_KINDS_AARCH64(X)                                                \
    X(AARCH64_ABS64, 257)                                                       \
    X(AARCH64_MOVW_UABS_G0, 263)                                                \
    X(AARCH64_MOVW_UABS_G0_NC, 264)                                             \
    X(AARCH64_MOVW_UABS_G1, 265)                                                \
    X(AARCH64_MOVW_UABS_G1_NC, 266)                                             \
    X(AARCH64_MOVW_UABS_G2, 267)                                                \
    X(AARCH64_MOVW_UABS_G2_NC, 268)                                             \
    X(AARCH64_MOVW_UABS_G3, 269)                                                \
    X(AARCH64_ADR_PREL_PG_HI21, 275)                                            \
    X(AARCH64_ADD_ABS_LO12_NC, 277)                                             \
    X(AARCH64_LDST8_ABS_LO12_NC, 278)                                           \
    X(AARCH64_TSTBR14, 279)                                                     \
    X(AARCH64_CONDBR19, 280)                                                    \
    X(AARCH64_JUMP26, 282)                                                      \
    X(AARCH64_CALL26, 283)                                                      \
    X(AARCH64_LDST16_ABS_LO12_NC, 284)                                          \
    X(AARCH64_LDST32_ABS_LO12_NC, 285)                                          \
    X(AARCH64_LDST64_ABS_LO12_NC, 286)                                          \
    X(AARCH64_LDST128_ABS_LO12_NC, 299)                                         \
    X(AARCH64_ADR_GOT_PAGE, 311)                                                \
    X(AARCH64_LD64_GOT_LO12_NC, 312)

#define MO_PATCH_KINDS_RISCV64(X)                                                \
    X(RISCV_64, 2)                                                              \
    X(RISCV_BRANCH, 16)                                                         \
    X(RISCV_JAL, 17)                                                            \
    X(RISCV_CALL, 18)                                                           \
    X(RISCV_CALL_PLT, 19)                                                       \
    X(RISCV_GOT_HI20, 20)                                                       \
    X(RISCV_PCREL_HI20, 23)                                                     \
    X(RISCV_PCREL_LO12_I, 24)                                                   \
    X(RISCV_PCREL_LO12_S, 25)                                                   \
    X(RISCV_HI20, 26)                                                           \
    X(RISCV_LO12_I, 27)                                                         \
    X(RISCV_LO12_S, 28)                                                         \
    X(RISCV_RVC_BRANCH, 44)                                                     \
    X(RISCV_RVC_JUMP, 45)

typedef enum PatchKind {
    PATCH_NONE,
#define MO_PATCH_ENUM(name, elf) PATCH_##name,
    MO_PATCH_KINDS_X86_64(MO_PATCH_ENUM)
    MO_PATCH_KINDS_AARCH64(MO_PATCH_ENUM)
    MO_PATCH_KINDS_RISCV64(MO_PATCH_ENUM)
#undef MO_PATCH_ENUM
    PATCH_KIND_COUNT
} PatchKind;

#define MO_HOLE_NO_PAIR 0xFFFF
// At most this many holes per stencil (stencilgen refuses more), so the
// patcher can keep pair results in a fixed array.
#define MO_STENCIL_MAX_HOLES 1024

typedef struct Hole {
    uint32_t offset;    // of the field, from the start of the code (or data)
    int32_t addend;     // A (for HOLE_CODE/HOLE_DATA: includes the label's offset)
    uint8_t kind;       // PatchKind
    uint8_t value;      // HoleValue
    uint16_t symbol;    // HOLE_EXTERN: index into StencilSet.symbols
    uint16_t pair;      // index of the partner hole in the same array, or MO_HOLE_NO_PAIR
    uint16_t unused;
} Hole;

// Stencil.flags
enum {
    STENCIL_DEFINED = 1 << 0,       // this uop has a stencil at all
    STENCIL_FALLS_THROUGH = 1 << 1, // continues into the next stencil
    STENCIL_USES_EXIT = 1 << 2,     // has a HOLE_EXIT (needs an exit stub)
    STENCIL_USES_DEOPT = 1 << 3,
    STENCIL_USES_ERROR = 1 << 4,
};

typedef struct Stencil {
    const uint8_t *code;
    const uint8_t *data;
    const Hole *holes;          // in the code
    const Hole *data_holes;     // in the data
    uint32_t code_size;
    uint32_t data_size;
    uint16_t nholes;
    uint16_t ndata_holes;
    uint16_t data_align;        // a power of two, >= 1
    uint16_t flags;
    uint16_t nslots;            // at most this many 8-byte GOT slots
    uint16_t nveneers;          // at most this many veneers/trampolines
} Stencil;

// Everything stencilgen produced for one target: one stencil per uop (by
// opcode), the entry shim and the exit stubs, and the addresses of the
// runtime symbols the holes name.
typedef struct StencilSet {
    const char *name;           // e.g. "mini", "uops"
    int arch;                   // MO_ARCH_*
    unsigned nuops;
    const Stencil *uops;        // [nuops], by opcode
    const char *const *uop_names;
    const Stencil *shim;        // C calling convention -> trace
    const Stencil *stub_exit;   // what HOLE_EXIT jumps to
    const Stencil *stub_deopt;  // what HOLE_DEOPT jumps to
    const Stencil *stub_error;  // what HOLE_ERROR_TARGET jumps to
    unsigned nsymbols;
    const char *const *symbol_names;
    const void *const *symbols; // addresses, filled in at link time
} StencilSet;

// The stencil table of this build for the real uops (src/jit/stencils.c),
// or NULL without a JIT.
const StencilSet *mo_stencils_host(void);

#endif
