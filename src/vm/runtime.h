// src/vm/runtime.h — starting and stopping the runtime.
//
// mo_runtime_init readies the collector, every built-in type, the builtins
// module and the thread state, in dependency order. Unit tests call it too.
#ifndef MO_RUNTIME_H
#define MO_RUNTIME_H

void mo_runtime_init(int argc, char **argv);
void mo_runtime_fini(void);

#endif
