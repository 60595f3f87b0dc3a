// src/tier2/record.h — the trace recorder and what it shares with tier2.c.
#ifndef MO_TIER2_RECORD_H
#define MO_TIER2_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "jit/emit.h"
#include "objects/code.h"
#include "vm/frame.h"

typedef struct Tier2Stats {
    uint64_t recorded;      // traces finished
    uint64_t abandoned;     // recordings given up
    uint64_t executors;     // executors made
    uint64_t jitted;        // … of which compiled to machine code
    uint64_t uops;          // uops in all executors
    uint64_t entries;       // executor runs
    uint64_t exits[3];      // side exits, deopts, errors (MO_JIT_EXIT_*)
} Tier2Stats;

extern Tier2Stats mo_tier2_stats;

// Starts recording the loop whose back edge is `backedge` (tier 1 has just
// jumped to its start). False if recording is not possible now.
bool mo_tier2_record_start(Frame *frame, uint32_t *backedge);

// Makes an executor of a trace and rewrites the back edge (tier2.c).
void mo_tier2_install(CodeObject *code, uint32_t backedge, uint32_t loop_head, const JitInst *trace, size_t n);

#endif
