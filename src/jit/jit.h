// src/jit/jit.h — the JIT as tier 2 uses it: a trace of uops in, an
// executor out; run it; free it.
//
//   JitExecutor *ex = mo_jit_compile(trace, n);   // NULL: use the tier-2
//   if (ex) {                                     // interpreter (counted)
//       JitExit e = mo_jit_execute(ex, frame, sp);
//       … resume tier 1 at e.target with e.sp (e.kind says how it left)
//   }
//   mo_jit_free(ex);                              // when the executor dies
//
// A trace is an array of JitInst (src/jit/emit.h): opcode (UOP_*), oparg,
// operand0/1, `target` (the tier-1 instruction offset its exits resume at)
// and `jump_target` (the trace index JUMP_TO_TOP goes to, usually 0). The
// last uop must not fall through (JUMP_TO_TOP or EXIT_TRACE).
//
// Without clang-19 at build time the JIT is compiled out: mo_jit_compile
// always returns NULL and mo_jit_unavailable_reason() says why.
//
// Read next: src/jit/emit.h, docs/jit.md.
#ifndef MO_JIT_JIT_H
#define MO_JIT_JIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "jit/emit.h"
#include "runtime/value.h"
#include "vm/frame.h"

#ifndef MO_JIT_ENABLED
#define MO_JIT_ENABLED 0
#endif

// How a trace left (src/jit/uop_ops.h has the encoding).
enum { MO_JIT_EXIT_SIDE = 0, MO_JIT_EXIT_DEOPT = 1, MO_JIT_EXIT_ERROR = 2 };

typedef struct JitExit {
    int kind;           // MO_JIT_EXIT_*; ERROR: an exception is set
    uint32_t target;    // the tier-1 instruction offset to resume at (or
                        // that raised)
    Value *sp;          // the stack pointer at that point
} JitExit;

typedef struct JitExecutor JitExecutor;

typedef struct JitStats {
    uint64_t compiled;          // traces compiled
    uint64_t failed;            // traces refused (they run in the interpreter)
    uint64_t failed_by[8];      // … by -MO_EMIT_* code
    uint64_t uops;              // uops compiled
    uint64_t code_bytes;        // machine code emitted
    uint64_t data_bytes;        // data, GOT slots and veneers emitted
    uint64_t compile_ns;        // time spent compiling
    uint64_t executions;        // mo_jit_execute calls
    uint64_t exits[3];          // by MO_JIT_EXIT_*
} JitStats;

// 1 when this build has a JIT for this machine.
int mo_jit_available(void);
// Why not ("JIT is off: clang-19 not found"), or NULL when it is available.
const char *mo_jit_unavailable_reason(void);

JitExecutor *mo_jit_compile(const JitInst *trace, size_t n);
JitExit mo_jit_execute(JitExecutor *executor, Frame *frame, Value *sp);
void mo_jit_free(JitExecutor *executor);

const JitStats *mo_jit_stats(void);
void mo_jit_print_stats(FILE *out);

#endif
