// src/vm/specialize.h — tier 1's adaptive specialization (quickening).
//
// A generic instruction with a family (ops.def) keeps a counter in its first
// inline cache word. When it reaches zero the instruction looks at its
// operands and rewrites itself in place into a specialized form
// (BINARY_OP → BINARY_OP_ADD_INT), or, if no form fits, waits
// MO_SPECIALIZE_BACKOFF executions before trying again. A specialized form
// whose guard fails runs the generic body and resets the counter.
#ifndef MO_SPECIALIZE_H
#define MO_SPECIALIZE_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/value.h"


#define MO_SPECIALIZE_BACKOFF 53

// Each returns true if it rewrote the instruction at `instr`.
bool mo_specialize_binary_op(uint32_t *instr, Value lhs, Value rhs);
bool mo_specialize_compare_op(uint32_t *instr, Value lhs, Value rhs);
bool mo_specialize_load_global(uint32_t *instr, Value globals, Value builtins, Value name);
bool mo_specialize_load_attr(uint32_t *instr, Value owner, Value name);
bool mo_specialize_load_method(uint32_t *instr, Value owner, Value name);
bool mo_specialize_store_attr(uint32_t *instr, Value owner, Value name);

#endif
