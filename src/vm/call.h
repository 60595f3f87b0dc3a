// src/vm/call.h — calling Python functions from C, and binding arguments.
#ifndef MO_CALL_H
#define MO_CALL_H

#include "objects/object.h"
#include "vm/frame.h"

// Calls a FunctionObject: binds the arguments into a new frame and runs it.
Value mo_call_function(Value func, const Value *args, size_t nargs, Value kwnames);
// callable(self, *args, **kw) without building a tuple.
Value mo_call_with_self(Value callable, Value self, const Value *args, size_t nargs, Value kwnames);
// The builtins dict that code running with `globals` sees.
Value mo_call_builtins_of(Value globals);
// Runs a module-level code object with the given globals (and locals, which
// may be the same dict).
Value mo_call_run_code(Value code, Value globals, Value locals);

// Runs the body of a class (a function whose code uses LOAD_NAME/STORE_NAME)
// with `locals` as its namespace; returns what the body returns (the
// __class__ cell or None).
Value mo_call_run_body(Value func, Value locals);

// The builtins module's dict.
extern Value mo_builtins_dict;

#endif
