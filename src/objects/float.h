// src/objects/float.h — `float`: IEEE-754 doubles, stored in the Value itself.
#ifndef MO_FLOAT_H
#define MO_FLOAT_H

#include "objects/object.h"

// The float slot: arithmetic with floats and ints (an int operand is
// converted exactly or raises OverflowError as CPython does).
Value mo_float_binop(Value a, Value b, int op);
Value mo_float_repr(Value v);
// float(x) for any value: str, int, float, __float__, __index__.
Value mo_float_from_value(Value v);
// The value as a double if it is a float or an int; -1 with TypeError if not.
int mo_to_double(Value v, double *out);

void mo_float_init(void);

#endif
