// tools/stencilgen/stencilgen.c — relocatable objects → a stencil table.
//
//   stencilgen --set NAME --prefix ENUM_PREFIX -o OUT.h [--dump OUT.txt]
//              [--disasm] [--objdump TOOL] OBJ...
//
// Each OBJ is src/jit/template.c compiled by clang for one stencil; its file
// name (minus `.o`) names it: an upper-case uop name (`ADD_INT`, indexed in
// the table as `[ENUM_PREFIX ADD_INT]`), or one of the stencils the emitter
// itself needs: `shim`, `stub_exit`, `stub_deopt`, `stub_error`.
//
// From each object it takes
//   code   the section holding `_JIT_ENTRY` (which must be at offset 0),
//   data   every other allocated read-only section, concatenated, each at
//          its own alignment,
//   holes  one per relocation in those sections (see src/jit/stencil.h),
// then removes a trailing jump to `_JIT_CONTINUE` (execution falls through to
// the next stencil instead). It does not reorder code: the hot path comes
// first because the template marks every exit `__builtin_expect(…, 0)` and
// clang lays unlikely blocks out last.
//
// It refuses, naming the stencil, the relocation type and the symbol:
// unknown relocation types, thread-local storage, unknown `_JIT_*` symbols,
// implicit library calls (`memcpy`, `memset`, …), the stack protector,
// writable static data, jump tables (data holding code addresses), unwind
// tables. A refusal fails the build; nothing half-understood is emitted.
//
// The header is rewritten only when its content changes, so that make does
// not rebuild what includes it. `--dump` writes a text listing of every
// stencil — bytes and holes — (the golden tests compare it); `--disasm`
// prints that listing to stdout; `--objdump TOOL` (debugging only, never
// needed by the build) also prints each object's disassembly with its
// relocations through the given llvm-objdump.
//
// Read next: tools/stencilgen/elf.c, src/jit/stencil.h, src/jit/emit.c.
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "elf.h"
#include "jit/stencil.h"

// ------------------------------------------------------------------ tables

enum { R_IGNORE = -1, R_TLS = -2, R_UNKNOWN = -3 };

typedef struct RelocInfo {
    uint32_t type;
    const char *name;
    int kind;   // PatchKind, or R_IGNORE / R_TLS
} RelocInfo;

#define MO_RELOC_ROW(name, elf) {elf, "R_" #name, PATCH_##name},
static const RelocInfo x86_64_relocs[] = {
    {0, "R_X86_64_NONE", R_IGNORE},
    MO_PATCH_KINDS_X86_64(MO_RELOC_ROW)
    {16, "R_X86_64_DTPMOD64", R_TLS}, {17, "R_X86_64_DTPOFF64", R_TLS},
    {18, "R_X86_64_TPOFF64", R_TLS}, {19, "R_X86_64_TLSGD", R_TLS},
    {20, "R_X86_64_TLSLD", R_TLS}, {21, "R_X86_64_DTPOFF32", R_TLS},
    {22, "R_X86_64_GOTTPOFF", R_TLS}, {23, "R_X86_64_TPOFF32", R_TLS},
    {34, "R_X86_64_GOTPC32_TLSDESC", R_TLS}, {35, "R_X86_64_TLSDESC_CALL", R_TLS},
    {36, "R_X86_64_TLSDESC", R_TLS},
};
static const RelocInfo aarch64_relocs[] = {
    {0, "R_AARCH64_NONE", R_IGNORE},
    MO_PATCH_KINDS_AARCH64(MO_RELOC_ROW)
};
static const RelocInfo riscv_relocs[] = {
    {0, "R_RISCV_NONE", R_IGNORE},
    MO_PATCH_KINDS_RISCV64(MO_RELOC_ROW)
    // Linker relaxation hints: we never relax, and padding left in place is
    // always correct, so both are dropped. (Stencils are built -mno-relax.)
    {43, "R_RISCV_ALIGN", R_IGNORE}, {51, "R_RISCV_RELAX", R_IGNORE},
    {6, "R_RISCV_TLS_DTPMOD32", R_TLS}, {7, "R_RISCV_TLS_DTPMOD64", R_TLS},
    {8, "R_RISCV_TLS_DTPREL32", R_TLS}, {9, "R_RISCV_TLS_DTPREL64", R_TLS},
    {10, "R_RISCV_TLS_TPREL32", R_TLS}, {11, "R_RISCV_TLS_TPREL64", R_TLS},
    {12, "R_RISCV_TLSDESC", R_TLS}, {21, "R_RISCV_TLS_GOT_HI20", R_TLS},
    {22, "R_RISCV_TLS_GD_HI20", R_TLS}, {29, "R_RISCV_TPREL_HI20", R_TLS},
    {30, "R_RISCV_TPREL_LO12_I", R_TLS}, {31, "R_RISCV_TPREL_LO12_S", R_TLS},
    {32, "R_RISCV_TPREL_ADD", R_TLS}, {62, "R_RISCV_TLSDESC_HI20", R_TLS},
    {63, "R_RISCV_TLSDESC_LOAD_LO12", R_TLS}, {64, "R_RISCV_TLSDESC_ADD_LO12", R_TLS},
    {65, "R_RISCV_TLSDESC_CALL", R_TLS},
};
#undef MO_RELOC_ROW

static const char *const kind_names[PATCH_KIND_COUNT] = {
    [PATCH_NONE] = "NONE",
#define MO_KIND_NAME(name, elf) [PATCH_##name] = #name,
    MO_PATCH_KINDS_X86_64(MO_KIND_NAME)
    MO_PATCH_KINDS_AARCH64(MO_KIND_NAME)
    MO_PATCH_KINDS_RISCV64(MO_KIND_NAME)
#undef MO_KIND_NAME
};

static const char *const value_names[HOLE_VALUE_COUNT] = {
    [HOLE_CODE] = "CODE",
    [HOLE_DATA] = "DATA",
    [HOLE_EXTERN] = "EXTERN",
#define MO_VALUE_NAME(name, class, doc) [HOLE_##name] = #name,
    MO_JIT_HOLE_SYMBOLS(MO_VALUE_NAME)
#undef MO_VALUE_NAME
};

// Symbols a stencil must never reference, and why.
static const struct {
    const char *name;
    const char *why;
} forbidden_symbols[] = {
    {"memcpy", "an implicit library call (clang turned a copy into a call); copy less, or field by field"},
    {"memmove", "an implicit library call (clang turned a copy into a call)"},
    {"memset", "an implicit library call (clang turned a fill into a call); fill less, or field by field"},
    {"memcmp", "an implicit library call (clang turned a comparison into a call)"},
    {"bcmp", "an implicit library call (clang turned a comparison into a call)"},
    {"__stack_chk_fail", "the stack protector; stencils are compiled with -fno-stack-protector"},
    {"__stack_chk_guard", "the stack protector; stencils are compiled with -fno-stack-protector"},
    {"__tls_get_addr", "thread-local storage, which stencils cannot address"},
    {"_GLOBAL_OFFSET_TABLE_", "a GOT base; stencils are not compiled as position-independent code here"},
};

// ------------------------------------------------------------------- state

typedef struct HoleRec {
    uint32_t offset;
    int64_t addend;
    int kind;
    int value;
    int symbol;             // into `symbols`, for HOLE_EXTERN
    bool paired;
    uint32_t pair_offset;   // offset of the partner hole
    uint16_t pair;          // its index after sorting
} HoleRec;

typedef struct StencilRec {
    char *name;
    const char *path;
    uint8_t *code;
    uint32_t code_size;
    uint8_t *data;
    uint32_t data_size;
    uint32_t data_align;
    HoleRec *holes;
    unsigned nholes;
    HoleRec *data_holes;
    unsigned ndata_holes;
    unsigned flags;
    unsigned nslots;
    unsigned nveneers;
} StencilRec;

static char **symbols;
static unsigned nsymbols;
static int target_machine;

// The stencil and relocation being looked at, for error messages.
static const char *current_stencil = "?";
static const char *current_path = "?";

static void die(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "stencilgen: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

// A refusal about one relocation: names the stencil, the type and the symbol.
static void refuse(const char *reloc, const char *symbol, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "stencilgen: uop %s (%s): relocation %s against %s: ", current_stencil,
            current_path, reloc, symbol);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    char *p = xmalloc(strlen(s) + 1);
    strcpy(p, s);
    return p;
}

static const RelocInfo *reloc_table(unsigned *n)
{
    switch (target_machine) {
    case ELF_MACHINE_X86_64:
        *n = sizeof x86_64_relocs / sizeof *x86_64_relocs;
        return x86_64_relocs;
    case ELF_MACHINE_AARCH64:
        *n = sizeof aarch64_relocs / sizeof *aarch64_relocs;
        return aarch64_relocs;
    default:
        *n = sizeof riscv_relocs / sizeof *riscv_relocs;
        return riscv_relocs;
    }
}

// The PatchKind for an ELF relocation type (or R_IGNORE/R_TLS/R_UNKNOWN),
// and its name for messages.
static int reloc_kind(uint32_t type, const char **name)
{
    static char unknown[48];
    unsigned n;
    const RelocInfo *t = reloc_table(&n);
    for (unsigned i = 0; i < n; i++)
        if (t[i].type == type) {
            *name = t[i].name;
            return t[i].kind;
        }
    // The AArch64 TLS relocations occupy 512..573.
    if (target_machine == ELF_MACHINE_AARCH64 && type >= 512 && type < 600) {
        snprintf(unknown, sizeof unknown, "R_AARCH64_TLS(%u)", type);
        *name = unknown;
        return R_TLS;
    }
    snprintf(unknown, sizeof unknown, "type %u", type);
    *name = unknown;
    return R_UNKNOWN;
}

static const char *arch_name(int machine)
{
    return machine == ELF_MACHINE_X86_64 ? "x86_64" : machine == ELF_MACHINE_AARCH64 ? "aarch64" : "riscv64";
}

static int intern_symbol(const char *name)
{
    for (unsigned i = 0; i < nsymbols; i++)
        if (strcmp(symbols[i], name) == 0)
            return (int)i;
    symbols = xrealloc(symbols, (nsymbols + 1) * sizeof *symbols);
    symbols[nsymbols] = xstrdup(name);
    return (int)nsymbols++;
}

// --------------------------------------------------------------- building

// Where each section of the object went: -1 not part of the stencil, else
// CODE or DATA with the offset of its first byte there.
typedef struct Placement {
    int where;      // 0 = dropped, 1 = code, 2 = data
    uint32_t offset;
} Placement;

enum { DROPPED = 0, IN_CODE = 1, IN_DATA = 2 };

static bool is_code_value(int value)
{
    return value == HOLE_CODE || value == HOLE_CONTINUE || value == HOLE_JUMP_TARGET ||
           value == HOLE_EXIT || value == HOLE_DEOPT || value == HOLE_ERROR_TARGET;
}

// What relocation `r` (in a section of `f`) refers to: fills value, symbol
// and addend of `h`, or refuses.
static void resolve_target(const ElfFile *f, const Placement *placed, const ElfReloc *r,
                           const char *rname, HoleRec *h)
{
    const ElfSymbol *sym = &f->symbols[r->sym];
    const char *sname = sym->name[0] ? sym->name : "(unnamed symbol)";
    h->addend = r->addend;
    h->symbol = 0;
    if (sym->type == ELF_STT_TLS)
        refuse(rname, sname, "thread-local storage, which stencils cannot address");
    if (sym->shndx == ELF_SHN_UNDEF) {
        if (strncmp(sym->name, "_JIT_", 5) == 0) {
#define MO_MATCH(hole, class, doc)                    \
    if (strcmp(sym->name + 5, #hole) == 0) {          \
        h->value = HOLE_##hole;                       \
        return;                                       \
    }
            MO_JIT_HOLE_SYMBOLS(MO_MATCH)
#undef MO_MATCH
            refuse(rname, sname, "unknown _JIT_ symbol: the hole table is src/jit/holes.h");
        }
        for (size_t i = 0; i < sizeof forbidden_symbols / sizeof *forbidden_symbols; i++)
            if (strcmp(sym->name, forbidden_symbols[i].name) == 0)
                refuse(rname, sname, "%s", forbidden_symbols[i].why);
        if (strncmp(sym->name, "__aarch64_", 10) == 0)
            refuse(rname, sname, "outline atomics; stencils are compiled with -mno-outline-atomics");
        if (!sym->name[0])
            refuse(rname, sname, "an undefined symbol without a name");
        h->value = HOLE_EXTERN;
        h->symbol = intern_symbol(sym->name);
        return;
    }
    if (sym->shndx == ELF_SHN_ABS || sym->shndx == ELF_SHN_COMMON || sym->shndx >= f->nsections)
        refuse(rname, sname, "an absolute or common symbol (writable static data?)");
    const Placement *p = &placed[sym->shndx];
    if (p->where == DROPPED)
        refuse(rname, sname, "a symbol in section %s, which is not part of a stencil",
               f->sections[sym->shndx].name);
    h->value = p->where == IN_CODE ? HOLE_CODE : HOLE_DATA;
    h->addend = (int64_t)p->offset + (int64_t)sym->value + r->addend;
}

static HoleRec *find_hole_at(HoleRec *holes, unsigned n, uint32_t offset)
{
    for (unsigned i = 0; i < n; i++)
        if (holes[i].offset == offset)
            return &holes[i];
    return NULL;
}

// RISC-V `%pcrel_lo(label)` relocations name the label of the `auipc` whose
// `%pcrel_hi`/`%got_pcrel_hi` they complete: give the low hole the high
// hole's target and remember the pair. AArch64 `:got_lo12:` loads pair with
// the `adrp` of the same GOT entry.
static void pair_holes(const ElfFile *f, const ElfReloc *relocs, HoleRec *holes, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        HoleRec *h = &holes[i];
        if (h->kind == PATCH_RISCV_PCREL_LO12_I || h->kind == PATCH_RISCV_PCREL_LO12_S) {
            const ElfSymbol *label = &f->symbols[relocs[i].sym];
            const char *rname;
            reloc_kind(relocs[i].type, &rname);
            HoleRec *hi = h->value == HOLE_CODE ? find_hole_at(holes, n, (uint32_t)h->addend) : NULL;
            if (!hi || (hi->kind != PATCH_RISCV_PCREL_HI20 && hi->kind != PATCH_RISCV_GOT_HI20))
                refuse(rname, label->name, "no R_RISCV_PCREL_HI20/GOT_HI20 at the label it names");
            if (relocs[i].addend != 0)
                refuse(rname, label->name, "a %%pcrel_lo with an addend");
            if (hi->offset >= h->offset)
                refuse(rname, label->name, "the %%pcrel_lo comes before its auipc");
            h->value = hi->value;
            h->symbol = hi->symbol;
            h->addend = hi->addend;
            h->paired = true;
            h->pair_offset = hi->offset;
        } else if (h->kind == PATCH_AARCH64_LD64_GOT_LO12_NC) {
            HoleRec *best = NULL;
            for (unsigned k = 0; k < n; k++) {
                HoleRec *c = &holes[k];
                if (c->kind == PATCH_AARCH64_ADR_GOT_PAGE && c->value == h->value &&
                    c->symbol == h->symbol && c->addend == h->addend && c->offset < h->offset &&
                    (!best || c->offset > best->offset))
                    best = c;
            }
            if (!best) {
                const char *rname;
                reloc_kind(relocs[i].type, &rname);
                refuse(rname, f->symbols[relocs[i].sym].name, "no R_AARCH64_ADR_GOT_PAGE before it");
            }
            h->paired = true;
            h->pair_offset = best->offset;
        }
    }
}

static int compare_holes(const void *a, const void *b)
{
    const HoleRec *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static uint32_t rd32le(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

// The size of the field a patch kind writes, to check that it fits.
static unsigned field_size(int kind)
{
    switch (kind) {
    case PATCH_X86_64_64:
    case PATCH_AARCH64_ABS64:
    case PATCH_RISCV_64:
        return 8;
    case PATCH_X86_64_PC32:
    case PATCH_X86_64_PLT32:
    case PATCH_X86_64_32:
    case PATCH_X86_64_32S:
        return 4;
    case PATCH_X86_64_GOTPCREL:
    case PATCH_X86_64_GOTPCRELX:
    case PATCH_X86_64_REX_GOTPCRELX:
        return 4;   // relaxation also rewrites the 2-3 opcode bytes before it
    case PATCH_RISCV_CALL:
    case PATCH_RISCV_CALL_PLT:
        return 8;   // auipc + jalr
    case PATCH_RISCV_RVC_BRANCH:
    case PATCH_RISCV_RVC_JUMP:
        return 2;
    default:
        return 4;   // one 32-bit instruction
    }
}

// Removes a jump to `_JIT_CONTINUE` that ends the code: the next stencil is
// placed right after, so execution falls through. The three shapes:
//   x86-64   e9 <rel32>                 jmp  _JIT_CONTINUE  (PC32/PLT32, A = -4)
//   AArch64  000101 <imm26>             b    _JIT_CONTINUE  (JUMP26)
//   RISC-V   auipc t1; jalr x0, 0(t1)   tail _JIT_CONTINUE  (CALL/CALL_PLT)
//            jal x0, <imm>              j    _JIT_CONTINUE  (JAL)
//            c.j <imm>                  (RVC_JUMP)
static void remove_trailing_jump(StencilRec *s)
{
    if (!s->nholes)
        return;
    HoleRec *last = &s->holes[s->nholes - 1];
    if (last->value != HOLE_CONTINUE)
        return;
    uint32_t end = s->code_size, cut = 0;
    switch (last->kind) {
    case PATCH_X86_64_PC32:
    case PATCH_X86_64_PLT32:
        if (end >= 5 && last->offset == end - 4 && last->addend == -4 && s->code[end - 5] == 0xE9)
            cut = 5;
        break;
    case PATCH_AARCH64_JUMP26:
        if (end >= 4 && last->offset == end - 4 && last->addend == 0 &&
            (rd32le(s->code + end - 4) & 0xFC000000u) == 0x14000000u)
            cut = 4;
        break;
    case PATCH_RISCV_CALL:
    case PATCH_RISCV_CALL_PLT:
        // jalr with rd = x0 (bits 11:7) is a tail call, not a call.
        if (end >= 8 && last->offset == end - 8 && last->addend == 0 &&
            (rd32le(s->code + end - 4) & 0x7F) == 0x67 && ((rd32le(s->code + end - 4) >> 7) & 0x1F) == 0)
            cut = 8;
        break;
    case PATCH_RISCV_JAL:
        if (end >= 4 && last->offset == end - 4 && last->addend == 0 &&
            (rd32le(s->code + end - 4) & 0xFFF) == 0x06F)
            cut = 4;
        break;
    case PATCH_RISCV_RVC_JUMP:
        if (end >= 2 && last->offset == end - 2 && last->addend == 0)
            cut = 2;
        break;
    }
    if (!cut)
        return;
    s->code_size -= cut;
    s->nholes--;
    s->flags |= STENCIL_FALLS_THROUGH;
}

// Worst-case GOT slots and veneers the emitter must reserve for a hole.
static void count_slots(StencilRec *s, const HoleRec *h)
{
    bool far_value = !is_code_value(h->value) && h->value != HOLE_DATA;
    switch (h->kind) {
    case PATCH_X86_64_GOTPCREL:
    case PATCH_X86_64_GOTPCRELX:
    case PATCH_X86_64_REX_GOTPCRELX:
    case PATCH_AARCH64_ADR_GOT_PAGE:
    case PATCH_RISCV_GOT_HI20:
        s->nslots++;
        break;
    case PATCH_RISCV_PCREL_HI20:
        if (far_value)
            s->nslots++;
        break;
    case PATCH_X86_64_PC32:
    case PATCH_X86_64_PLT32:
    case PATCH_AARCH64_CALL26:
    case PATCH_AARCH64_JUMP26:
    case PATCH_RISCV_CALL:
    case PATCH_RISCV_CALL_PLT:
        if (far_value)
            s->nveneers++;
        break;
    }
}

// An AArch64 jump table holds offsets relative to the code, so it needs no
// relocation at all and the data checks cannot see it; what gives it away is
// the indirect branch that uses it. Stencils leave only through direct
// jumps (musttail calls to holes), calls (blr) and returns, so any `br` is
// refused.
//
//   BR Xn   1101011 0000 11111 000000 Rn 00000   (d61f0000 | Rn << 5)
static void refuse_indirect_branches(const StencilRec *s)
{
    for (uint32_t at = 0; at + 4 <= s->code_size; at += 4) {
        uint32_t insn = rd32le(s->code + at);
        if ((insn & 0xFFFFFC1Fu) == 0xD61F0000u)
            die("uop %s (%s): an indirect branch (br x%u) at code+0x%x: a jump table? stencils "
                "leave only by direct jumps; compile them with -fno-jump-tables",
                current_stencil, current_path, (insn >> 5) & 31, at);
    }
}

static void append(uint8_t **buf, uint32_t *len, const uint8_t *bytes, uint64_t n, uint64_t align)
{
    uint64_t start = (*len + align - 1) & ~(align - 1);
    if (start + n > 0x7FFFFFFF)
        die("%s: stencil too large", current_path);
    *buf = xrealloc(*buf, start + n);
    memset(*buf + *len, 0, start - *len);
    if (bytes)
        memcpy(*buf + start, bytes, n);
    else
        memset(*buf + start, 0, n);
    *len = (uint32_t)(start + n);
}

static void build_stencil(StencilRec *s, const char *path, const char *name)
{
    char err[512];
    ElfFile f;
    current_stencil = name;
    current_path = path;
    if (mo_elf_load(&f, path, err, sizeof err) < 0)
        die("%s", err);
    if (!target_machine)
        target_machine = f.machine;
    else if (f.machine != target_machine)
        die("%s: target %s, but other objects are %s", path, arch_name(f.machine),
            arch_name(target_machine));
    s->name = xstrdup(name);
    s->path = path;
    s->data_align = 1;

    // Find _JIT_ENTRY: its section is the code.
    int code_index = -1;
    for (unsigned i = 0; i < f.nsymbols; i++)
        if (strcmp(f.symbols[i].name, "_JIT_ENTRY") == 0 && f.symbols[i].shndx != ELF_SHN_UNDEF &&
            f.symbols[i].shndx < f.nsections) {
            code_index = f.symbols[i].shndx;
            if (f.symbols[i].value != 0)
                die("uop %s (%s): _JIT_ENTRY is not at the start of %s", name, path,
                    f.sections[code_index].name);
        }
    if (code_index < 0)
        die("uop %s (%s): no _JIT_ENTRY defined", name, path);

    // Place sections: code, read-only data, or dropped (non-allocated:
    // symbols, notes, .comment, .llvm_addrsig, .riscv.attributes, …).
    Placement *placed = xmalloc(f.nsections * sizeof *placed);
    for (unsigned i = 0; i < f.nsections; i++) {
        const ElfSection *sec = &f.sections[i];
        if ((int)i == code_index) {
            placed[i].where = IN_CODE;
            append(&s->code, &s->code_size, sec->bytes, sec->size, 1);
            continue;
        }
        if (!(sec->flags & ELF_SHF_ALLOC) || sec->size == 0)
            continue;
        if (sec->flags & ELF_SHF_TLS)
            die("uop %s (%s): section %s holds thread-local storage", name, path, sec->name);
        if (sec->flags & ELF_SHF_EXECINSTR)
            die("uop %s (%s): a second code section %s (only one function per stencil)", name, path,
                sec->name);
        if (strcmp(sec->name, ".eh_frame") == 0)
            die("uop %s (%s): unwind tables (.eh_frame); compile with -fno-asynchronous-unwind-tables",
                name, path);
        if ((sec->flags & ELF_SHF_WRITE) || sec->type == ELF_SHT_NOBITS)
            die("uop %s (%s): writable static data in %s (stencil memory is read-execute)", name, path,
                sec->name);
        // Traces are 64-byte aligned blocks (MO_CODE_ARENA_GRANULE), so data
        // can be aligned to at most that.
        if (sec->align > 64)
            die("uop %s (%s): section %s wants %llu-byte alignment (at most 64)", name, path, sec->name,
                (unsigned long long)sec->align);
        placed[i].where = IN_DATA;
        append(&s->data, &s->data_size, sec->bytes, sec->size, sec->align);
        placed[i].offset = s->data_size - (uint32_t)sec->size;
        if (sec->align > s->data_align)
            s->data_align = (uint32_t)sec->align;
    }

    // Holes in the code.
    ElfReloc *relocs;
    unsigned nrelocs;
    if (mo_elf_relocs(&f, (unsigned)code_index, &relocs, &nrelocs, err, sizeof err) < 0)
        die("%s", err);
    s->holes = xmalloc(nrelocs * sizeof *s->holes);
    ElfReloc *kept = xmalloc(nrelocs * sizeof *kept);
    for (unsigned i = 0; i < nrelocs; i++) {
        const ElfReloc *r = &relocs[i];
        const char *rname;
        const char *sname = f.symbols[r->sym].name[0] ? f.symbols[r->sym].name : "(unnamed symbol)";
        int kind = reloc_kind(r->type, &rname);
        if (kind == R_IGNORE)
            continue;
        if (kind == R_TLS)
            refuse(rname, sname, "thread-local storage, which stencils cannot address");
        if (kind == R_UNKNOWN)
            refuse(rname, sname, "a relocation type stencilgen does not know (see docs/jit.md, "
                                 "\"Adding a relocation kind\")");
        HoleRec *h = &s->holes[s->nholes];
        memset(h, 0, sizeof *h);
        h->offset = (uint32_t)r->offset;
        h->kind = kind;
        if (r->offset + field_size(kind) > s->code_size)
            refuse(rname, sname, "the field lies outside the code");
        resolve_target(&f, placed, r, rname, h);
        kept[s->nholes++] = *r;
    }
    pair_holes(&f, kept, s->holes, s->nholes);
    for (unsigned i = 0; i < s->nholes; i++) {
        HoleRec *h = &s->holes[i];
        const char *rname;
        reloc_kind(kept[i].type, &rname);
        if (h->addend < INT32_MIN || h->addend > INT32_MAX)
            refuse(rname, f.symbols[kept[i].sym].name, "addend %lld does not fit 32 bits",
                   (long long)h->addend);
    }
    free(relocs);

    // Holes in the data: only absolute 64-bit addresses of data or of runtime
    // symbols. A code address in data is a jump table (or a function-pointer
    // table), which would need every entry patched; stencils are compiled
    // with -fno-jump-tables so clang never makes one.
    for (unsigned i = 0; i < f.nsections; i++) {
        if (placed[i].where != IN_DATA)
            continue;
        if (mo_elf_relocs(&f, i, &relocs, &nrelocs, err, sizeof err) < 0)
            die("%s", err);
        for (unsigned k = 0; k < nrelocs; k++) {
            const ElfReloc *r = &relocs[k];
            const char *rname;
            const char *sname = f.symbols[r->sym].name[0] ? f.symbols[r->sym].name : "(unnamed symbol)";
            int kind = reloc_kind(r->type, &rname);
            if (kind == R_IGNORE)
                continue;
            if (kind == R_TLS)
                refuse(rname, sname, "thread-local storage, which stencils cannot address");
            if (kind != PATCH_X86_64_64 && kind != PATCH_AARCH64_ABS64 && kind != PATCH_RISCV_64)
                refuse(rname, sname, "data may hold only 64-bit absolute addresses, and %s+0x%llx "
                       "holds something else: a table of relative offsets, usually a jump table; "
                       "compile stencils with -fno-jump-tables", f.sections[i].name,
                       (unsigned long long)r->offset);
            HoleRec h = {0};
            h.offset = placed[i].offset + (uint32_t)r->offset;
            h.kind = kind;
            resolve_target(&f, placed, r, rname, &h);
            if (is_code_value(h.value))
                refuse(rname, sname, "a code address stored in %s+0x%llx: a jump table (or a table "
                       "of code pointers); compile stencils with -fno-jump-tables", f.sections[i].name,
                       (unsigned long long)r->offset);
            if (h.addend < INT32_MIN || h.addend > INT32_MAX)
                refuse(rname, sname, "addend does not fit 32 bits");
            s->data_holes = xrealloc(s->data_holes, (s->ndata_holes + 1) * sizeof h);
            s->data_holes[s->ndata_holes++] = h;
        }
        free(relocs);
    }
    free(kept);
    free(placed);

    if (f.machine == ELF_MACHINE_AARCH64)
        refuse_indirect_branches(s);
    qsort(s->holes, s->nholes, sizeof *s->holes, compare_holes);
    qsort(s->data_holes, s->ndata_holes, sizeof *s->data_holes, compare_holes);
    for (unsigned i = 1; i < s->nholes; i++)
        if (s->holes[i].offset == s->holes[i - 1].offset)
            die("uop %s (%s): two relocations at code offset 0x%x", name, path, s->holes[i].offset);
    remove_trailing_jump(s);
    if (s->nholes >= MO_STENCIL_MAX_HOLES || s->ndata_holes >= MO_STENCIL_MAX_HOLES)
        die("uop %s (%s): too many holes", name, path);
    s->flags |= STENCIL_DEFINED;
    for (unsigned i = 0; i < s->nholes; i++) {
        HoleRec *h = &s->holes[i];
        h->pair = MO_HOLE_NO_PAIR;
        if (h->paired) {
            for (unsigned k = 0; k < i; k++)
                if (s->holes[k].offset == h->pair_offset)
                    h->pair = (uint16_t)k;
            if (h->pair == MO_HOLE_NO_PAIR)
                die("uop %s (%s): lost the partner of the hole at 0x%x", name, path, h->offset);
        }
        if (h->value == HOLE_CONTINUE)
            s->flags |= STENCIL_FALLS_THROUGH;
        if (h->value == HOLE_EXIT)
            s->flags |= STENCIL_USES_EXIT;
        if (h->value == HOLE_DEOPT)
            s->flags |= STENCIL_USES_DEOPT;
        if (h->value == HOLE_ERROR_TARGET)
            s->flags |= STENCIL_USES_ERROR;
        count_slots(s, h);
    }
    for (unsigned i = 0; i < s->ndata_holes; i++)
        s->data_holes[i].pair = MO_HOLE_NO_PAIR;
    mo_elf_free(&f);
}

// ------------------------------------------------------------------ output

typedef struct Out {
    char *p;
    size_t len, cap;
} Out;

static void out(Out *o, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int n = vsnprintf(o->p + o->len, o->cap - o->len, fmt, ap);
        va_end(ap);
        if (n < 0)
            die("formatting failed");
        if ((size_t)n < o->cap - o->len) {
            o->len += (size_t)n;
            return;
        }
        o->cap = o->cap * 2 + (size_t)n + 256;
        o->p = xrealloc(o->p, o->cap);
    }
}

// Writes `o` to `path` unless the file already holds exactly that.
static void write_if_changed(const Out *o, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (fp) {
        char *old = xmalloc(o->len + 1);
        size_t n = fread(old, 1, o->len + 1, fp);
        fclose(fp);
        bool same = n == o->len && memcmp(old, o->p, o->len) == 0;
        free(old);
        if (same)
            return;
    }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    fp = fopen(tmp, "wb");
    if (!fp || fwrite(o->p, 1, o->len, fp) != o->len || fclose(fp) != 0)
        die("cannot write %s", tmp);
    if (rename(tmp, path) != 0)
        die("cannot rename %s to %s", tmp, path);
}

static bool is_special(const char *name)
{
    return strcmp(name, "shim") == 0 || strncmp(name, "stub_", 5) == 0;
}

static int symbol_order(const void *a, const void *b)
{
    return strcmp(symbols[*(const int *)a], symbols[*(const int *)b]);
}

static void hole_comment(Out *o, const HoleRec *h, const char *where)
{
    out(o, "//   %s+0x%04x  %-28s %-13s", where, h->offset, kind_names[h->kind], value_names[h->value]);
    if (h->value == HOLE_EXTERN)
        out(o, " %s", symbols[h->symbol]);
    if (h->addend)
        out(o, " %+lld", (long long)h->addend);
    if (h->pair != MO_HOLE_NO_PAIR)
        out(o, "  (pairs with hole %u)", h->pair);
    out(o, "\n");
}

static void emit_bytes(Out *o, const uint8_t *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        out(o, "%s0x%02x,%s", i % 16 == 0 ? "    " : " ", b[i], i % 16 == 15 || i + 1 == n ? "\n" : "");
}

static void emit_holes(Out *o, const char *array, const HoleRec *h, unsigned n, const int *remap)
{
    out(o, "static const Hole %s[%u] = {\n", array, n);
    for (unsigned i = 0; i < n; i++) {
        out(o, "    {0x%x, %lld, PATCH_%s, HOLE_%s, %d, ", h[i].offset, (long long)h[i].addend,
            kind_names[h[i].kind], value_names[h[i].value],
            h[i].value == HOLE_EXTERN ? remap[h[i].symbol] : 0);
        if (h[i].pair == MO_HOLE_NO_PAIR)
            out(o, "MO_HOLE_NO_PAIR, 0},\n");
        else
            out(o, "%u, 0},\n", h[i].pair);
    }
    out(o, "};\n");
}

static void emit_header(Out *o, StencilRec *st, unsigned n, const char *set, const char *prefix,
                        const char *inputs)
{
    // Symbols in name order, so the output does not depend on input order.
    int *order = xmalloc(nsymbols * sizeof *order), *remap = xmalloc(nsymbols * sizeof *remap);
    for (unsigned i = 0; i < nsymbols; i++)
        order[i] = (int)i;
    qsort(order, nsymbols, sizeof *order, symbol_order);
    for (unsigned i = 0; i < nsymbols; i++)
        remap[order[i]] = (int)i;

    const char *arch = arch_name(target_machine);
    out(o, "// Generated by tools/stencilgen from %s. Do not edit.\n", inputs);
    out(o, "//\n// The %s stencils for %s: code, read-only data and holes per stencil, then\n"
           "// the table src/jit/emit.c reads. Regenerate with `make stencils`.\n", set, arch);
    out(o, "#ifndef MO_STENCILS_CONSUMER\n"
           "#error \"stencils-*.h is included only by a stencil table (src/jit/stencils.c or a JIT test)\"\n"
           "#endif\n");
    out(o, "#include <stddef.h>\n\n#include \"jit/stencil.h\"\n\n");

    for (unsigned i = 0; i < n; i++) {
        StencilRec *s = &st[i];
        out(o, "// ---- %s: %u bytes of code, %u of data, %u holes%s\n", s->name, s->code_size,
            s->data_size, s->nholes + s->ndata_holes,
            s->flags & STENCIL_FALLS_THROUGH ? ", falls through" : "");
        for (unsigned k = 0; k < s->nholes; k++)
            hole_comment(o, &s->holes[k], "code");
        for (unsigned k = 0; k < s->ndata_holes; k++)
            hole_comment(o, &s->data_holes[k], "data");
        if (s->code_size) {
            out(o, "static const uint8_t %s_%s_code[%u] = {\n", set, s->name, s->code_size);
            emit_bytes(o, s->code, s->code_size);
            out(o, "};\n");
        }
        if (s->data_size) {
            out(o, "static const uint8_t %s_%s_data[%u] __attribute__((aligned(%u))) = {\n", set,
                s->name, s->data_size, s->data_align);
            emit_bytes(o, s->data, s->data_size);
            out(o, "};\n");
        }
        char array[512];
        if (s->nholes) {
            snprintf(array, sizeof array, "%s_%s_holes", set, s->name);
            emit_holes(o, array, s->holes, s->nholes, remap);
        }
        if (s->ndata_holes) {
            snprintf(array, sizeof array, "%s_%s_data_holes", set, s->name);
            emit_holes(o, array, s->data_holes, s->ndata_holes, remap);
        }
        out(o, "#define %s_%s_STENCIL {", set, s->name);
        out(o, s->code_size ? "%s_%s_code, " : "NULL, ", set, s->name);
        out(o, s->data_size ? "%s_%s_data, " : "NULL, ", set, s->name);
        out(o, s->nholes ? "%s_%s_holes, " : "NULL, ", set, s->name);
        out(o, s->ndata_holes ? "%s_%s_data_holes, " : "NULL, ", set, s->name);
        out(o, "%u, %u, %u, %u, %u, 0x%x, %u, %u}\n\n", s->code_size, s->data_size, s->nholes,
            s->ndata_holes, s->data_align, s->flags, s->nslots, s->nveneers);
    }

    // The runtime symbols. A consumer that already declares them (with their
    // real types) defines MO_STENCILS_DECLARED; only their addresses are used.
    out(o, "#ifndef MO_STENCILS_DECLARED\n");
    for (unsigned i = 0; i < nsymbols; i++)
        out(o, "extern char %s[];\n", symbols[order[i]]);
    out(o, "#endif\n");
    if (nsymbols) {
        out(o, "static const char *const %s_symbol_names[%u] = {\n", set, nsymbols);
        for (unsigned i = 0; i < nsymbols; i++)
            out(o, "    \"%s\",\n", symbols[order[i]]);
        out(o, "};\nstatic const void *const %s_symbols[%u] = {\n", set, nsymbols);
        for (unsigned i = 0; i < nsymbols; i++)
            out(o, "    (const void *)&%s,\n", symbols[order[i]]);
        out(o, "};\n");
    }

    out(o, "\nstatic const Stencil %s_uop_stencils[] = {\n", set);
    for (unsigned i = 0; i < n; i++)
        if (!is_special(st[i].name))
            out(o, "    [%s%s] = %s_%s_STENCIL,\n", prefix, st[i].name, set, st[i].name);
    out(o, "};\nstatic const char *const %s_uop_names[sizeof %s_uop_stencils / sizeof(Stencil)] = {\n",
        set, set);
    for (unsigned i = 0; i < n; i++)
        if (!is_special(st[i].name))
            out(o, "    [%s%s] = \"%s\",\n", prefix, st[i].name, st[i].name);
    out(o, "};\n");
    static const char *const specials[] = {"shim", "stub_exit", "stub_deopt", "stub_error"};
    for (unsigned k = 0; k < 4; k++)
        for (unsigned i = 0; i < n; i++)
            if (strcmp(st[i].name, specials[k]) == 0)
                out(o, "static const Stencil %s_%s_stencil = %s_%s_STENCIL;\n", set, specials[k], set,
                    specials[k]);

    out(o, "\nstatic const StencilSet %s_stencils = {\n", set);
    out(o, "    .name = \"%s\",\n", set);
    out(o, "    .arch = MO_ARCH_%s,\n", target_machine == ELF_MACHINE_X86_64 ? "X86_64" :
                                       target_machine == ELF_MACHINE_AARCH64 ? "AARCH64" : "RISCV64");
    out(o, "    .nuops = sizeof %s_uop_stencils / sizeof(Stencil),\n", set);
    out(o, "    .uops = %s_uop_stencils,\n", set);
    out(o, "    .uop_names = %s_uop_names,\n", set);
    for (unsigned k = 0; k < 4; k++) {
        bool have = false;
        for (unsigned i = 0; i < n; i++)
            have |= strcmp(st[i].name, specials[k]) == 0;
        out(o, have ? "    .%s = &%s_%s_stencil,\n" : "    .%s = NULL,\n", specials[k], set, specials[k]);
    }
    out(o, "    .nsymbols = %u,\n", nsymbols);
    out(o, nsymbols ? "    .symbol_names = %s_symbol_names,\n    .symbols = %s_symbols,\n"
                    : "    .symbol_names = NULL,\n    .symbols = NULL,\n", set, set);
    out(o, "};\n");
    free(order);
    free(remap);
}

// The text listing the golden tests compare: stable, diffable, no addresses.
static void dump_byte(Out *o, uint8_t byte, uint32_t at, const HoleRec *holes, unsigned n)
{
    int first = 0, last = 0;
    for (unsigned i = 0; i < n; i++) {
        first |= holes[i].offset == at;
        last |= holes[i].offset + field_size(holes[i].kind) - 1 == at;
    }
    out(o, first ? " [%02x%s" : " %02x%s", byte, last ? "]" : "");
}

static void emit_dump(Out *o, StencilRec *st, unsigned n, const char *set)
{
    out(o, "# stencil dump: set %s, target %s (tools/stencilgen --dump)\n", set, arch_name(target_machine));
    for (unsigned i = 0; i < n; i++) {
        StencilRec *s = &st[i];
        out(o, "\nstencil %s: code %u, data %u (align %u), slots %u, veneers %u%s%s%s%s\n", s->name,
            s->code_size, s->data_size, s->data_align, s->nslots, s->nveneers,
            s->flags & STENCIL_FALLS_THROUGH ? ", falls-through" : "",
            s->flags & STENCIL_USES_EXIT ? ", exit" : "", s->flags & STENCIL_USES_DEOPT ? ", deopt" : "",
            s->flags & STENCIL_USES_ERROR ? ", error" : "");
        // The bytes a hole patches are bracketed: b8 [00 00 00 00] 48 98
        for (uint32_t k = 0; k < s->code_size; k += 16) {
            out(o, "  code %04x:", k);
            for (uint32_t j = k; j < k + 16 && j < s->code_size; j++)
                dump_byte(o, s->code[j], j, s->holes, s->nholes);
            out(o, "\n");
        }
        for (uint32_t k = 0; k < s->data_size; k += 16) {
            out(o, "  data %04x:", k);
            for (uint32_t j = k; j < k + 16 && j < s->data_size; j++)
                dump_byte(o, s->data[j], j, s->data_holes, s->ndata_holes);
            out(o, "\n");
        }
        for (unsigned k = 0; k < s->nholes + s->ndata_holes; k++) {
            const HoleRec *h = k < s->nholes ? &s->holes[k] : &s->data_holes[k - s->nholes];
            out(o, "  hole %s+%04x %s %s", k < s->nholes ? "code" : "data", h->offset,
                kind_names[h->kind], value_names[h->value]);
            if (h->value == HOLE_EXTERN)
                out(o, " %s", symbols[h->symbol]);
            if (h->addend)
                out(o, " %+lld", (long long)h->addend);
            if (h->pair != MO_HOLE_NO_PAIR)
                out(o, " pair=%u", h->pair);
            out(o, "\n");
        }
    }
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(((const StencilRec *)a)->name, ((const StencilRec *)b)->name);
}

static void usage(void)
{
    fprintf(stderr, "usage: stencilgen --set NAME --prefix ENUM_PREFIX -o OUT.h [--dump OUT.txt] "
                    "[--disasm] [--objdump TOOL] OBJ...\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *set = NULL, *prefix = "", *output = NULL, *dump = NULL, *objdump = NULL;
    bool disasm = false;
    StencilRec *st = xmalloc((size_t)argc * sizeof *st);
    unsigned n = 0;
    const char *first_input = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--set") == 0 && i + 1 < argc)
            set = argv[++i];
        else if (strcmp(a, "--prefix") == 0 && i + 1 < argc)
            prefix = argv[++i];
        else if (strcmp(a, "-o") == 0 && i + 1 < argc)
            output = argv[++i];
        else if (strcmp(a, "--dump") == 0 && i + 1 < argc)
            dump = argv[++i];
        else if (strcmp(a, "--objdump") == 0 && i + 1 < argc)
            objdump = argv[++i], disasm = true;
        else if (strcmp(a, "--disasm") == 0)
            disasm = true;
        else if (a[0] == '-')
            usage();
        else {
            const char *base = strrchr(a, '/');
            base = base ? base + 1 : a;
            size_t len = strlen(base);
            if (len < 3 || strcmp(base + len - 2, ".o") != 0)
                die("%s: an object's name must be <stencil>.o", a);
            char name[256];
            if (len - 2 >= sizeof name)
                die("%s: name too long", a);
            memcpy(name, base, len - 2);
            name[len - 2] = 0;
            for (const char *c = name; *c; c++)
                if (!(*c == '_' || (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
                      (*c >= '0' && *c <= '9')))
                    die("%s: a stencil name must be a C identifier", a);
            if (!first_input)
                first_input = a;
            build_stencil(&st[n++], a, name);
            if (objdump) {
                char cmd[8192];
                printf("==== %s (%s)\n", name, a);
                fflush(stdout);
                snprintf(cmd, sizeof cmd, "%s -dr '%s'", objdump, a);
                if (system(cmd) != 0)
                    fprintf(stderr, "stencilgen: %s failed (debug output only)\n", cmd);
            }
        }
    }
    if (!set || !output || n == 0)
        usage();
    qsort(st, n, sizeof *st, compare_names);
    for (unsigned i = 1; i < n; i++)
        if (strcmp(st[i].name, st[i - 1].name) == 0)
            die("two objects for stencil %s", st[i].name);

    // Name the inputs by directory, not by listing them all.
    char inputs[1024];
    const char *slash = strrchr(first_input, '/');
    if (slash)
        snprintf(inputs, sizeof inputs, "%.*s/*.o (src/jit/template.c)", (int)(slash - first_input),
                 first_input);
    else
        snprintf(inputs, sizeof inputs, "*.o (src/jit/template.c)");

    Out o = {0};
    emit_header(&o, st, n, set, prefix, inputs);
    write_if_changed(&o, output);
    if (dump) {
        Out d = {0};
        emit_dump(&d, st, n, set);
        write_if_changed(&d, dump);
        free(d.p);
    }
    if (disasm) {
        Out d = {0};
        emit_dump(&d, st, n, set);
        fwrite(d.p, 1, d.len, stdout);
        free(d.p);
    }
    free(o.p);
    return 0;
}
