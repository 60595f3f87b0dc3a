// tools/stencilgen/elf.h — a reader for ELF64 little-endian relocatable
// objects (x86-64, AArch64, RISC-V64), written from the System V gABI.
//
// It reads what stencilgen needs and nothing else: section headers, the
// symbol table and RELA relocation sections. Every offset and size in the
// file is bounds-checked; a malformed file is a clean error, never a crash.
//
// Read next: tools/stencilgen/stencilgen.c (what is done with it).
#ifndef MO_STENCILGEN_ELF_H
#define MO_STENCILGEN_ELF_H

#include <stddef.h>
#include <stdint.h>

// e_machine values we accept.
enum {
    ELF_MACHINE_X86_64 = 62,
    ELF_MACHINE_AARCH64 = 183,
    ELF_MACHINE_RISCV = 243,
};

// sh_type values we look at.
enum {
    ELF_SHT_NULL = 0,
    ELF_SHT_PROGBITS = 1,
    ELF_SHT_SYMTAB = 2,
    ELF_SHT_STRTAB = 3,
    ELF_SHT_RELA = 4,
    ELF_SHT_NOBITS = 8,
    ELF_SHT_REL = 9,
};

// sh_flags bits.
enum {
    ELF_SHF_WRITE = 0x1,
    ELF_SHF_ALLOC = 0x2,
    ELF_SHF_EXECINSTR = 0x4,
    ELF_SHF_TLS = 0x400,
};

// Special section indices and symbol types.
enum {
    ELF_SHN_UNDEF = 0,
    ELF_SHN_ABS = 0xFFF1,
    ELF_SHN_COMMON = 0xFFF2,
    ELF_STT_SECTION = 3,
    ELF_STT_TLS = 6,
};

typedef struct ElfSection {
    const char *name;
    uint32_t type;
    uint64_t flags;
    uint64_t size;
    uint64_t align;
    uint32_t link;
    uint32_t info;
    const uint8_t *bytes;   // NULL for SHT_NOBITS
} ElfSection;

typedef struct ElfSymbol {
    const char *name;       // for a section symbol: the section's name
    uint64_t value;
    uint64_t size;
    uint16_t shndx;
    uint8_t type;
    uint8_t bind;
} ElfSymbol;

typedef struct ElfReloc {
    uint64_t offset;
    uint32_t type;
    uint32_t sym;
    int64_t addend;
} ElfReloc;

typedef struct ElfFile {
    const char *path;
    uint8_t *buf;
    size_t size;
    uint16_t machine;
    unsigned nsections;
    ElfSection *sections;
    unsigned nsymbols;
    ElfSymbol *symbols;
} ElfFile;

// Reads `path`. On failure returns -1 and writes a message into `err`.
int mo_elf_load(ElfFile *file, const char *path, char *err, size_t errlen);
void mo_elf_free(ElfFile *file);

// The RELA relocations that apply to section `target`, in file order
// (a fresh array the caller frees), or NULL with *n = 0 when there are none.
// Returns -1 with a message for a REL section or a malformed one.
int mo_elf_relocs(const ElfFile *file, unsigned target, ElfReloc **out,
                  unsigned *n, char *err, size_t errlen);

#endif
