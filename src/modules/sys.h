// src/modules/sys.h — the `sys` module's C interface, for the command line
// driver and for the builtins that consult sys (print, input).
//
// Read next: src/modules/sys.c.
#ifndef MO_SYS_H
#define MO_SYS_H

#include "objects/object.h"

// Sets sys.argv from the arguments as the script should see them: argv[0]
// is the script's path ("" for the REPL, "-c" for a command), argv[1..]
// its arguments. Also sets sys.path[0] to the script's directory (absolute,
// symlinks resolved), or "" when there is no script file. May be called
// before or after the sys module is made; the strings are copied.
void mo_sys_set_argv(int argc, char **argv);

// sys.<name>, looked up in the module's dict on every call (programs assign
// sys.stdout and friends); MO_NULL when unset. Makes the sys module on first
// use; V_ERR only if that fails.
Value mo_sys_get(const char *name);

// What PRINT_EXPR does (the REPL, code compiled in 'single' mode): calls
// sys.displayhook(v), whose default writes repr(v) to sys.stdout and sets
// builtins._; RuntimeError "lost sys.displayhook" if it was deleted.
// Returns -1 with an exception set.
int mo_sys_displayhook(Value v);

#endif
