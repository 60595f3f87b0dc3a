// src/runtime/gc.c — the non-moving mark-sweep collector of gc.h.
//
// Heap layout:
//
//   small objects (<= MAX_SMALL bytes)          large objects
//   +---------------- page (256 KiB) ----+      +---------------------------+
//   | cell | cell | cell | … | cell |    |      | mmap'd block, one object, |
//   +------------------------------------+      | 4 KiB granularity         |
//   one size class per page; PageInfo kept      +---------------------------+
//   apart; free cells have type == NULL and     kept in an address-sorted
//   hold the free-list link at offset 8.        array for conservative lookups.
//
// Finding the object behind an arbitrary address (conservative roots) uses a
// two-level radix table indexed by page number (address >> PAGE_SHIFT), then
// rounds down to the cell; large objects are found by binary search.
//
// A collection: mark the roots (precise and conservative) with an explicit
// mark stack, then sweep every page and every large object, running
// `finalize` on the dead and threading their cells onto the free lists.
// The next collection starts when the bytes allocated since this one exceed
// max(MIN_THRESHOLD, live bytes): a program in a steady state runs in flat
// memory, and the collector's cost stays proportional to the allocation rate.
//
// Stress mode (mo_gc_set_stress) collects at every N-th allocation instead,
// so that a C function holding a dead object's interior pointer across an
// allocation reads freed memory at once rather than once in a blue moon. It
// costs nothing when off: it keeps the threshold at zero, so every
// allocation takes the threshold test's rare branch, and only that branch
// counts allocations.
#define _GNU_SOURCE
#include "runtime/gc.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "runtime/error.h"

#define PAGE_SHIFT 18
#define PAGE_SIZE ((size_t)1 << PAGE_SHIFT)
#define MAX_SMALL 32768
#define MIN_THRESHOLD ((size_t)16 << 20)
#define RADIX_BITS 15   // 48 - PAGE_SHIFT = 30 bits of page number, 2 levels
#define RADIX_SIZE ((size_t)1 << RADIX_BITS)

// Allocation requests larger than this fail with MemoryError at once.
#define MAX_ALLOC ((size_t)1 << 46)

static const uint32_t size_classes[] = {
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512,
    640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120,
    6144, 7168, 8192, 10240, 12288, 14336, 16384, 20480, 24576, 28672, 32768,
};
#define NCLASSES (sizeof size_classes / sizeof size_classes[0])

typedef struct FreeCell {
    TypeObject *type;           // NULL: free
    struct FreeCell *next;
} FreeCell;

typedef struct PageInfo {
    char *base;
    uint32_t cell_size;
    uint32_t ncells;
    uint32_t size_class;
    uint32_t live;              // live cells after the last sweep
} PageInfo;

typedef struct LargeObject {
    char *base;
    size_t size;                // mapped bytes
} LargeObject;

typedef struct Region {
    void *start;
    void **end;
} Region;

static struct {
    PageInfo **radix[RADIX_SIZE];
    PageInfo **pages;
    size_t npages, pages_cap;
    FreeCell *free_lists[NCLASSES];
    uint8_t class_of[MAX_SMALL / 16 + 1];   // (size + 15) / 16 → class

    LargeObject *large;
    size_t nlarge, large_cap;

    Object **mark_stack;
    size_t mark_top, mark_cap;
    bool mark_overflow;

    Value **roots;
    size_t nroots, roots_cap;
    Object ***obj_roots;
    size_t nobj_roots, obj_roots_cap;
    TypeObject **static_types;
    size_t nstatic, static_cap;
    Region *regions;
    size_t nregions, regions_cap;

    char *stack_end;            // the C stack's far end (highest address)
    size_t allocated;           // bytes since the last collection
    size_t threshold;
    size_t live_bytes;
    size_t external;
    int disabled;
    bool collecting;
    unsigned stress_every;      // 0: off; else collect at every N-th allocation
    unsigned stress_countdown;  // allocations left before the next one
    size_t collections;
    double seconds;
} G;

// ------------------------------------------------------------- small tools

static void grow_array(void **arr, size_t *cap, size_t elem) {
    size_t ncap = *cap ? *cap * 2 : 64;
    void *p = realloc(*arr, ncap * elem);
    if (!p)
        mo_fatal("out of memory growing the collector's tables");
    *arr = p;
    *cap = ncap;
}

void mo_gc_add_root(Value *slot) {
    if (G.nroots == G.roots_cap)
        grow_array((void **)&G.roots, &G.roots_cap, sizeof *G.roots);
    G.roots[G.nroots++] = slot;
}

void mo_gc_add_root_obj(Object **slot) {
    if (G.nobj_roots == G.obj_roots_cap)
        grow_array((void **)&G.obj_roots, &G.obj_roots_cap, sizeof *G.obj_roots);
    G.obj_roots[G.nobj_roots++] = slot;
}

void mo_gc_add_static_type(TypeObject *t) {
    if (G.nstatic == G.static_cap)
        grow_array((void **)&G.static_types, &G.static_cap, sizeof *G.static_types);
    G.static_types[G.nstatic++] = t;
}

void mo_gc_add_region(void *start, void **end) {
    if (G.nregions == G.regions_cap)
        grow_array((void **)&G.regions, &G.regions_cap, sizeof *G.regions);
    G.regions[G.nregions++] = (Region){start, end};
}

void mo_gc_remove_region(void *start) {
    for (size_t i = 0; i < G.nregions; i++) {
        if (G.regions[i].start == start) {
            G.regions[i] = G.regions[--G.nregions];
            return;
        }
    }
}

void mo_gc_set_stress(unsigned every) {
    G.stress_every = every;
    G.stress_countdown = every;
    G.threshold = every ? 0 : MIN_THRESHOLD;
}

void mo_gc_disable(void) { G.disabled++; }
void mo_gc_enable(void) { G.disabled--; }

// ------------------------------------------------------------------- init

void mo_gc_init(void) {
    for (size_t c = 0, s = 0; s <= MAX_SMALL / 16; s++) {
        while (size_classes[c] < s * 16)
            c++;
        G.class_of[s] = (uint8_t)c;
    }
    G.threshold = G.stress_every ? 0 : MIN_THRESHOLD;

    // The C stack ends where the main thread's stack mapping ends.
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0 &&
        pthread_attr_getstack(&attr, &addr, &size) == 0) {
        G.stack_end = (char *)addr + size;
        pthread_attr_destroy(&attr);
    } else {
        mo_fatal("cannot find the C stack's bounds");
    }
}

// ------------------------------------------------------------- allocation

static PageInfo *page_of(uintptr_t addr) {
    uintptr_t pn = addr >> PAGE_SHIFT;
    if (pn >> (2 * RADIX_BITS))
        return NULL;
    PageInfo **leaf = G.radix[pn >> RADIX_BITS];
    return leaf ? leaf[pn & (RADIX_SIZE - 1)] : NULL;
}

static bool register_page(PageInfo *p) {
    uintptr_t pn = (uintptr_t)p->base >> PAGE_SHIFT;
    if (pn >> (2 * RADIX_BITS))
        return false;   // beyond 48-bit addresses: cannot be boxed anyway
    PageInfo ***leaf = &G.radix[pn >> RADIX_BITS];
    if (!*leaf) {
        *leaf = calloc(RADIX_SIZE, sizeof **leaf);
        if (!*leaf)
            return false;
    }
    (*leaf)[pn & (RADIX_SIZE - 1)] = p;
    if (G.npages == G.pages_cap)
        grow_array((void **)&G.pages, &G.pages_cap, sizeof *G.pages);
    G.pages[G.npages++] = p;
    return true;
}

static void *map_aligned_page(void) {
    // Over-map by one page and trim, to get PAGE_SIZE alignment.
    size_t len = 2 * PAGE_SIZE;
    char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t aligned = ((uintptr_t)p + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
    size_t head = aligned - (uintptr_t)p;
    if (head)
        munmap(p, head);
    size_t tail = len - head - PAGE_SIZE;
    if (tail)
        munmap((char *)aligned + PAGE_SIZE, tail);
    return (void *)aligned;
}

// Gives a size class a fresh page, threading all its cells onto the free list.
static bool new_page(uint32_t cls) {
    char *base = map_aligned_page();
    if (!base)
        return false;
    PageInfo *p = malloc(sizeof *p);
    if (!p) {
        munmap(base, PAGE_SIZE);
        return false;
    }
    p->base = base;
    p->cell_size = size_classes[cls];
    p->ncells = (uint32_t)(PAGE_SIZE / p->cell_size);
    p->size_class = cls;
    p->live = 0;
    if (!register_page(p)) {
        munmap(base, PAGE_SIZE);
        free(p);
        return false;
    }
    FreeCell *head = G.free_lists[cls];
    for (uint32_t i = p->ncells; i-- > 0;) {
        FreeCell *c = (FreeCell *)(base + (size_t)i * p->cell_size);
        c->type = NULL;
        c->next = head;
        head = c;
    }
    G.free_lists[cls] = head;
    return true;
}

// Dead large blocks are kept for reuse (up to a budget) rather than
// unmapped: a program that builds big strings or lists over and over would
// otherwise spend its time in mmap, munmap and page faults.
// Block sizes are rounded up to one of eight steps per power of two, so
// that a string or list that grows a little at a time keeps asking for the
// same few sizes and the blocks its dead predecessors leave fit it.
#define LARGE_CACHE_MAX 512
static struct {
    LargeObject blocks[LARGE_CACHE_MAX];
    size_t n;
    size_t bytes;
} large_cache;

static size_t large_cache_budget(void) {
    size_t b = G.threshold / 2;
    return b < ((size_t)64 << 20) ? (size_t)64 << 20 : b;
}

// A cached block of at least `len` bytes (and not much bigger), or NULL.
static char *take_cached(size_t len, size_t *got) {
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < large_cache.n; i++) {
        size_t sz = large_cache.blocks[i].size;
        if (sz >= len && sz <= len + len / 2 + 65536 && (best == SIZE_MAX || sz < large_cache.blocks[best].size))
            best = i;
    }
    if (best == SIZE_MAX)
        return NULL;
    char *p = large_cache.blocks[best].base;
    *got = large_cache.blocks[best].size;
    large_cache.bytes -= *got;
    large_cache.n--;
    memmove(large_cache.blocks + best, large_cache.blocks + best + 1,
            (large_cache.n - best) * sizeof large_cache.blocks[0]);
    return p;
}

// Keeps a dead block for reuse, making room by unmapping the oldest kept
// blocks: the newest are the likeliest to fit what comes next (a growing
// string soon outgrows the blocks of its early, shorter copies).
static void release_large(char *base, size_t size) {
    size_t budget = large_cache_budget();
    if (size > budget) {
        munmap(base, size);
        return;
    }
    size_t drop = 0;
    while (drop < large_cache.n &&
           (large_cache.n - drop >= LARGE_CACHE_MAX || large_cache.bytes + size > budget)) {
        munmap(large_cache.blocks[drop].base, large_cache.blocks[drop].size);
        large_cache.bytes -= large_cache.blocks[drop].size;
        drop++;
    }
    if (drop) {
        large_cache.n -= drop;
        memmove(large_cache.blocks, large_cache.blocks + drop, large_cache.n * sizeof large_cache.blocks[0]);
    }
    large_cache.blocks[large_cache.n++] = (LargeObject){base, size};
    large_cache.bytes += size;
}

// The block size for an object of `size` bytes: pages, then eight steps
// per power of two.
static size_t large_block_size(size_t size) {
    size_t len = (size + 4095) & ~(size_t)4095;
    unsigned top = 63 - (unsigned)__builtin_clzll((unsigned long long)len);
    size_t step = top > 3 ? (size_t)1 << (top - 3) : 4096;
    if (step < 4096)
        step = 4096;
    return (len + step - 1) & ~(step - 1);
}

static void *alloc_large(size_t size) {
    size_t len = large_block_size(size);
    size_t got = 0;
    char *p = take_cached(len, &got);
    if (p) {
        // Reused memory must look fresh (mo_gc_alloc's contract).
        memset(p, 0, size);
        len = got;
    } else {
        p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return NULL;
    }
    if ((uintptr_t)p >> 48) {
        munmap(p, len);
        return NULL;
    }
    if (G.nlarge == G.large_cap)
        grow_array((void **)&G.large, &G.large_cap, sizeof *G.large);
    // Keep the array sorted by address for binary search.
    size_t lo = 0, hi = G.nlarge;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (G.large[mid].base < p)
            lo = mid + 1;
        else
            hi = mid;
    }
    memmove(&G.large[lo + 1], &G.large[lo], (G.nlarge - lo) * sizeof *G.large);
    G.large[lo] = (LargeObject){p, len};
    G.nlarge++;
    return p;
}

// The threshold test's rare branch; in stress mode, every allocation's.
static __attribute__((noinline)) void threshold_reached(void) {
    if (G.stress_every) {
        if (--G.stress_countdown)
            return;
        G.stress_countdown = G.stress_every;
    }
    mo_gc_collect();
}

static inline void maybe_collect(size_t incoming) {
    G.allocated += incoming;
    if (__builtin_expect(G.allocated >= G.threshold, 0) && !G.disabled && !G.collecting)
        threshold_reached();
}

void *mo_gc_alloc(TypeObject *type, size_t size) {
    if (size > MAX_ALLOC) {
        mo_err_no_memory();
        return NULL;
    }
    size_t rounded = size <= MAX_SMALL ? size_classes[G.class_of[(size + 15) / 16]] : size;
    maybe_collect(rounded);
    Object *o;
    if (size <= MAX_SMALL) {
        uint32_t cls = G.class_of[(size + 15) / 16];
        FreeCell *c = G.free_lists[cls];
        if (!c) {
            if (!new_page(cls)) {
                // Memory is short: collect and try once more.
                if (!G.disabled && !G.collecting)
                    mo_gc_collect();
                c = G.free_lists[cls];
                if (!c && !new_page(cls)) {
                    mo_err_no_memory();
                    return NULL;
                }
            }
            c = G.free_lists[cls];
        }
        G.free_lists[cls] = c->next;
        memset(c, 0, size_classes[cls]);
        o = (Object *)c;
    } else {
        o = alloc_large(size);
        if (!o) {
            if (!G.disabled && !G.collecting)
                mo_gc_collect();
            o = alloc_large(size);
            if (!o) {
                mo_err_no_memory();
                return NULL;
            }
        }
        // mmap'd memory is already zero.
    }
    o->type = type;
    // The Values a class adds (its __slots__ and __dict__) start out empty,
    // MO_NULL: zero is the float 0.0.
    if ((type->flags & MO_TPFLAG_HEAPTYPE) && type->heap_fields_start)
        for (size_t off = type->heap_fields_start; off + sizeof(Value) <= type->basicsize && off + sizeof(Value) <= size;
             off += sizeof(Value))
            *(Value *)((char *)o + off) = MO_NULL;
    return o;
}

// ------------------------------------------------------------ side storage

void *mo_mem_alloc(size_t size) {
    if (size > MAX_ALLOC) {
        mo_err_no_memory();
        return NULL;
    }
    maybe_collect(size);
    void *p = malloc(size ? size : 1);
    if (!p) {
        mo_err_no_memory();
        return NULL;
    }
    G.external += size;
    return p;
}

void *mo_mem_calloc(size_t n, size_t size) {
    if (size && n > MAX_ALLOC / size) {
        mo_err_no_memory();
        return NULL;
    }
    maybe_collect(n * size);
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        mo_err_no_memory();
        return NULL;
    }
    G.external += n * size;
    return p;
}

void *mo_mem_realloc(void *p, size_t old_size, size_t new_size) {
    if (new_size > MAX_ALLOC) {
        mo_err_no_memory();
        return NULL;
    }
    if (new_size > old_size)
        maybe_collect(new_size - old_size);
    void *q = realloc(p, new_size ? new_size : 1);
    if (!q) {
        mo_err_no_memory();
        return NULL;
    }
    G.external += new_size;
    G.external -= old_size;
    return q;
}

void mo_mem_free(void *p, size_t size) {
    if (!p)
        return;
    free(p);
    G.external -= size;
}

// ---------------------------------------------------------------- marking

static void push(Object *o) {
    if (G.mark_top == G.mark_cap) {
        size_t ncap = G.mark_cap ? G.mark_cap * 2 : 4096;
        Object **p = realloc(G.mark_stack, ncap * sizeof *p);
        if (!p) {
            // Remember that some marked objects were not traced; the sweep
            // is then preceded by a rescan of the heap (see drain).
            G.mark_overflow = true;
            return;
        }
        G.mark_stack = p;
        G.mark_cap = ncap;
    }
    G.mark_stack[G.mark_top++] = o;
}

void mo_gc_mark_obj(Object *o) {
    if (!o || (o->gc & (MO_GC_MARK | MO_GC_STATIC)))
        return;
    o->gc |= MO_GC_MARK;
    push(o);
}

void mo_gc_mark(Value v) {
    if (mo_is_ptr(v))
        mo_gc_mark_obj(mo_ptr(v));
}

static void trace_object(Object *o) {
    TypeObject *t = o->type;
    // The type of a heap object may itself be a heap object (a class).
    mo_gc_mark_obj(&t->hdr);
    if (t->trace)
        t->trace(o);
    // Instances of classes keep their __dict__ at dictoffset; built-in
    // types may trace it too, which is harmless.
    if (t->dictoffset && !(t->flags & MO_TPFLAG_VARSIZE_BASE))
        mo_gc_mark(*(Value *)((char *)o + t->dictoffset));
    // Classes deriving from `object` directly keep only Values after the
    // header (their __slots__ and __dict__).
    if ((t->flags & MO_TPFLAG_HEAPTYPE) && t->heap_fields_start)
        for (uint32_t off = t->heap_fields_start; off + sizeof(Value) <= t->basicsize; off += sizeof(Value))
            mo_gc_mark(*(Value *)((char *)o + off));
}

static void drain(void) {
    while (G.mark_top)
        trace_object(G.mark_stack[--G.mark_top]);
    while (G.mark_overflow) {
        // Rare: the mark stack could not grow. Retrace every marked object
        // until nothing new is marked.
        G.mark_overflow = false;
        for (size_t i = 0; i < G.npages; i++) {
            PageInfo *p = G.pages[i];
            for (uint32_t j = 0; j < p->ncells; j++) {
                Object *o = (Object *)(p->base + (size_t)j * p->cell_size);
                if (o->type && (o->gc & MO_GC_MARK)) {
                    trace_object(o);
                    while (G.mark_top)
                        trace_object(G.mark_stack[--G.mark_top]);
                }
            }
        }
        for (size_t i = 0; i < G.nlarge; i++) {
            Object *o = (Object *)G.large[i].base;
            if (o->type && (o->gc & MO_GC_MARK)) {
                trace_object(o);
                while (G.mark_top)
                    trace_object(G.mark_stack[--G.mark_top]);
            }
        }
    }
}

Object *mo_gc_find_object(const void *ptr) {
    uintptr_t a = (uintptr_t)ptr;
    PageInfo *p = page_of(a);
    if (p) {
        size_t off = a - (uintptr_t)p->base;
        size_t idx = off / p->cell_size;
        if (idx >= p->ncells)
            return NULL;
        Object *o = (Object *)(p->base + idx * p->cell_size);
        return o->type ? o : NULL;
    }
    if (!G.nlarge || a < (uintptr_t)G.large[0].base)
        return NULL;
    size_t lo = 0, hi = G.nlarge;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((uintptr_t)G.large[mid].base <= a)
            lo = mid;
        else
            hi = mid;
    }
    LargeObject *l = &G.large[lo];
    if (a < (uintptr_t)l->base + l->size) {
        Object *o = (Object *)l->base;
        return o->type ? o : NULL;
    }
    return NULL;
}

// Scans [start, end) for anything that looks like a reference.
__attribute__((no_sanitize_address)) static void scan_conservative(const void *start, const void *end) {
    uintptr_t s = ((uintptr_t)start + 7) & ~(uintptr_t)7;
    for (const uint64_t *w = (const uint64_t *)s; (const void *)(w + 1) <= end; w++) {
        uint64_t v = *w;
        if ((v >> 48) == (MO_TAG_PTR >> 48))
            v &= MO_PAYLOAD;
        else if (v >> 48)
            continue;
        if (v < 4096)
            continue;
        Object *o = mo_gc_find_object((const void *)(uintptr_t)v);
        if (o)
            mo_gc_mark_obj(o);
    }
}

void mo_gc_scan_range(const void *start, const void *end) { scan_conservative(start, end); }

// Scans from this frame (below every frame of the caller) to the stack's end.
__attribute__((noinline, no_sanitize_address)) static void scan_stack_from_here(void) {
    volatile char here = 0;
    scan_conservative((const void *)&here, G.stack_end);
}

// Marks from the C stack and registers. Callee-saved registers that may
// hold a caller's only reference are spilled into this frame twice over:
// __builtin_unwind_init saves them all in the prologue, and setjmp copies
// them into a jmp_buf (which alone would not do: glibc mangles some, rbp on
// x86-64). The scan starts in a deeper frame, so all of this one is inside.
__attribute__((noinline, no_sanitize_address)) static void scan_stack(void) {
    __builtin_unwind_init();
    jmp_buf regs;
    setjmp(regs);
    scan_stack_from_here();
    scan_conservative(&regs, (char *)&regs + sizeof regs);
}

static void mark_roots(void) {
    for (size_t i = 0; i < G.nroots; i++)
        mo_gc_mark(*G.roots[i]);
    for (size_t i = 0; i < G.nobj_roots; i++)
        mo_gc_mark_obj(*G.obj_roots[i]);
    for (size_t i = 0; i < G.nstatic; i++)
        trace_object(&G.static_types[i]->hdr);
    for (size_t i = 0; i < G.nregions; i++)
        scan_conservative(G.regions[i].start, *G.regions[i].end);
    scan_stack();
}

// ---------------------------------------------------------------- sweeping

static void sweep(void) {
    for (size_t c = 0; c < NCLASSES; c++)
        G.free_lists[c] = NULL;
    size_t live = 0;
    size_t kept = 0;
    size_t keep_pages = G.threshold / PAGE_SIZE + 8;
    for (size_t i = 0; i < G.npages; i++) {
        PageInfo *p = G.pages[i];
        uint32_t nlive = 0;
        FreeCell *head = G.free_lists[p->size_class];
        for (uint32_t j = p->ncells; j-- > 0;) {
            Object *o = (Object *)(p->base + (size_t)j * p->cell_size);
            if (o->type) {
                if (o->gc & MO_GC_MARK) {
                    o->gc &= ~MO_GC_MARK;
                    nlive++;
                    continue;
                }
                if (o->type->finalize)
                    o->type->finalize(o);
            }
            FreeCell *c = (FreeCell *)o;
            c->type = NULL;
            c->next = head;
            head = c;
        }
        p->live = nlive;
        live += (size_t)nlive * p->cell_size;
        // Keep enough empty pages to serve the next cycle's allocations
        // without asking the kernel again; return the rest.
        if (nlive == 0 && kept >= keep_pages) {
            // An empty page beyond a small reserve goes back to the system.
            uintptr_t pn = (uintptr_t)p->base >> PAGE_SHIFT;
            G.radix[pn >> RADIX_BITS][pn & (RADIX_SIZE - 1)] = NULL;
            munmap(p->base, PAGE_SIZE);
            free(p);
            G.pages[i] = NULL;
            continue;
        }
        if (nlive == 0)
            kept++;
        G.free_lists[p->size_class] = head;
    }
    size_t n = 0;
    for (size_t i = 0; i < G.npages; i++)
        if (G.pages[i])
            G.pages[n++] = G.pages[i];
    G.npages = n;

    n = 0;
    for (size_t i = 0; i < G.nlarge; i++) {
        Object *o = (Object *)G.large[i].base;
        if (o->gc & MO_GC_MARK) {
            o->gc &= ~MO_GC_MARK;
            live += G.large[i].size;
            G.large[n++] = G.large[i];
        } else {
            if (o->type && o->type->finalize)
                o->type->finalize(o);
            o->type = NULL;
            release_large(G.large[i].base, G.large[i].size);
        }
    }
    G.nlarge = n;
    G.live_bytes = live;
}

void mo_gc_collect(void) {
    if (G.collecting)
        return;
    G.collecting = true;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    mark_roots();
    drain();
    sweep();
    G.allocated = 0;
    size_t base = G.live_bytes + G.external;
    G.threshold = base > MIN_THRESHOLD ? base : MIN_THRESHOLD;
    if (G.stress_every)
        G.threshold = 0;
    G.collections++;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    G.seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    G.collecting = false;
}

void mo_gc_stats(GcStats *out) {
    out->collections = G.collections;
    out->heap_bytes = G.live_bytes;
    out->allocated_bytes = G.allocated;
    out->external_bytes = G.external;
    out->pages = G.npages;
    out->total_seconds = G.seconds;
}
