// src/jit/holes.h — the one table of run-time unknowns a stencil may contain.
//
// A stencil is machine code with holes. Every hole is a relocation against
// either the stencil itself (its code or its read-only data), a C symbol of
// the runtime (`mo_dict_get`), or one of the `_JIT_*` symbols below. This
// X-macro is the only place the `_JIT_*` symbols are listed; it is read by
//
//   src/jit/template.c    to declare them (how each is declared decides the
//                         instruction clang uses to materialise it),
//   tools/stencilgen      to turn a relocation's symbol name into a HoleValue,
//   src/jit/emit.c        to compute what each hole becomes at run time.
//
// Columns: X(NAME, CLASS, what the hole becomes at run time)
//   CLASS  SMALL  a value below 2^31: declared as a 1-byte object so that on
//                 x86-64 (-mcmodel=medium) it lands as a 32-bit immediate;
//          WIDE   a full 64-bit value: declared with unknown size, so x86-64
//                 materialises it with `movabs` (a 64-bit immediate);
//          CODE   a code address the stencil jumps to (`musttail` call).
// SMALL and WIDE symbols are declared weak so clang cannot assume their
// address is non-null (it folds `&sym != 0` to true otherwise).
//
// Adding a symbol: add a row here, a case in `hole_base` (src/jit/emit.c),
// and a line in docs/jit.md. stencilgen then accepts it.
//
// Read next: src/jit/stencil.h (the table format), src/jit/template.c.
#ifndef MO_JIT_HOLES_H
#define MO_JIT_HOLES_H

#define MO_JIT_HOLE_SYMBOLS(X)                                                    \
    X(OPARG,        SMALL, "the uop's oparg (32 bits)")                           \
    X(TARGET,       SMALL, "the uop's tier-1 target: where its exits resume")     \
    X(OPERAND0,     WIDE,  "the uop's first 64-bit operand")                      \
    X(OPERAND1,     WIDE,  "the uop's second 64-bit operand")                     \
    X(EXECUTOR,     WIDE,  "the address of the executor that owns the trace")     \
    X(CONTINUE,     CODE,  "the next uop's code (the end of this stencil)")       \
    X(JUMP_TARGET,  CODE,  "the code of the uop at `jump_target` in this trace")  \
    X(EXIT,         CODE,  "this uop's side-exit stub (returns the tier-1 target)") \
    X(DEOPT,        CODE,  "this uop's deopt stub (returns the tier-1 target)")   \
    X(ERROR_TARGET, CODE,  "this uop's error stub (returns, reporting an error)")

#endif
