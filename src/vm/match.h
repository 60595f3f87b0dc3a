// src/vm/match.h — the runtime half of the `match` statement (match.c).
#ifndef MO_MATCH_H
#define MO_MATCH_H

#include <stdint.h>

#include "objects/object.h"

// Whether a sequence / mapping pattern may match `subject`: -1, 0, 1.
int mo_match_is_sequence(Value subject);
int mo_match_is_mapping(Value subject);

// The values of `keys` (a tuple) in the mapping `subject` as a tuple, or
// None when one is missing; V_ERR on error (a key given twice included).
Value mo_match_keys(Value subject, Value keys);

// A new dict of `subject`'s items without `keys` (a mapping pattern's
// `**rest`).
Value mo_match_copy_without_keys(Value subject, Value keys);

// For the class pattern `cls(p1, ..., pN, k1=..., kM=...)`: the N
// positional attributes (named by `cls.__match_args__`) then those named
// in `kwnames`, as a tuple; None when `subject` is not an instance or lacks
// one of them; V_ERR on error.
Value mo_match_class(Value subject, Value cls, Value kwnames, int64_t npos);

#endif
