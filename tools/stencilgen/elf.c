// tools/stencilgen/elf.c — reads ELF64 relocatable objects (see elf.h).
//
// Layout of what is read (System V gABI, "Object Files"):
//
//   Elf64_Ehdr  e_ident[16] e_type:2 e_machine:2 e_version:4 e_entry:8
//               e_phoff:8 e_shoff:8 e_flags:4 e_ehsize:2 e_phentsize:2
//               e_phnum:2 e_shentsize:2 e_shnum:2 e_shstrndx:2     (64 bytes)
//   Elf64_Shdr  sh_name:4 sh_type:4 sh_flags:8 sh_addr:8 sh_offset:8
//               sh_size:8 sh_link:4 sh_info:4 sh_addralign:8 sh_entsize:8 (64)
//   Elf64_Sym   st_name:4 st_info:1 st_other:1 st_shndx:2 st_value:8
//               st_size:8                                            (24)
//   Elf64_Rela  r_offset:8 r_info:8 (sym << 32 | type) r_addend:8    (24)
//
// Fields are read byte by byte as little-endian, so the tool also works on a
// big-endian build machine.
#include "elf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t rd32(const uint8_t *p) { return (uint32_t)rd16(p) | (uint32_t)rd16(p + 2) << 16; }
static uint64_t rd64(const uint8_t *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }

static int fail(char *err, size_t errlen, const char *path, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(err, errlen, "%s: ", path);
    if (n < 0 || (size_t)n >= errlen)
        n = 0;
    va_start(ap, fmt);
    vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

// True when [off, off+len) lies inside a buffer of `size` bytes.
static int in_bounds(uint64_t off, uint64_t len, size_t size)
{
    return off <= size && len <= size - off;
}

// A NUL-terminated string at `off` inside string table `strtab`, or NULL.
static const char *string_at(const ElfFile *f, const ElfSection *strtab, uint64_t off)
{
    if (!strtab || !strtab->bytes || off >= strtab->size)
        return NULL;
    const char *s = (const char *)strtab->bytes + off;
    if (!memchr(s, 0, strtab->size - off))
        return NULL;
    (void)f;
    return s;
}

static int read_file(const char *path, uint8_t **buf, size_t *size)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    size_t cap = 1 << 16, len = 0;
    uint8_t *p = malloc(cap);
    for (;;) {
        if (!p) {
            fclose(fp);
            return -1;
        }
        len += fread(p + len, 1, cap - len, fp);
        if (len < cap)
            break;
        cap *= 2;
        uint8_t *q = realloc(p, cap);
        if (!q)
            free(p);
        p = q;
    }
    int bad = ferror(fp);
    fclose(fp);
    if (bad) {
        free(p);
        return -1;
    }
    *buf = p;
    *size = len;
    return 0;
}

int mo_elf_load(ElfFile *f, const char *path, char *err, size_t errlen)
{
    memset(f, 0, sizeof *f);
    f->path = path;
    if (read_file(path, &f->buf, &f->size) < 0)
        return fail(err, errlen, path, "cannot read the file");
    const uint8_t *b = f->buf;
    if (f->size < 64 || memcmp(b, "\177ELF", 4) != 0)
        return fail(err, errlen, path, "not an ELF file");
    if (b[4] != 2 || b[5] != 1)
        return fail(err, errlen, path, "not ELF64 little-endian (class %d, data %d)", b[4], b[5]);
    if (rd16(b + 16) != 1)
        return fail(err, errlen, path, "not a relocatable object (e_type %u)", rd16(b + 16));
    f->machine = rd16(b + 18);
    if (f->machine != ELF_MACHINE_X86_64 && f->machine != ELF_MACHINE_AARCH64 &&
        f->machine != ELF_MACHINE_RISCV)
        return fail(err, errlen, path, "unsupported e_machine %u", f->machine);

    uint64_t shoff = rd64(b + 40);
    uint16_t shentsize = rd16(b + 58), shnum = rd16(b + 60), shstrndx = rd16(b + 62);
    if (shentsize != 64 || shnum == 0 || !in_bounds(shoff, (uint64_t)shnum * 64, f->size))
        return fail(err, errlen, path, "bad section header table");
    if (shstrndx >= shnum)
        return fail(err, errlen, path, "bad section name table index");

    f->nsections = shnum;
    f->sections = calloc(shnum, sizeof *f->sections);
    if (!f->sections)
        return fail(err, errlen, path, "out of memory");
    uint32_t *name_offsets = calloc(shnum, sizeof *name_offsets);
    if (!name_offsets)
        return fail(err, errlen, path, "out of memory");
    for (unsigned i = 0; i < shnum; i++) {
        const uint8_t *h = b + shoff + (uint64_t)i * 64;
        ElfSection *s = &f->sections[i];
        name_offsets[i] = rd32(h);
        s->type = rd32(h + 4);
        s->flags = rd64(h + 8);
        uint64_t off = rd64(h + 24);
        s->size = rd64(h + 32);
        s->link = rd32(h + 40);
        s->info = rd32(h + 44);
        s->align = rd64(h + 48);
        if (s->align == 0)
            s->align = 1;
        if (s->type != ELF_SHT_NOBITS && s->type != ELF_SHT_NULL) {
            if (!in_bounds(off, s->size, f->size)) {
                free(name_offsets);
                return fail(err, errlen, path, "section %u lies outside the file", i);
            }
            s->bytes = b + off;
        }
    }
    const ElfSection *shstr = &f->sections[shstrndx];
    for (unsigned i = 0; i < shnum; i++) {
        const char *name = string_at(f, shstr, name_offsets[i]);
        f->sections[i].name = name ? name : "";
    }
    free(name_offsets);

    // The symbol table (a relocatable object has at most one).
    for (unsigned i = 0; i < shnum; i++) {
        const ElfSection *s = &f->sections[i];
        if (s->type != ELF_SHT_SYMTAB)
            continue;
        if (s->size % 24 || s->link >= shnum)
            return fail(err, errlen, path, "bad symbol table");
        const ElfSection *strtab = &f->sections[s->link];
        f->nsymbols = (unsigned)(s->size / 24);
        f->symbols = calloc(f->nsymbols ? f->nsymbols : 1, sizeof *f->symbols);
        if (!f->symbols)
            return fail(err, errlen, path, "out of memory");
        for (unsigned k = 0; k < f->nsymbols; k++) {
            const uint8_t *e = s->bytes + (uint64_t)k * 24;
            ElfSymbol *sym = &f->symbols[k];
            sym->bind = e[4] >> 4;
            sym->type = e[4] & 0xF;
            sym->shndx = rd16(e + 6);
            sym->value = rd64(e + 8);
            sym->size = rd64(e + 16);
            const char *name = string_at(f, strtab, rd32(e));
            if (sym->type == ELF_STT_SECTION && sym->shndx < shnum)
                name = f->sections[sym->shndx].name;
            sym->name = name ? name : "";
        }
        break;
    }
    return 0;
}

void mo_elf_free(ElfFile *f)
{
    free(f->buf);
    free(f->sections);
    free(f->symbols);
    memset(f, 0, sizeof *f);
}

int mo_elf_relocs(const ElfFile *f, unsigned target, ElfReloc **out, unsigned *n,
                  char *err, size_t errlen)
{
    *out = NULL;
    *n = 0;
    for (unsigned i = 0; i < f->nsections; i++) {
        const ElfSection *s = &f->sections[i];
        if ((s->type != ELF_SHT_RELA && s->type != ELF_SHT_REL) || s->info != target)
            continue;
        if (s->type == ELF_SHT_REL)
            return fail(err, errlen, f->path, "section %s: REL relocations are not supported (only RELA)",
                        s->name);
        if (s->size % 24)
            return fail(err, errlen, f->path, "section %s: bad size", s->name);
        unsigned count = (unsigned)(s->size / 24);
        ElfReloc *r = realloc(*out, (*n + count + 1) * sizeof *r);
        if (!r)
            return fail(err, errlen, f->path, "out of memory");
        *out = r;
        for (unsigned k = 0; k < count; k++) {
            const uint8_t *e = s->bytes + (uint64_t)k * 24;
            uint64_t info = rd64(e + 8);
            ElfReloc *rel = &r[*n + k];
            rel->offset = rd64(e);
            rel->type = (uint32_t)info;
            rel->sym = (uint32_t)(info >> 32);
            rel->addend = (int64_t)rd64(e + 16);
            if (rel->sym >= f->nsymbols)
                return fail(err, errlen, f->path, "section %s: relocation %u names symbol %u of %u",
                            s->name, k, rel->sym, f->nsymbols);
        }
        *n += count;
    }
    return 0;
}
