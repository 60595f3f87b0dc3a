// src/vm/dis.h — printing bytecode (-X dump=bytecode).
#ifndef MO_DIS_H
#define MO_DIS_H

#include <stdbool.h>
#include <stdio.h>

#include "objects/object.h"

// Prints a code object's instructions, line numbers and exception table;
// with `recursive`, also the code objects among its constants.
void mo_dis_code(Value code, FILE *out, bool recursive);

#endif
