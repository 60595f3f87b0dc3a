// src/objects/int.h — `int` (arbitrary precision) and `bool`.
//
// Python has one int type with two representations (runtime/value.h): small
// ints inline in the Value, and heap big ints for everything outside
// [-2^47, 2^47). The invariant that makes the seam invisible: every function
// here returns a small int whenever the value fits, so a BigIntObject never
// holds a small value and equal ints are equal Values or both big.
// True and False are ints too, and so are instances of int subclasses: every
// function here accepts them (an int-typed result is always an exact int).
//
// Read next: src/objects/int.c (the type), src/objects/bigint.c (the
// arithmetic), src/objects/float.h.
#ifndef MO_INT_H
#define MO_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "objects/object.h"
#include "runtime/strbuf.h"

Value mo_int_from_i64(int64_t i);
Value mo_int_from_u64(uint64_t u);
// int(x) for a float: truncates; ValueError "cannot convert float NaN to
// integer" / OverflowError "cannot convert float infinity to integer".
Value mo_int_from_double(double d);
// int(text, base) with Python's rules (whitespace, sign, underscores, prefixes
// with base 0, ValueError "invalid literal for int() with base 10: 'x'",
// the max-str-digits limit). `s` is UTF-8; non-ASCII decimal digits and
// Unicode spaces are accepted as CPython does.
Value mo_int_from_str(const char *s, size_t n, int base);
// A literal's digits from the tokenizer (no sign, no whitespace; 0x/0o/0b
// prefixes and underscores allowed). ValueError for the digit limit.
Value mo_int_from_literal(const char *s, size_t n);

// The int value of any int-like Value — a small int or an exact big int —
// for bools and subclass instances too; MO_NULL if `v` is not an int.
Value mo_int_value(Value v);

// Conversions. Each raises OverflowError when the value does not fit.
// mo_int_to_i64: "Python int too large to convert to C long".
int mo_int_to_i64(Value v, int64_t *out);
// Correctly rounded; "int too large to convert to float".
int mo_int_to_double(Value v, double *out);
// The sign: -1, 0 or 1.
int mo_int_sign(Value v);
// str(v) in base 2, 8, 10 or 16 (a leading '-', no prefix), appended to
// `out`. Base 10 obeys mo_int_max_str_digits (ValueError).
int mo_int_to_strbuf(Value v, int base, StrBuf *out);
Value mo_int_to_str(Value v);           // str(v)
// bin()/oct()/hex(): "-0x1f" style, with the prefix.
Value mo_int_to_base_str(Value v, int base);
// format(v, spec) for an int (spec is a str): what int.__format__ does.
Value mo_int_format(Value v, Value spec);

// The limit on decimal digits in int <-> str conversions (sys.int_info,
// sys.set_int_max_str_digits); 0 means none.
#define MO_INT_DEFAULT_MAX_STR_DIGITS 4300
#define MO_INT_MAX_STR_DIGITS_THRESHOLD 640
extern int64_t mo_int_max_str_digits;

// Arithmetic on ints (bool included); the slot of int and bool. Returns
// MO_NOTIMPL when an operand is not an int.
Value mo_int_binop(Value a, Value b, int op);
Value mo_int_unop(Value a, int op);
// pow(base, exp, mod) for three ints, negative exponents included.
Value mo_int_pow_mod(Value base, Value exp, Value mod);
// divmod(a, b) for ints: a (q, r) tuple; MO_NOTIMPL for non-ints.
Value mo_int_divmod(Value a, Value b);
// round(v, ndigits) for an int; ndigits is MO_NULL/None or an int-like.
Value mo_int_round(Value v, Value ndigits);
// Three-way comparison of two ints.
int mo_int_cmp(Value a, Value b);
int64_t mo_int_hash(Value v);
// For float comparisons with ints (exact, no rounding): <0, 0, >0. `d`
// must not be NaN.
int mo_int_cmp_double(Value i, double d);
// Number of bits of |v| (int.bit_length()).
uint64_t mo_int_bit_length(Value v);
// gcd of two ints (math.gcd), non-negative.
Value mo_int_gcd(Value a, Value b);

// Used by the small-int fast paths when a result overflows 48 bits.
Value mo_int_add_overflow(int64_t a, int64_t b);
Value mo_int_mul_overflow(int64_t a, int64_t b);

// The text int() and float() parse: CPython keeps ASCII as it is, and in
// text with any non-ASCII character turns Unicode spaces into ' ', decimal
// digits of any script into '0'..'9', and anything else non-ASCII into '?'
// (stopping there). Returns false when `s` is ASCII (use it directly);
// otherwise fills `out` (which the caller frees).
bool mo_int_ascii_text(const char *s, size_t n, StrBuf *out);

// Readies int and bool (bool.c's mo_bool_init is called from here).
void mo_int_init(void);
void mo_bool_init(void);

#endif
