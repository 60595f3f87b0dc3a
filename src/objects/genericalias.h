// src/objects/genericalias.h — `types.GenericAlias` (`list[int]`). See
// genericalias.c.
#ifndef MO_GENERICALIAS_H
#define MO_GENERICALIAS_H

#include <stdbool.h>

#include "objects/object.h"

extern TypeObject mo_generic_alias_type;

bool mo_is_generic_alias(Value v);
// origin[args]; `args` is made a tuple when it is not one.
Value mo_generic_alias_new(Value origin, Value args);

void mo_generic_alias_init(void);

#endif
