// src/vm/opcodes.c — the op metadata tables, generated from src/vm/ops.def
// (names, cache sizes, flags, families, uop expansions, stack effects).
#define MO_OPCODES_CONSUMER
#include "gen/opcodes.h"

#include "objects/object.h"

#include "gen/opcodes.c.h"
