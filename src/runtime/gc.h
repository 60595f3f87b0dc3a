// src/runtime/gc.h — the memory manager: a non-moving mark-sweep collector.
//
// Objects are allocated from size-class pages (small objects) or one by one
// (large objects) and never move. A collection marks everything reachable
// from the roots and sweeps the rest:
// - precisely: every object's `trace` slot marks the Values it holds;
// - roots registered with mo_gc_add_root (static storage holding Values), the
//   static types, the thread state (current exceptions, frames);
// - conservatively: the C stack and the registers of the running thread, and
//   every region registered with mo_gc_add_region (the VM value stack). Any
//   word there that looks like a pointer into a live object — raw, or boxed
//   as a Value, interior pointers included — keeps that object alive. So C
//   code may hold objects in local variables without rooting ceremony.
//
// A collection can start at any allocation (mo_gc_alloc, mo_mem_*). Code that
// builds an object in several steps must keep it traceable at every step:
// fields start zeroed (a zero Value is the float 0.0, which is harmless), and
// counts must never exceed the initialised items.
//
// Side storage (a list's item array, a dict's table) is malloc'd through
// mo_mem_* so the collector counts it when deciding when to run, and is freed
// by the owner's `finalize` slot when the owner dies.
//
// Read next: src/objects/object.h.
#ifndef MO_GC_H
#define MO_GC_H

#include <stdbool.h>
#include <stddef.h>

#include "objects/object.h"

// Called once from main with the address of a local of main (the collector
// scans the C stack from the current frame up to the stack's end).
void mo_gc_init(void);

// Allocates `size` zeroed bytes (size >= sizeof(Object)) whose header has
// type `type`. Returns NULL with MemoryError set when memory runs out.
__attribute__((warn_unused_result)) void *mo_gc_alloc(TypeObject *type, size_t size);

// Roots.
void mo_gc_add_root(Value *slot);
void mo_gc_add_root_obj(Object **slot);
// A region scanned conservatively at each collection, [start, *end) where
// *end is read at collection time (so a growing stack needs one call).
void mo_gc_add_region(void *start, void **end);
void mo_gc_remove_region(void *start);
// Marks anything in [start, end) that looks like a reference; for use by a
// trace function whose object holds values it cannot tell apart precisely.
void mo_gc_scan_range(const void *start, const void *end);
// Static type objects: their dict/mro/bases are traced at each collection.
void mo_gc_add_static_type(TypeObject *t);

// For `trace` slots: mark a Value / an object as reachable.
void mo_gc_mark(Value v);
void mo_gc_mark_obj(Object *o);
static inline void mo_gc_mark_array(const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        mo_gc_mark(v[i]);
}

// Runs a full collection now.
void mo_gc_collect(void);
// Stress mode: a full collection at every `every`-th allocation (gc objects
// and mo_mem_* side storage alike; 1 is every allocation, 0 turns it off).
// For finding objects that C code forgot to keep alive: see -X gc-stress.
void mo_gc_set_stress(unsigned every);
// Disables / re-enables collections (nests). Allocation still works.
void mo_gc_disable(void);
void mo_gc_enable(void);

// malloc'd side storage, counted towards the next collection. These return
// NULL with MemoryError set when memory runs out (or when `size` is absurd).
__attribute__((warn_unused_result)) void *mo_mem_alloc(size_t size);
__attribute__((warn_unused_result)) void *mo_mem_calloc(size_t n, size_t size);
// On failure the old block is untouched (and still owned by the caller).
__attribute__((warn_unused_result)) void *mo_mem_realloc(void *p, size_t old_size, size_t new_size);
void mo_mem_free(void *p, size_t size);

typedef struct GcStats {
    size_t collections;
    size_t heap_bytes;        // bytes in live objects after the last collection
    size_t allocated_bytes;   // bytes allocated since the last collection
    size_t external_bytes;    // bytes of mo_mem_* side storage
    size_t pages;             // small-object pages mapped
    double total_seconds;     // time spent collecting
} GcStats;
void mo_gc_stats(GcStats *out);

// True if `p` points into (or at) a live heap object; returns its start.
Object *mo_gc_find_object(const void *p);

#endif
