// src/modules/builtins.h — what the builtins*.c files share.
//
// The `builtins` module is split by concern:
//   builtins.c       the module table and exec (types, constants,
//                    exceptions), objects & attributes, iteration,
//                    namespaces (globals, locals, vars, dir)
//   builtins_num.c   numbers and aggregates: abs, divmod, pow, round, sum,
//                    min, max, sorted, all, any, bin, oct, hex, chr, ord
//   builtins_code.c  running and talking: print, input, exec, eval, compile,
//                    __build_class__, __import__
// open() lives with the file objects (src/objects/fileio.c).
//
// Every function here is a CFunction of the module (`self` is the module).
//
// Read next: src/modules/builtins.c.
#ifndef MO_BUILTINS_H
#define MO_BUILTINS_H

#include "objects/object.h"

#define MO_BUILTIN(name) Value mo_builtins_##name(Value self, const Value *args, size_t nargs, Value kwnames)

// builtins_num.c
MO_BUILTIN(abs);
MO_BUILTIN(divmod);
MO_BUILTIN(pow);
MO_BUILTIN(round);
MO_BUILTIN(sum);
MO_BUILTIN(min);
MO_BUILTIN(max);
MO_BUILTIN(sorted);
MO_BUILTIN(all);
MO_BUILTIN(any);
MO_BUILTIN(bin);
MO_BUILTIN(oct);
MO_BUILTIN(hex);
MO_BUILTIN(chr);
MO_BUILTIN(ord);

// builtins_code.c
MO_BUILTIN(print);
MO_BUILTIN(input);
MO_BUILTIN(exec);
MO_BUILTIN(eval);
MO_BUILTIN(compile);
MO_BUILTIN(build_class);
MO_BUILTIN(import);

// The locals of the running Python frame as a mapping: the namespace dict
// of a module or class body; for a function, a new dict holding a snapshot
// of its bound local, cell and free variables (writing to it changes
// nothing, as in CPython 3.11). V_ERR (SystemError) when no frame runs.
Value mo_builtins_current_locals(void);
// The globals dict of the running Python frame; V_ERR when none runs.
Value mo_builtins_current_globals(void);

#endif
