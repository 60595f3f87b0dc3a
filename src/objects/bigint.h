// src/objects/bigint.h — internal: the arbitrary-precision core behind `int`.
//
// Shared by int.c (the type), float.c and modules/math.c; nobody else should
// need it (use objects/int.h). Every function here takes *canonical* ints —
// small-int Values or exact BigIntObjects — and returns canonical ints: a
// result that fits in [-2^47, 2^47) is always a small int. Bools and
// instances of int subclasses must first go through mo_int_value().
//
// A big int is sign and magnitude, the magnitude in 32-bit digits, least
// significant first:
//
//   +----------------------+  0
//   | Object header        |    aux: 1 when negative, 0 otherwise
//   +----------------------+ 16
//   | int64 size           |    digits in use (>= 2); digits[size-1] != 0
//   +----------------------+ 24
//   | uint32 digits[size]  |
//   +----------------------+
//
// Instances of int subclasses (class C(int)) have a fixed layout instead,
// `IntSubObject`: the header, then the canonical int value, then the
// __dict__ that type.c places at `dictoffset` == sizeof(IntSubObject).
//
// Read next: bigint.c (algorithms), int.c (the type).
#ifndef MO_BIGINT_H
#define MO_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

#include "objects/object.h"
#include "runtime/strbuf.h"

typedef uint32_t Digit;
typedef uint64_t TwoDigits;
#define DIGIT_BITS 32

typedef struct BigIntObject {
    Object hdr;
    int64_t size;
    Digit digits[];
} BigIntObject;

typedef struct IntSubObject {
    Object hdr;
    Value value;        // a canonical int
} IntSubObject;

// A read-only look at the magnitude of any canonical int. `d` points into
// the object or into `buf` (so an IntView must not be copied by value).
typedef struct IntView {
    const Digit *d;
    int64_t n;          // digits; 0 for zero
    bool neg;
    Digit buf[2];
} IntView;

static inline BigIntObject *mo_bigint_obj(Value v) { return (BigIntObject *)mo_ptr(v); }

static inline void mo_bigint_view(Value v, IntView *w) {
    if (mo_is_smallint(v)) {
        int64_t i = mo_smallint_val(v);
        uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
        w->neg = i < 0;
        w->buf[0] = (Digit)m;
        w->buf[1] = (Digit)(m >> 32);
        w->n = w->buf[1] ? 2 : w->buf[0] ? 1 : 0;
        w->d = w->buf;
        return;
    }
    BigIntObject *b = mo_bigint_obj(v);
    w->d = b->digits;
    w->n = b->size;
    w->neg = b->hdr.aux & 1;
}

// A new big int with room for `n` digits (zeroed); NULL with MemoryError.
BigIntObject *mo_bigint_alloc(int64_t n);
// Trims the `n` digits of `r`, sets its sign and returns it as a canonical
// int (a small int when it fits).
Value mo_bigint_finish(BigIntObject *r, int64_t n, bool neg);
// A canonical int from a magnitude (copied).
Value mo_bigint_from_mag(const Digit *d, int64_t n, bool neg);

// Arithmetic on canonical ints. V_ERR only for MemoryError.
Value mo_bigint_add(Value a, Value b);
Value mo_bigint_sub(Value a, Value b);
Value mo_bigint_mul(Value a, Value b);
Value mo_bigint_neg(Value a);
Value mo_bigint_abs(Value a);
// Floor division and modulo (Python's); `b` must not be zero. Either output
// may be NULL. Returns -1 on MemoryError.
int mo_bigint_divmod(Value a, Value b, Value *q, Value *r);
// Truncating division of magnitudes, signs as C's / and % (used by
// algorithms that know their operands' signs). `b` nonzero.
int mo_bigint_divrem_trunc(Value a, Value b, Value *q, Value *r);
// a / b correctly rounded; `b` nonzero. -1 with OverflowError "integer
// division result too large for a float".
int mo_bigint_truediv(Value a, Value b, double *out);
// a ** e for e >= 0 (MemoryError when the result cannot be stored).
Value mo_bigint_pow(Value a, uint64_t e);
// a ** e mod m for e >= 0 and m > 0, the result in [0, m).
Value mo_bigint_powmod(Value a, Value e, Value m);
Value mo_bigint_lshift(Value a, uint64_t n);
Value mo_bigint_rshift(Value a, uint64_t n);
// op is MO_OP_AND, MO_OP_OR or MO_OP_XOR.
Value mo_bigint_bitop(Value a, Value b, int op);
Value mo_bigint_invert(Value a);
Value mo_bigint_gcd(Value a, Value b);
// floor(sqrt(a)) for a >= 0.
Value mo_bigint_isqrt(Value a);

int mo_bigint_cmp(Value a, Value b);
int mo_bigint_sign(Value a);
int64_t mo_bigint_hash(Value a);
uint64_t mo_bigint_bit_length(Value a);
uint64_t mo_bigint_bit_count(Value a);

// Conversions. to_double: correctly rounded (half to even); -1 with
// OverflowError "int too large to convert to float". from_double: d must
// be finite; truncates.
int mo_bigint_to_double(Value a, double *out);
Value mo_bigint_from_double(double d);
// |a| * 2^-e as a double with e chosen so that the result is in [0.5, 1)
// (frexp for ints of any size; 0 gives 0.0, e = 0). Correctly rounded.
double mo_bigint_frexp(Value a, int64_t *e);
int mo_bigint_cmp_double(Value a, double d);

// Text. Appends the digits of `a` in base 2, 8, 10 or 16 (lower case),
// with a leading '-' when negative and no prefix. `limit` > 0 bounds the
// number of decimal digits (ValueError as CPython's str() when exceeded).
int mo_bigint_to_strbuf(Value a, int base, int64_t limit, StrBuf *out);
// The int whose digits (values 0..base-1, most significant first, already
// validated) are `digits[0 .. n)`.
Value mo_bigint_from_digits(const uint8_t *digits, size_t n, int base, bool neg);

// Two's-complement bytes (to_bytes / from_bytes), little-endian order in
// `buf`. to_bytes: -1 with OverflowError "int too big to convert" or
// "can't convert negative int to unsigned".
int mo_bigint_to_bytes(Value a, uint8_t *buf, size_t n, bool is_signed);
Value mo_bigint_from_bytes(const uint8_t *buf, size_t n, bool is_signed);

#endif
