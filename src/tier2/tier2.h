// src/tier2/tier2.h — the entry from tier 1 into traces.
//
// Tier 1 counts loop back edges (JUMP_BACKWARD's cache word). When a count
// reaches `mo_tier2_threshold`, mo_tier2_backedge may record a trace of the
// loop, optimize it and run it as an executor (uop interpreter or JIT code),
// updating the tier-1 `ip`/`sp` to where the trace left off.
#ifndef MO_TIER2_H
#define MO_TIER2_H

#include <stdint.h>

#include "runtime/value.h"
#include "vm/frame.h"

// JIT modes (-X jit=…).
enum { MO_JIT_OFF, MO_JIT_INTERP, MO_JIT_ON };
extern int mo_jit_mode;
// Back edges before a loop is traced; UINT32_MAX when tier 2 is off.
extern uint32_t mo_tier2_threshold;

// Returns 0 (maybe having run an executor and moved *ip / *sp) or -1 with an
// exception set by the executor.
int mo_tier2_backedge(Frame *frame, uint32_t *this_instr, uint32_t **ip, Value **sp);

#include <stdio.h>
// Prints the tier-2 / JIT counters (-X jit-stats).
void mo_tier2_print_stats(FILE *out);

#endif
