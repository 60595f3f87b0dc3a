// src/objects/int.h — `int` (arbitrary precision) and `bool`.
//
// Python has one int type with two representations (runtime/value.h): small
// ints inline in the Value, and heap big ints for everything outside
// [-2^47, 2^47). The invariant that makes the seam invisible: every function
// here returns a small int whenever the value fits, so a BigIntObject never
// holds a small value and equal ints are equal Values or both big.
// True and False are ints too: every function here accepts them.
#ifndef MO_INT_H
#define MO_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "objects/object.h"
#include "runtime/strbuf.h"

Value mo_int_from_i64(int64_t i);
Value mo_int_from_u64(uint64_t u);
// int(x) for a float: truncates; ValueError/OverflowError for nan/inf.
Value mo_int_from_double(double d);
// int(text, base) with Python's rules (whitespace, sign, underscores, prefixes
// with base 0, ValueError "invalid literal for int() with base 10: 'x'").
Value mo_int_from_str(const char *s, size_t n, int base);
// A literal's digits from the tokenizer (no sign, no whitespace).
Value mo_int_from_literal(const char *s, size_t n);

// Conversions. Each raises OverflowError when the value does not fit.
int mo_int_to_i64(Value v, int64_t *out);
int mo_int_to_double(Value v, double *out);
// The sign: -1, 0 or 1.
int mo_int_sign(Value v);
// str(v) in base 2, 8, 10 or 16 (no prefix), appended to `out`.
int mo_int_to_strbuf(Value v, int base, StrBuf *out);
Value mo_int_to_str(Value v);           // str(v)

// Arithmetic on ints (bool included); the slot of int and bool.
Value mo_int_binop(Value a, Value b, int op);
Value mo_int_unop(Value a, int op);
Value mo_int_pow_mod(Value base, Value exp, Value mod);
// Three-way comparison of two ints.
int mo_int_cmp(Value a, Value b);
int64_t mo_int_hash(Value v);
// For float comparisons with ints (exact, no rounding): <0, 0, >0.
int mo_int_cmp_double(Value i, double d);

// Used by the small-int fast paths when a result overflows 48 bits.
Value mo_int_add_overflow(int64_t a, int64_t b);
Value mo_int_mul_overflow(int64_t a, int64_t b);

void mo_int_init(void);

#endif
