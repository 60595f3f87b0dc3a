// src/jit/template.c — the stencil template: compiled by clang once per
// stencil, never linked into anything.
//
// Each compile selects exactly one stencil with -D (the Makefile's stencils
// section does this; docs/jit.md shows the command):
//
//   -DMO_JIT_UOP=<enum name> -DMO_JIT_STENCIL_<NAME>   the body of one uop
//   -DMO_JIT_STENCIL_shim        the entry shim: C calling convention → trace
//   -DMO_JIT_STENCIL_stub_exit   a side-exit stub  (what `_JIT_EXIT` jumps to)
//   -DMO_JIT_STENCIL_stub_deopt  a deopt stub      (what `_JIT_DEOPT` jumps to)
//   -DMO_JIT_STENCIL_stub_error  an error stub     (what `_JIT_ERROR_TARGET` …)
//   -DMO_JIT_OPS='"<header>"'    the op set whose bodies are compiled
//
// and produces one function:
//
//   __attribute__((preserve_none))
//   JitReturn _JIT_ENTRY(Frame *frame, Value *sp, ThreadState *ts);
//
// Stencils pass `frame`, `sp` and `ts` on to each other in the same three
// registers by `musttail` calls, which clang turns into jumps; a jump to the
// next stencil at the very end is removed by tools/stencilgen. `preserve_none`
// means no stencil saves or restores callee-saved registers: only the shim,
// a normal C function, saves them once on entry. RISC-V64 has no
// `preserve_none` in clang 19, so there every stencil uses the normal C
// convention (docs/jit.md, "Per-architecture notes").
//
// Every run-time unknown is the address of an extern `_JIT_*` symbol; the one
// table of them, each with what it becomes, is src/jit/holes.h.
//
// ---- The op-set contract (what MO_JIT_OPS must provide)
//   types    Value, Frame, ThreadState, JitReturn
//   enum     one constant per uop (MO_JIT_UOP names one of them)
//   hooks    JIT_LEAVE_EXIT(target), JIT_LEAVE_DEOPT(target),
//            JIT_LEAVE_ERROR(target): expressions of type JitReturn that save
//            the state an exit needs (`frame`, `sp` in scope) and return
//   bodies   when included again with MO_OPS_CASES defined: `case` bodies
//            that end in `break` and use only the macros defined below.
//
// Read next: src/jit/holes.h, tools/stencilgen/stencilgen.c.

// The value model copies bytes with memcpy to reinterpret them. Builtins are
// off for stencils (-fno-builtin: clang must not invent calls to memset or
// memcpy from loops), so name the builtins explicitly here: a fixed-size
// copy then compiles to a move, never to a call.
#include <stdint.h>
#include <string.h>
#define memcpy(dst, src, n) __builtin_memcpy((dst), (src), (n))
#define memset(dst, c, n) __builtin_memset((dst), (c), (n))
#define memmove(dst, src, n) __builtin_memmove((dst), (src), (n))
#define memcmp(a, b, n) __builtin_memcmp((a), (b), (n))

#include MO_JIT_OPS
#include "jit/holes.h"

#if defined(__x86_64__) || defined(__aarch64__)
#define MO_JIT_CC __attribute__((preserve_none))
#else
#define MO_JIT_CC
#endif

typedef MO_JIT_CC JitReturn (*StencilFn)(Frame *frame, Value *sp, ThreadState *ts);

// Declare every `_JIT_*` symbol according to its class (src/jit/holes.h).
// On x86-64 every object of the runtime is "large data" (-mcmodel=medium
// -mlarge-data-threshold=0: a 64-bit `movabs`, since the runtime may live
// anywhere), except objects in an explicit section: there the SMALL symbols
// go, to stay 32-bit immediates.
#define MO_DECLARE_SMALL(name) \
    extern const char _JIT_##name[1] __attribute__((weak, section(".rodata.jit_small")));
#define MO_DECLARE_WIDE(name) extern const char _JIT_##name[] __attribute__((weak));
#define MO_DECLARE_CODE(name) extern char _JIT_##name[];
#define MO_DECLARE(name, class, doc) MO_DECLARE_##class(name)
MO_JIT_HOLE_SYMBOLS(MO_DECLARE)

// OPARG() is an int, as in the interpreters: bodies compute stack offsets
// like `sp[-(OPARG() - 1) - 1]`, which unsigned arithmetic would wrap.
#define OPARG() ((int)(uint32_t)(uintptr_t)_JIT_OPARG)
#define TARGET() ((uint32_t)(uintptr_t)_JIT_TARGET)
#define OPERAND0() ((uint64_t)(uintptr_t)_JIT_OPERAND0)
#define OPERAND1() ((uint64_t)(uintptr_t)_JIT_OPERAND1)
#define EXECUTOR() ((void *)(uintptr_t)_JIT_EXECUTOR)

// Leaving a stencil is always a tail call, so it compiles to a jump.
#define JUMP_TO(hole)                                                    \
    do {                                                                 \
        __attribute__((musttail)) return ((StencilFn)_JIT_##hole)(frame, sp, ts); \
    } while (0)

// Exits are unlikely: clang lays their jumps out after the hot path.
#define DEOPT_IF(cond)                             \
    do {                                           \
        if (__builtin_expect(!!(cond), 0))         \
            JUMP_TO(DEOPT);                        \
    } while (0)
#define EXIT_IF(cond)                              \
    do {                                           \
        if (__builtin_expect(!!(cond), 0))         \
            JUMP_TO(EXIT);                         \
    } while (0)
#define ERROR_IF(cond)                             \
    do {                                           \
        if (__builtin_expect(!!(cond), 0))         \
            JUMP_TO(ERROR_TARGET);                 \
    } while (0)
#define JUMP_TO_TARGET() JUMP_TO(JUMP_TARGET)

#if defined(MO_JIT_STENCIL_shim)

JitReturn _JIT_ENTRY(Frame *frame, Value *sp, ThreadState *ts);

// A normal C function, so C can call a trace: it saves the callee-saved
// registers the preserve_none code will clobber, then calls the first uop
// (placed right after it; `_JIT_CONTINUE` is the end of this stencil).
JitReturn _JIT_ENTRY(Frame *frame, Value *sp, ThreadState *ts)
{
    return ((StencilFn)_JIT_CONTINUE)(frame, sp, ts);
}

#elif defined(MO_JIT_STENCIL_stub_exit) || defined(MO_JIT_STENCIL_stub_deopt) || \
    defined(MO_JIT_STENCIL_stub_error)

// An exit stub returns from the trace to the shim's caller. One is emitted
// per exiting uop, in the cold part of the trace; TARGET() is that uop's.
MO_JIT_CC JitReturn _JIT_ENTRY(Frame *frame, Value *sp, ThreadState *ts);
MO_JIT_CC JitReturn _JIT_ENTRY(Frame *frame, Value *sp, ThreadState *ts)
{
    (void)ts;
#if defined(MO_JIT_STENCIL_stub_exit)
    return JIT_LEAVE_EXIT(TARGET());
#elif defined(MO_JIT_STENCIL_stub_deopt)
    return JIT_LEAVE_DEOPT(TARGET());
#else
    return JIT_LEAVE_ERROR(TARGET());
#endif
}

#else

// One uop: the switch is on a constant, so clang keeps only its body.
MO_JIT_CC JitReturn _JIT_ENTRY(Frame *frame, Value *sp, ThreadState *ts);
MO_JIT_CC JitReturn _JIT_ENTRY(Frame *frame, Value *sp, ThreadState *ts)
{
    switch (MO_JIT_UOP) {
#define MO_OPS_CASES
#include MO_JIT_OPS
#undef MO_OPS_CASES
    default:
        __builtin_unreachable();
    }
    JUMP_TO(CONTINUE);
}

#endif
