// src/runtime/value.h — the NaN-boxed value word.
//
// Every Python value Mosaic handles is one 64-bit word, a `Value`. A double is
// stored as itself. Everything else lives in the space of negative quiet NaNs
// that no arithmetic ever produces, told apart by the top 16 bits:
//
//   63      48 47                                              0
//   +---------+------------------------------------------------+
//   |  0x0000 |                                                |  double
//   |   ...   |          (any IEEE-754 double; NaNs are        |  (incl. ±inf
//   |  0xFFF8 |           canonical, see below)                |   and NaN)
//   +---------+------------------------------------------------+
//   |  0xFFF9 | 48-bit address of a heap object (Object *)     |  pointer
//   |  0xFFFA | 48-bit two's-complement integer                |  small int
//   |  0xFFFB | None = 0, False = 2, True = 3, V_ERR = 0xE     |  specials
//   |  0xFFFF | all ones: MO_NULL (an empty slot, not a value)  |  null
//   +---------+------------------------------------------------+
//
// Invariants:
// - A NaN whose bits would fall at or above 0xFFF9... is canonicalised to
//   0x7FF8000000000000 when boxed (`mo_float`). Hardware never produces one
//   from canonical inputs (x86 makes 0xFFF8..., AArch64 and RISC-V make
//   0x7FF8...), so hot float arithmetic may use `mo_float_raw` and skip the
//   check.
// - Small ints cover [-2^47, 2^47). Python has one `int` type: a result outside
//   that range becomes a heap big int (src/objects/int.c) and a big int whose
//   value fits is always turned back into a small int, so equal ints have
//   equal representations and programs never see the seam.
// - `bool` is a subtype of `int`, but True and False are their own immediates;
//   code that accepts ints must accept them (`mo_is_intlike`).
// - MO_NULL marks an unbound local or an empty slot; it is never a Python
//   value. Memory filled with 0xFF bytes reads as MO_NULL.
// - V_ERR is what a fallible function returns when it has set an exception
//   (src/runtime/error.h). It is never stored anywhere.
//
// Read next: src/objects/object.h (the object header and types).
#ifndef MO_VALUE_H
#define MO_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;

#define MO_TAG_SHIFT   48
#define MO_TAG_MIN     0xFFF9000000000000ull  // every non-double is >= this
#define MO_TAG_PTR     0xFFF9000000000000ull
#define MO_TAG_INT     0xFFFA000000000000ull
#define MO_TAG_SPECIAL 0xFFFB000000000000ull
#define MO_PAYLOAD     0x0000FFFFFFFFFFFFull

#define MO_NONE   (MO_TAG_SPECIAL | 0)
#define MO_FALSE  (MO_TAG_SPECIAL | 2)
#define MO_TRUE   (MO_TAG_SPECIAL | 3)
#define V_ERR     (MO_TAG_SPECIAL | 0xE)
#define MO_NULL   0xFFFFFFFFFFFFFFFFull
#define MO_CANONICAL_NAN 0x7FF8000000000000ull

#define MO_SMALLINT_MIN (-(INT64_C(1) << 47))
#define MO_SMALLINT_MAX ((INT64_C(1) << 47) - 1)

struct Object;

// ---- doubles
static inline bool mo_is_float(Value v) { return v < MO_TAG_MIN; }
static inline double mo_float_val(Value v) {
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}
// Boxes a double that came out of arithmetic on boxed doubles (its NaN, if
// any, is already canonical).
static inline Value mo_float_raw(double d) {
    Value v;
    memcpy(&v, &d, sizeof v);
    return v;
}
// Boxes any double.
static inline Value mo_float(double d) {
    Value v = mo_float_raw(d);
    return v >= MO_TAG_MIN ? MO_CANONICAL_NAN : v;
}

// ---- small ints
static inline bool mo_is_smallint(Value v) { return (v >> MO_TAG_SHIFT) == (MO_TAG_INT >> MO_TAG_SHIFT); }
static inline int64_t mo_smallint_val(Value v) { return (int64_t)(v << 16) >> 16; }
static inline bool mo_smallint_fits(int64_t i) { return i >= MO_SMALLINT_MIN && i <= MO_SMALLINT_MAX; }
// `i` must fit (`mo_smallint_fits`); use mo_int_from_i64 otherwise.
static inline Value mo_smallint(int64_t i) { return MO_TAG_INT | ((uint64_t)i & MO_PAYLOAD); }
static inline bool mo_both_smallint(Value a, Value b) {
    return mo_is_smallint(a) && mo_is_smallint(b);
}

// ---- heap pointers
static inline bool mo_is_ptr(Value v) { return (v >> MO_TAG_SHIFT) == (MO_TAG_PTR >> MO_TAG_SHIFT); }
static inline struct Object *mo_ptr(Value v) { return (struct Object *)(uintptr_t)(v & MO_PAYLOAD); }
static inline Value mo_obj(const void *p) { return MO_TAG_PTR | (uint64_t)(uintptr_t)p; }

// ---- specials
static inline bool mo_is_special(Value v) { return (v >> MO_TAG_SHIFT) == (MO_TAG_SPECIAL >> MO_TAG_SHIFT); }
static inline bool mo_is_bool(Value v) { return (v | 1) == MO_TRUE; }
static inline Value mo_bool(bool b) { return b ? MO_TRUE : MO_FALSE; }
static inline bool mo_is_null(Value v) { return v == MO_NULL; }

#endif
