// src/runtime/dtoa.h — doubles to decimal digits and back, exactly as Python.
//
// Owns every conversion between IEEE-754 doubles and decimal text that
// Python's semantics depend on:
//   - the shortest round-tripping digits behind repr(float) and str(float);
//   - correctly rounded digits (to n significant digits or n places after the
//     point) behind format()/f-strings/%-formatting and round(x, n);
//   - float(str) and float literals;
//   - the float helpers whose results Python pins down bit for bit: floor
//     division, modulo and the numeric hash.
//
// Everything is plain C over bytes: no Python objects, no exceptions set.
// Results never depend on the C locale or on printf: digits come from an
// exact big-number expansion of the double (with a fast, self-checking
// Grisu-style path for the shortest digits). Parsing validates Python's
// grammar itself and hands the digits to the C library's correctly rounded
// `strtod_l` in the "C" locale (glibc and musl both round exactly).
//
// Digit strings here are ASCII '0'..'9', not NUL-terminated, with no leading
// or trailing zeros; `decpt` places the decimal point: the value is
// 0.DIGITS x 10^decpt (so 1.5 is "15" with decpt 1, 0.05 is "5" with decpt -1).
// Zero is the empty digit string.
//
// Read next: runtime/format.h, which lays these digits out for format specs.
#ifndef MO_DTOA_H
#define MO_DTOA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The most significant digits any double has: an exact expansion is at most
// 767 digits long (the subnormals), so a rounded result never needs more.
#define MO_DTOA_MAX_DIGITS 800
// Room for the shortest digits (at most 17) of any double.
#define MO_DTOA_SHORTEST_SIZE 20
// Room for repr() of any double ("-2.2250738585072014e-308" is 24 bytes)
// plus a NUL.
#define MO_DTOA_REPR_SIZE 32

// The shortest digit string that reads back as |x| under round-half-even,
// and among those the one nearest |x| (ties to even) — Python's repr
// choice. `x` must be finite and nonzero. Returns the number of digits
// (1..17) and sets *decpt.
int mo_dtoa_shortest(double x, char digits[MO_DTOA_SHORTEST_SIZE], int *decpt);

// The same, without the fast path: exact big-number arithmetic only. Slower;
// exported so tests can check the fast path against it.
int mo_dtoa_shortest_exact(double x, char digits[MO_DTOA_SHORTEST_SIZE], int *decpt);

typedef enum DtoaMode {
    MO_DTOA_SIGNIFICANT,  // `ndigits` significant digits (ndigits >= 1)
    MO_DTOA_FIXED,        // `ndigits` digits after the point (may be <= 0)
} DtoaMode;

// |x| (finite) correctly rounded, half to even on the exact binary value,
// as digits without trailing zeros. Returns the digit count (0 when |x|
// rounds to zero, e.g. 0.004 to 2 places; also for x == 0). Any `ndigits`
// is allowed: past the exact expansion the digits are zeros, which are not
// stored, so `digits` needs MO_DTOA_MAX_DIGITS bytes.
int mo_dtoa_rounded(double x, DtoaMode mode, int ndigits,
                    char digits[MO_DTOA_MAX_DIGITS], int *decpt);

// repr(x): Python's float repr, NUL-terminated; returns the length.
// Scientific when the decimal exponent is < -4 or >= 16 ("1e+16",
// "1.5e-07"), else positional with at least one digit after the point;
// "inf", "-inf", "nan", "-0.0".
size_t mo_dtoa_repr(double x, char buf[MO_DTOA_REPR_SIZE]);

// float(s) for the `n` bytes at `s` (UTF-8) with Python's rules: leading and
// trailing whitespace (ASCII " \t\n\v\f\r" and the non-ASCII Unicode
// spaces), an optional sign, then "inf", "infinity" or "nan" in any case,
// or decimal digits with an optional point and exponent, underscores only
// between digits. No hex. Overflow gives +-inf, underflow +-0.0.
// Returns 0 and sets *out, or -1 when the text is not a float (the caller
// raises ValueError: could not convert string to float: <repr of s>).
// The caller must first map non-ASCII decimal digits (Unicode category Nd,
// e.g. "١٢٣") to ASCII, as CPython does; they are rejected here.
int mo_dtoa_parse(const char *s, size_t n, double *out);

// A float literal from the tokenizer: digits, point, exponent, underscores
// between digits; no sign, no whitespace, no inf/nan, no 'j' suffix.
// Returns 0 and sets *out, or -1 if malformed.
int mo_dtoa_parse_literal(const char *s, size_t n, double *out);

// round(x, ndigits) exactly as Python: correctly rounded to `ndigits`
// places after the point (negative: before it), half to even on the exact
// binary value (round(2.675, 2) == 2.67, round(-0.5, 0) == -0.0). nan, inf
// and zeros come back unchanged; ndigits > 323 returns x, ndigits < -308
// returns a zero with x's sign. When the rounded value does not fit in a
// double, sets *overflow to 1 and returns inf (the caller raises
// OverflowError: rounded value too large to represent); otherwise sets it
// to 0. A caller holding a huge Python int for `ndigits` clamps it to int.
double mo_dtoa_round(double x, int ndigits, int *overflow);

// Python's float floor division and modulo. The divisor must not be zero:
// the caller raises ZeroDivisionError ("float floor division by zero",
// "float modulo", "float divmod()") before calling. The remainder takes the
// divisor's sign (a zero remainder is a zero with the divisor's sign); the
// quotient is floored, and a zero quotient carries the sign of x / y.
double mo_float_floordiv(double x, double y);
double mo_float_mod(double x, double y);
void mo_float_divmod(double x, double y, double *quotient, double *remainder);

// hash(x) for a float, equal to hash() of an equal int or Fraction:
// x mod (2^61 - 1) with x's sign, inf -> 314159, -inf -> -314159, and -1
// (reserved for errors) becomes -2. NaN returns 0: since Python 3.10 a NaN
// hashes by object identity, which only the caller can supply.
int64_t mo_hash_double(double x);
// hash(i) for an int that fits in 64 bits: |i| mod (2^61 - 1) with i's
// sign, -1 -> -2.
int64_t mo_hash_int64(int64_t i);

// The modulus of Python's numeric hash, 2^61 - 1.
#define MO_HASH_MODULUS ((((uint64_t)1) << 61) - 1)

#endif
