// src/jit/code_arena.h — executable memory for JIT traces.
//
// Many traces share one mapping ("region", 1 MiB by default). Blocks are
// 64-byte granules; freed blocks go to size-class free lists and are reused;
// a region whose blocks are all free is reset (and its pages given back).
//
// W^X, strictly: a page is never writable and executable at once.
//
//   mapped ──alloc──▶ RW (written by the emitter) ──seal──▶ RX (runs)
//                        ▲                                    │
//                        └──── alloc of a block on that page ─┘
//
// `mo_code_arena_alloc` makes the block's pages read-write; nothing on
// those pages may run until `mo_code_arena_seal` has made every page written
// since the last seal read-execute again and flushed the instruction cache.
// Callers that compile and run one trace at a time seal after each trace
// (mo_emit_trace does by default); a batch compiler seals once. Mosaic runs
// one thread, and JIT code never runs while the emitter writes, so making a
// page of live traces writable for a moment is safe; a second thread would
// need fresh pages per trace instead.
//
// Read next: src/jit/emit.c (the user of the arena).
#ifndef MO_JIT_CODE_ARENA_H
#define MO_JIT_CODE_ARENA_H

#include <stddef.h>
#include <stdint.h>

#define MO_CODE_ARENA_GRANULE 64

typedef struct CodeArena CodeArena;

typedef struct CodeArenaStats {
    size_t regions;         // mappings
    size_t mapped;          // bytes mapped
    size_t live;            // bytes in allocated blocks
    size_t allocs, frees;
    size_t protects;        // mprotect calls (the cost that batching saves)
    size_t seals;
} CodeArenaStats;

// mo_code_arena_new flags.
enum {
    // Map regions wherever the system likes instead of near the runtime's
    // code: calls into the runtime then need veneers and GOT slots. For
    // tests of those paths.
    MO_CODE_ARENA_FAR = 1,
};

// A new arena whose regions are `region_size` bytes (0: the default), or
// NULL when memory cannot be mapped.
CodeArena *mo_code_arena_new(size_t region_size, int flags);
void mo_code_arena_delete(CodeArena *arena);

// A writable block of at least `size` bytes, aligned to 64, or NULL (out of
// memory; the caller falls back to the interpreter).
void *mo_code_arena_alloc(CodeArena *arena, size_t size);
// Gives back a block (`size` as passed to alloc). Its code must not be
// running or about to run (the executor that owned it is dead).
void mo_code_arena_free(CodeArena *arena, void *block, size_t size);
// Makes everything written since the last seal read-execute and flushes
// the instruction cache for it. Returns 0, or -1 when mprotect fails.
int mo_code_arena_seal(CodeArena *arena);
// True when nothing written is waiting for a seal.
int mo_code_arena_sealed(const CodeArena *arena);

void mo_code_arena_stats(const CodeArena *arena, CodeArenaStats *stats);

#endif
