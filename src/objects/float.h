// src/objects/float.h — `float`: IEEE-754 doubles, stored in the Value itself.
//
// A float is the double in the Value word (runtime/value.h): arithmetic on
// floats never allocates. Instances of float subclasses are heap objects
// (FloatSubObject: header, the double, then the __dict__ at `dictoffset`).
//
// Read next: src/objects/float.c, src/runtime/dtoa.h (digits, parsing,
// floor division and hash helpers).
#ifndef MO_FLOAT_H
#define MO_FLOAT_H

#include "objects/object.h"

typedef struct FloatSubObject {
    Object hdr;
    double value;
} FloatSubObject;

// The float slot: arithmetic with floats and ints (an int operand is
// converted exactly or raises OverflowError as CPython does). MO_NOTIMPL
// when an operand is neither.
Value mo_float_binop(Value a, Value b, int op);
Value mo_float_repr(Value v);
// float(x) for any value: str, bytes, int, float, __float__, __index__.
// Returns an exact float.
Value mo_float_from_value(Value v);
// The value as a double if it is a float (or subclass), an int, or has
// __float__ / __index__; -1 with TypeError "must be real number, not str"
// if not (OverflowError for ints too large).
int mo_to_double(Value v, double *out);
// x ** y with CPython's float rules: ZeroDivisionError "0.0 cannot be raised
// to a negative power", OverflowError (34, 'Numerical result out of range'),
// and a complex result for a negative base to a fractional power.
Value mo_float_pow(double x, double y);
// divmod(a, b) when either is a float: a (q, r) tuple; MO_NOTIMPL when an
// operand is not a number.
Value mo_float_divmod_values(Value a, Value b);
// round(x) and round(x, ndigits) as float.__round__ (ndigits MO_NULL or
// None: an int, half to even).
Value mo_float_round(double x, Value ndigits);

void mo_float_init(void);

#endif
