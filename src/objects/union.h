// src/objects/union.h — `types.UnionType` (`int | str`). See union.c.
#ifndef MO_UNION_H
#define MO_UNION_H

#include <stdbool.h>

#include "objects/object.h"

extern TypeObject mo_union_type;

bool mo_is_union(Value v);
// The arguments of a union, a tuple.
Value mo_union_args(Value u);
// `a | b` for classes, None, unions and parameterized generics: the slot
// of type and of UnionType. MO_NOTIMPL for anything else.
Value mo_union_binop(Value a, Value b, int op);
void mo_union_init(void);

#endif
