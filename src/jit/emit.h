// src/jit/emit.h — copy-and-patch: a uop trace + a stencil set → machine code.
//
// The emitter is table-driven and architecture-neutral: it copies each uop's
// stencil, then patches its holes through the architecture's patch function.
// It knows nothing about uops beyond their fields (JitInst), so it serves
// the real op set (src/jit/jit.c) and the tests' mini op set alike.
//
// Read next: src/jit/emit.c for the trace layout, src/jit/jit.c for the
// executor-level API.
#ifndef MO_JIT_EMIT_H
#define MO_JIT_EMIT_H

#include <stddef.h>
#include <stdint.h>

#include "jit/code_arena.h"
#include "jit/stencil.h"

// One uop of a trace, as the emitter sees it.
typedef struct JitInst {
    uint16_t opcode;
    uint16_t unused;
    uint32_t oparg;
    uint32_t target;        // tier-1 target: where this uop's exits resume
    uint32_t jump_target;   // index in the trace, for JUMP_TO_TARGET()
    uint64_t operand0;
    uint64_t operand1;
} JitInst;

// Results of mo_emit_trace (0 is success).
enum {
    MO_EMIT_OK = 0,
    MO_EMIT_TOO_LONG = -1,      // more than MO_EMIT_MAX_TRACE uops, or code too large
    MO_EMIT_NO_STENCIL = -2,    // a uop without a stencil in this set
    MO_EMIT_BAD_TRACE = -3,     // a jump target outside the trace, or the last
                                // uop falls through
    MO_EMIT_NO_MEMORY = -4,     // the arena could not allocate
    MO_EMIT_PATCH = -5,         // a hole could not be patched (out of range, …)
    MO_EMIT_WRONG_ARCH = -6,    // the set was generated for another architecture
};

#define MO_EMIT_MAX_TRACE 4096

// mo_emit_trace flags.
enum {
    MO_EMIT_NO_SEAL = 1,    // leave the code writable; call mo_code_arena_seal
                            // before running it (batch compiles)
    MO_EMIT_FOREIGN = 2,    // allow a set of another architecture (tests that
                            // only inspect the bytes; never run the result)
};

// A compiled trace.
typedef struct JitCode {
    void *memory;           // the arena block (free with mo_emit_free)
    size_t size;            // its size
    void *entry;            // the shim: JitReturn (*)(Frame *, Value *, ThreadState *)
    size_t code_size;       // bytes of code (hot + cold), not counting data
    size_t data_size;       // bytes of data, GOT slots and veneers
} JitCode;

// Why the last compile failed, for -X jit-stats and test messages.
typedef struct EmitError {
    int code;               // MO_EMIT_*
    int patch;              // MO_PATCH_* when code is MO_EMIT_PATCH
    unsigned uop;           // the trace index concerned
    unsigned hole;          // the hole index concerned
} EmitError;

typedef struct Emitter Emitter;

// An emitter for one stencil set, allocating from `arena`. NULL when out of
// memory.
Emitter *mo_emit_new(const StencilSet *set, CodeArena *arena);
void mo_emit_delete(Emitter *emitter);

// Compiles `trace[0..n)`. `executor` is what `_JIT_EXECUTOR` becomes.
// Returns MO_EMIT_OK and fills `out`, or a negative MO_EMIT_* code (details
// in mo_emit_last_error); a failure allocates nothing.
int mo_emit_trace(Emitter *emitter, const JitInst *trace, size_t n, uint64_t executor, int flags,
                  JitCode *out);
void mo_emit_free(Emitter *emitter, JitCode *code);

const EmitError *mo_emit_last_error(const Emitter *emitter);
const char *mo_emit_strerror(int code);

// The address of uop `index`'s code in the last trace compiled (for tests
// and -X dump=stencils), or NULL.
const void *mo_emit_uop_address(const Emitter *emitter, size_t index);

#endif
