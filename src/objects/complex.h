// src/objects/complex.h — `complex`: a pair of doubles on the heap.
//
// Unlike float, a complex is an ordinary heap object (ComplexObject); the
// subclass instances of complex use the same layout, with their __dict__
// after it at `dictoffset`. Values never change after creation.
//
// Read next: src/objects/complex.c, src/objects/float.h.
#ifndef MO_COMPLEX_H
#define MO_COMPLEX_H

#include <stdbool.h>

#include "objects/object.h"

typedef struct ComplexObject {
    Object hdr;
    double real;
    double imag;
} ComplexObject;

extern TypeObject mo_complex_type;

// A new exact complex.
Value mo_complex_new(double real, double imag);
// Whether `v` is a complex (or an instance of a subclass).
bool mo_is_complex(Value v);
// x ** y for complex operands as CPython computes it (repeated squaring
// for integral exponents up to 100, polar form otherwise), with its errors:
// ZeroDivisionError "0.0 to a negative or complex power" and OverflowError
// "complex exponentiation". float's ** calls it for a negative base and a
// fractional exponent.
Value mo_complex_pow(double xr, double xi, double yr, double yi);

void mo_complex_init(void);

#endif
