// src/tier2/tier2.h — the entry from tier 1 into traces.
//
// Tier 1 counts loop back edges (JUMP_BACKWARD's cache word). When a count
// reaches `mo_tier2_threshold`, the loop's next iteration is recorded: the
// tier-1 loop switches to a dispatch table that shows every instruction to
// the recorder (src/tier2/record.c), which expands it into uops. When the
// recording gets back to the same back edge the trace is closed with
// JUMP_TO_TOP and becomes an executor — JIT code when the JIT is on and can
// compile it, else the tier-2 interpreter — and the back edge is rewritten
// into ENTER_EXECUTOR, which runs it on every later arrival.
//
// A trace that meets something it cannot follow (a return, a raise, a
// keyword call, an inner loop) ends with EXIT_TRACE there; tier 1 carries
// on from that point, exactly where the trace left.
#ifndef MO_TIER2_H
#define MO_TIER2_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/value.h"
#include "vm/frame.h"

// JIT modes (-X jit=…).
enum { MO_JIT_OFF, MO_JIT_INTERP, MO_JIT_ON };
extern int mo_jit_mode;
// Back edges before a loop is traced; UINT32_MAX when tier 2 is off.
extern uint32_t mo_tier2_threshold;
// -X dump=trace: print each trace as it becomes an executor.
extern bool mo_tier2_dump;

// mo_tier2_backedge's answers.
enum { MO_TIER2_CONTINUE = 0, MO_TIER2_RECORD = 1, MO_TIER2_ERROR = -1 };

// A hot back edge (`instr` is its JUMP_BACKWARD, tier 1 has jumped to the
// loop's start). Returns MO_TIER2_RECORD when tier 1 should start showing
// instructions to mo_tier2_record.
int mo_tier2_backedge(Frame *frame, uint32_t *instr);

// Recording: shown the instruction at `instr` before it runs, in any frame.
// Returns true when recording is over (tier 1 switches back).
bool mo_tier2_record(Frame *frame, uint32_t *instr);
// A frame is leaving the tier-1 loop while recording: true if recording
// stopped because of it.
bool mo_tier2_frame_leaving(Frame *frame);

// ENTER_EXECUTOR: runs executor `index` of the frame's code from its loop's
// start and moves *ip / *sp to where it left. Returns 0, or -1 with an
// exception set (*ip then points just past the failing instruction).
int mo_tier2_enter(Frame *frame, uint32_t index, uint32_t **ip, Value **sp);

// Frees a code object's tier-2 state (its executors).
void mo_tier2_free_code(void *tier2);

// Prints the tier-2 / JIT counters (-X jit-stats).
void mo_tier2_print_stats(FILE *out);

#endif
