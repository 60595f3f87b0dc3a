// src/jit/code_arena.c — executable memory for JIT traces (see code_arena.h
// for the W^X protocol).
//
// Layout of one region (a mapping); blocks are bump-allocated, freed blocks
// are remembered out of line (the memory itself is usually read-execute, so
// no free-list links can live in it):
//
//   base                       rx_hi      used                     size
//   | trace A | trace B (freed) | trace C |........ never used .......|
//   |<------------ RX ---------->|<- RW: dirty since the last seal ->|<- RW ->
//
// Regions are mapped read-write: pages past `rx_hi` have never been sealed,
// so a trace that starts on one needs no mprotect before it is written —
// its seal is the only one. The bump pointer skips to the next fresh page
// rather than start a trace on the tail of an executable page. (Reusing a
// freed block on RX pages costs the two flips, RX→RW→RX.)
//
// Free blocks are kept by size class: one exact class per granule count up
// to 64 granules (4 KiB), and one first-fit list above. An allocation tries
// its exact class, then larger small classes (splitting), then the large
// list, then the region's bump pointer, then a new region.
//
// Read next: src/jit/emit.c.
#include "jit/code_arena.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define SMALL_CLASSES 64
#define DEFAULT_REGION_SIZE ((size_t)1 << 20)
// Pages are made writable this many bytes at a time (a multiple of every
// page size we run on).
#define WRITE_CHUNK ((size_t)1 << 16)

typedef struct Region {
    uint8_t *base;
    size_t size;
    size_t used;        // bump pointer (bytes from base)
    size_t live;        // bytes in allocated blocks
    size_t dirty_lo;    // the read-write pages: [dirty_lo, dirty_hi) from base;
    size_t dirty_hi;    // empty when equal
    size_t rx_hi;       // pages at or past this offset have never been sealed
    struct Region *next;
} Region;

typedef struct Block {
    uint8_t *ptr;
    size_t size;
    Region *region;
} Block;

typedef struct BlockList {
    Block *items;
    size_t n, cap;
} BlockList;

struct CodeArena {
    size_t region_size;
    int flags;
    size_t page;
    Region *regions;
    Region *current;
    BlockList bins[SMALL_CLASSES + 1];  // [g-1] exact for g granules; [SMALL_CLASSES] larger
    CodeArenaStats stats;
};

static size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

static int list_push(BlockList *list, Block b)
{
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        Block *items = realloc(list->items, cap * sizeof *items);
        if (!items)
            return -1;
        list->items = items;
        list->cap = cap;
    }
    list->items[list->n++] = b;
    return 0;
}

static BlockList *bin_for(CodeArena *a, size_t size)
{
    size_t granules = size / MO_CODE_ARENA_GRANULE;
    return granules <= SMALL_CLASSES ? &a->bins[granules - 1] : &a->bins[SMALL_CLASSES];
}

// Remembers a free block. If the bookkeeping itself cannot grow, the block
// is leaked (it stays mapped, unused) rather than lost track of unsafely.
static void add_free(CodeArena *a, uint8_t *ptr, size_t size, Region *r)
{
    if (size)
        (void)list_push(bin_for(a, size), (Block){ptr, size, r});
}

// Where the arena tries to map regions: near the runtime's own code, so
// that calls from traces to runtime functions are direct (x86-64: ±2 GiB,
// AArch64 `bl`: ±128 MiB) instead of going through veneers. Best effort.
static void *map_near_code(size_t size, int far)
{
    uintptr_t text = (uintptr_t)&mo_code_arena_new;
    if (far) {
        // Beyond every direct range (x86-64 ±2 GiB, AArch64 bl ±128 MiB,
        // RISC-V auipc ±2 GiB): 64 GiB above or below, else anywhere.
        uintptr_t gap = (uintptr_t)64 << 30;
        uintptr_t hints[2] = {(text + gap) & ~(uintptr_t)0xFFFFF, (text - gap) & ~(uintptr_t)0xFFFFF};
        for (int k = 0; k < 2; k++) {
            if ((k == 0 && hints[k] < text) || (k == 1 && hints[k] > text))
                continue;   // wrapped around
            void *p = mmap((void *)hints[k], size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p != MAP_FAILED)
                return p;
        }
        void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        return p == MAP_FAILED ? NULL : p;
    }
    uintptr_t step = round_up(size, (size_t)1 << 21);
    for (int k = 1; k <= 16; k++) {
        uintptr_t hint = (text & ~(((uintptr_t)1 << 21) - 1)) - ((uintptr_t)32 << 20) - k * step;
        if (hint > text)
            break;  // wrapped around
#ifdef MAP_FIXED_NOREPLACE
        void *p = mmap((void *)hint, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
                       -1, 0);
        if (p != MAP_FAILED) {
            if ((uintptr_t)p == hint)
                return p;
            munmap(p, size);    // an old kernel that treated the flag as a hint
        }
#else
        void *p = mmap((void *)hint, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED)
            return p;
#endif
    }
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static Region *new_region(CodeArena *a, size_t size)
{
    Region *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->size = round_up(size, a->page);
    r->base = map_near_code(r->size, a->flags & MO_CODE_ARENA_FAR);
    if (!r->base) {
        free(r);
        return NULL;
    }
    r->next = a->regions;
    a->regions = r;
    a->stats.regions++;
    a->stats.mapped += r->size;
    return r;
}

CodeArena *mo_code_arena_new(size_t region_size, int flags)
{
    CodeArena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->flags = flags;
    long page = sysconf(_SC_PAGESIZE);
    a->page = page > 0 ? (size_t)page : 4096;
    a->region_size = round_up(region_size ? region_size : DEFAULT_REGION_SIZE, a->page);
    a->current = new_region(a, a->region_size);
    if (!a->current) {
        free(a);
        return NULL;
    }
    return a;
}

void mo_code_arena_delete(CodeArena *a)
{
    if (!a)
        return;
    for (Region *r = a->regions, *next; r; r = next) {
        next = r->next;
        munmap(r->base, r->size);
        free(r);
    }
    for (int i = 0; i <= SMALL_CLASSES; i++)
        free(a->bins[i].items);
    free(a);
}

// Makes [ptr, ptr+size) writable, extending the region's read-write range
// so that it stays one contiguous range of pages that really are RW.
static int make_writable(CodeArena *a, Region *r, uint8_t *ptr, size_t size)
{
    // The first block after a seal makes just its own pages writable (one
    // trace compiled and run at once: the fewest pages to flip back). Later
    // ones, in a batch of compiles, extend the range by whole chunks, so a
    // batch costs a few mprotect calls rather than one per block; nothing on
    // those pages runs before the next seal anyway.
    size_t off = (size_t)(ptr - r->base);
    if (off >= r->rx_hi) {
        // Fresh pages, read-write since they were mapped: just remember them
        // for the seal.
        size_t lo = off / a->page * a->page;
        size_t hi = round_up(off + size, a->page);
        if (r->dirty_lo == r->dirty_hi) {
            r->dirty_lo = lo;
            r->dirty_hi = hi;
        } else {
            // The read-write range must stay one range of pages that really
            // are RW: sealed pages between it and this block are flipped
            // (pages past rx_hi already are RW, and sealing them is harmless).
            if (r->dirty_hi < r->rx_hi && hi > r->dirty_hi) {
                a->stats.protects++;
                if (mprotect(r->base + r->dirty_hi, r->rx_hi - r->dirty_hi, PROT_READ | PROT_WRITE) != 0)
                    return -1;
            }
            if (lo < r->dirty_lo)
                r->dirty_lo = lo;
            if (hi > r->dirty_hi)
                r->dirty_hi = hi;
        }
        return 0;
    }
    size_t granule = r->dirty_lo == r->dirty_hi ? a->page : WRITE_CHUNK;
    size_t lo = off / granule * granule;
    size_t hi = round_up((size_t)(ptr - r->base) + size, granule);
    if (hi > r->size)
        hi = r->size;
    if (r->dirty_lo == r->dirty_hi) {
        a->stats.protects++;
        if (mprotect(r->base + lo, hi - lo, PROT_READ | PROT_WRITE) != 0)
            return -1;
        r->dirty_lo = lo;
        r->dirty_hi = hi;
        return 0;
    }
    if (lo < r->dirty_lo) {
        a->stats.protects++;
        if (mprotect(r->base + lo, r->dirty_lo - lo, PROT_READ | PROT_WRITE) != 0)
            return -1;
        r->dirty_lo = lo;
    }
    if (hi > r->dirty_hi) {
        a->stats.protects++;
        if (mprotect(r->base + r->dirty_hi, hi - r->dirty_hi, PROT_READ | PROT_WRITE) != 0)
            return -1;
        r->dirty_hi = hi;
    }
    return 0;
}

// A free block of exactly `size` bytes, split from a larger one if needed.
static int take_free(CodeArena *a, size_t size, Block *out)
{
    size_t g = size / MO_CODE_ARENA_GRANULE;
    for (size_t c = g < SMALL_CLASSES + 1 ? g : SMALL_CLASSES + 1; c <= SMALL_CLASSES + 1; c++) {
        BlockList *list = c <= SMALL_CLASSES ? &a->bins[c - 1] : &a->bins[SMALL_CLASSES];
        if (!list->n)
            continue;
        size_t pick = list->n - 1;
        if (c > SMALL_CLASSES) {
            // First fit in the large list.
            size_t i = 0;
            while (i < list->n && list->items[i].size < size)
                i++;
            if (i == list->n)
                return 0;
            pick = i;
        }
        Block b = list->items[pick];
        list->items[pick] = list->items[--list->n];
        *out = (Block){b.ptr, size, b.region};
        add_free(a, b.ptr + size, b.size - size, b.region);
        return 1;
    }
    return 0;
}

// Forgets every free block of `r` (when it becomes empty and is reset).
static void drop_free_blocks(CodeArena *a, const Region *r)
{
    for (int c = 0; c <= SMALL_CLASSES; c++) {
        BlockList *list = &a->bins[c];
        size_t k = 0;
        for (size_t i = 0; i < list->n; i++)
            if (list->items[i].region != r)
                list->items[k++] = list->items[i];
        list->n = k;
    }
}

void *mo_code_arena_alloc(CodeArena *a, size_t size)
{
    if (size == 0)
        size = 1;
    size = round_up(size, MO_CODE_ARENA_GRANULE);
    Block b;
    if (!take_free(a, size, &b)) {
        Region *r = a->current;
        if (r->size - r->used < size) {
            // Retire the current region's tail, then find an empty region
            // or map a new one.
            add_free(a, r->base + r->used, (r->size - r->used) / MO_CODE_ARENA_GRANULE *
                                                MO_CODE_ARENA_GRANULE, r);
            r->used = r->size;
            Region *empty = NULL;
            for (Region *e = a->regions; e; e = e->next)
                if (e->used == 0 && e->size >= size)
                    empty = e;
            r = empty ? empty : new_region(a, size > a->region_size ? size : a->region_size);
            if (!r)
                return NULL;
            a->current = r;
        }
        // Start on a fresh page rather than on the tail of a sealed one.
        if (r->used < r->rx_hi && r->rx_hi <= r->size && r->size - r->rx_hi >= size) {
            add_free(a, r->base + r->used, r->rx_hi - r->used, r);
            r->used = r->rx_hi;
        }
        b = (Block){r->base + r->used, size, r};
        r->used += size;
    }
    if (make_writable(a, b.region, b.ptr, b.size) != 0) {
        add_free(a, b.ptr, b.size, b.region);
        return NULL;
    }
    b.region->live += size;
    a->stats.live += size;
    a->stats.allocs++;
    return b.ptr;
}

void mo_code_arena_free(CodeArena *a, void *block, size_t size)
{
    if (!block)
        return;
    size = round_up(size ? size : 1, MO_CODE_ARENA_GRANULE);
    uint8_t *p = block;
    Region *r = a->regions;
    while (r && !(p >= r->base && p < r->base + r->size))
        r = r->next;
    if (!r)
        return;     // not ours: ignore rather than corrupt the lists
    r->live -= size;
    a->stats.live -= size;
    a->stats.frees++;
    if (r->live == 0 && r != a->current) {
        // Reset the region: its pages go back to the system (still mapped,
        // so their protection is unchanged: RX or RW, never both).
        drop_free_blocks(a, r);
        r->used = 0;
        madvise(r->base, r->size, MADV_DONTNEED);
        return;
    }
    add_free(a, p, size, r);
}

int mo_code_arena_seal(CodeArena *a)
{
    int rc = 0;
    for (Region *r = a->regions; r; r = r->next) {
        if (r->dirty_lo == r->dirty_hi)
            continue;
        uint8_t *lo = r->base + r->dirty_lo, *hi = r->base + r->dirty_hi;
        a->stats.protects++;
        if (mprotect(lo, (size_t)(hi - lo), PROT_READ | PROT_EXEC) != 0)
            rc = -1;
        __builtin___clear_cache((char *)lo, (char *)hi);
        if (r->dirty_hi > r->rx_hi)
            r->rx_hi = r->dirty_hi;
        r->dirty_lo = r->dirty_hi = 0;
    }
    a->stats.seals++;
    return rc;
}

int mo_code_arena_sealed(const CodeArena *a)
{
    for (const Region *r = a->regions; r; r = r->next)
        if (r->dirty_lo != r->dirty_hi)
            return 0;
    return 1;
}

void mo_code_arena_stats(const CodeArena *a, CodeArenaStats *stats)
{
    *stats = a->stats;
}
