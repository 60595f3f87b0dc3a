// src/objects/bigint.c — arbitrary-precision integer arithmetic.
//
// Owns the algorithms behind every int that leaves the small-int range:
// magnitudes in 32-bit digits (layout in bigint.h) and the operations on
// them. Why 32-bit digits: a digit times a digit plus two digits fits in a
// uint64_t, so every inner loop is plain portable C with no 128-bit type,
// no assembly and no carry flags, and each step still moves twice the bits
// of CPython's 30-bit digits. Knuth's algorithm D needs exactly a two-digit
// by one-digit division, which uint64_t provides.
//
// Algorithms (Knuth, TAOCP vol. 2, §4.3):
// - addition, subtraction: carry propagation through uint64_t;
// - multiplication: schoolbook (with a squaring variant that computes each
//   cross product once) below KARATSUBA_CUTOFF digits, Karatsuba above, and
//   unbalanced operands cut into slices of the shorter one;
// - division: algorithm D with a normalised divisor; one-digit divisors by
//   a simple loop;
// - powers: left-to-right binary exponentiation over scratch buffers;
//   modular powers reduce after every step with a divisor normalised once;
// - decimal conversion: base 2^32 to base 10^9 (and back) by one-digit
//   multiply/divide passes, quadratic; CPython's 4300-digit default limit
//   (int.c) keeps that cheap, and 40,000 digits still take milliseconds;
// - the numeric hash: the value modulo 2^61 - 1, folded digit by digit.
//
// Invariants: results are canonical (bigint.h); a BigIntObject is never
// modified after mo_bigint_finish returns it. Temporary magnitudes live in
// malloc'd scratch (mo_mem_*), never in the collected heap.
//
// Read next: int.c (the Python-visible type built on these).
#include "objects/bigint.h"

#include <math.h>
#include <string.h>

#include "objects/int.h"
#include "runtime/dtoa.h"
#include "runtime/error.h"
#include "runtime/gc.h"

// Below this many digits in the shorter operand, schoolbook multiplication
// wins (measured on x86-64: Karatsuba pays from about 28 digits for
// products, and from about 56 for squares, whose schoolbook form does half
// the work).
#ifndef KARATSUBA_CUTOFF
#define KARATSUBA_CUTOFF 28
#endif
#ifndef KARATSUBA_SQR_CUTOFF
#define KARATSUBA_SQR_CUTOFF 56
#endif
// No magnitude may have more digits than this (16 GiB): beyond it, report
// MemoryError up front rather than asking the allocator.
#define MAX_DIGITS (INT64_C(1) << 32)

// ------------------------------------------------------------ scratch space

// A temporary magnitude: small ones on the C stack, large ones malloc'd.
typedef struct Scratch {
    Digit *p;
    int64_t n;
    Digit local[80];
} Scratch;

static Digit *scratch_get(Scratch *s, int64_t n) {
    s->n = n;
    if (n <= (int64_t)(sizeof s->local / sizeof(Digit))) {
        s->p = s->local;
        return s->p;
    }
    if (n > MAX_DIGITS) {
        s->p = NULL;
        mo_err_no_memory();
        return NULL;
    }
    s->p = mo_mem_alloc((size_t)n * sizeof(Digit));
    return s->p;
}

static void scratch_free(Scratch *s) {
    if (s->p && s->p != s->local)
        mo_mem_free(s->p, (size_t)s->n * sizeof(Digit));
    s->p = NULL;
}

static Digit *digits_alloc(int64_t n) {
    if (n > MAX_DIGITS) {
        mo_err_no_memory();
        return NULL;
    }
    return mo_mem_alloc((size_t)(n ? n : 1) * sizeof(Digit));
}

static void digits_free(Digit *p, int64_t n) {
    if (p)
        mo_mem_free(p, (size_t)(n ? n : 1) * sizeof(Digit));
}

// -------------------------------------------------------- objects and views

BigIntObject *mo_bigint_alloc(int64_t n) {
    if (n > MAX_DIGITS) {
        mo_err_no_memory();
        return NULL;
    }
    BigIntObject *r = mo_gc_alloc(&mo_int_type, sizeof(BigIntObject) + (size_t)n * sizeof(Digit));
    if (r)
        r->size = n;
    return r;
}

static inline int64_t trim(const Digit *d, int64_t n) {
    while (n > 0 && d[n - 1] == 0)
        n--;
    return n;
}

// The magnitude as a small int if it is one (n already trimmed).
static inline bool mag_small(const Digit *d, int64_t n, bool neg, Value *out) {
    if (n > 2)
        return false;
    uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : d[0] | (uint64_t)d[1] << 32;
    if (m > (neg ? (UINT64_C(1) << 47) : (UINT64_C(1) << 47) - 1))
        return false;
    *out = mo_smallint(neg ? -(int64_t)m : (int64_t)m);
    return true;
}

Value mo_bigint_finish(BigIntObject *r, int64_t n, bool neg) {
    n = trim(r->digits, n);
    Value s;
    if (mag_small(r->digits, n, neg, &s))
        return s;
    r->size = n;
    r->hdr.aux = neg ? 1u : 0u;
    return mo_obj(r);
}

Value mo_bigint_from_mag(const Digit *d, int64_t n, bool neg) {
    n = trim(d, n);
    Value s;
    if (mag_small(d, n, neg, &s))
        return s;
    BigIntObject *r = mo_bigint_alloc(n);
    if (!r)
        return V_ERR;
    memcpy(r->digits, d, (size_t)n * sizeof(Digit));
    r->hdr.aux = neg ? 1u : 0u;
    return mo_obj(r);
}

static Value from_u64(uint64_t m, bool neg) {
    Digit d[2] = {(Digit)m, (Digit)(m >> 32)};
    return mo_bigint_from_mag(d, 2, neg);
}

// ------------------------------------------------------ magnitude primitives

static int mag_cmp(const Digit *a, int64_t na, const Digit *b, int64_t nb) {
    if (na != nb)
        return na < nb ? -1 : 1;
    for (int64_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

// r[0 .. na] = a + b, na >= nb; returns the carry (also stored in r[na]).
// r may alias a.
static Digit mag_add(Digit *r, const Digit *a, int64_t na, const Digit *b, int64_t nb) {
    TwoDigits c = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        c += (TwoDigits)a[i] + b[i];
        r[i] = (Digit)c;
        c >>= DIGIT_BITS;
    }
    for (; i < na; i++) {
        c += a[i];
        r[i] = (Digit)c;
        c >>= DIGIT_BITS;
    }
    r[na] = (Digit)c;
    return (Digit)c;
}

// r[0 .. na) = a - b, a >= b (so na >= nb). r may alias a.
static void mag_sub(Digit *r, const Digit *a, int64_t na, const Digit *b, int64_t nb) {
    Digit borrow = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        TwoDigits t = (TwoDigits)a[i] - b[i] - borrow;
        r[i] = (Digit)t;
        borrow = (Digit)(t >> 63);
    }
    for (; i < na; i++) {
        TwoDigits t = (TwoDigits)a[i] - borrow;
        r[i] = (Digit)t;
        borrow = (Digit)(t >> 63);
    }
}

// a[0 .. na) += b[0 .. nb), carrying as far as needed (the sum must fit).
static void mag_add_in(Digit *a, int64_t na, const Digit *b, int64_t nb) {
    TwoDigits c = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        c += (TwoDigits)a[i] + b[i];
        a[i] = (Digit)c;
        c >>= DIGIT_BITS;
    }
    for (; c && i < na; i++) {
        c += a[i];
        a[i] = (Digit)c;
        c >>= DIGIT_BITS;
    }
}

// a[0 .. na) -= b[0 .. nb) (the difference must be >= 0).
static void mag_sub_in(Digit *a, int64_t na, const Digit *b, int64_t nb) {
    Digit borrow = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        TwoDigits t = (TwoDigits)a[i] - b[i] - borrow;
        a[i] = (Digit)t;
        borrow = (Digit)(t >> 63);
    }
    for (; borrow && i < na; i++) {
        TwoDigits t = (TwoDigits)a[i] - borrow;
        a[i] = (Digit)t;
        borrow = (Digit)(t >> 63);
    }
}

// a[0 .. n) = a * m + c; returns the digit carried out.
static Digit mag_mul1_add(Digit *a, int64_t n, Digit m, Digit c) {
    TwoDigits t = c;
    for (int64_t i = 0; i < n; i++) {
        t += (TwoDigits)a[i] * m;
        a[i] = (Digit)t;
        t >>= DIGIT_BITS;
    }
    return (Digit)t;
}

// q[0 .. n) = a / d; returns a % d. q may alias a.
static Digit mag_divrem1(Digit *q, const Digit *a, int64_t n, Digit d) {
    TwoDigits r = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        r = (r << DIGIT_BITS) | a[i];
        q[i] = (Digit)(r / d);
        r %= d;
    }
    return (Digit)r;
}

// The same for d = 10^9, a constant the compiler divides by multiplication.
static Digit mag_divrem_1e9(Digit *a, int64_t n) {
    TwoDigits r = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        r = (r << DIGIT_BITS) | a[i];
        a[i] = (Digit)(r / 1000000000u);
        r %= 1000000000u;
    }
    return (Digit)r;
}

static inline int clz_digit(Digit d) { return d ? __builtin_clz(d) : DIGIT_BITS; }

// r[0 .. n] = a << s for 0 <= s < 32 (r[n] gets the bits shifted out).
// r may alias a.
static void mag_shl(Digit *r, const Digit *a, int64_t n, int s) {
    if (s == 0) {
        memmove(r, a, (size_t)n * sizeof(Digit));
        r[n] = 0;
        return;
    }
    Digit carry = 0;
    for (int64_t i = 0; i < n; i++) {
        Digit x = a[i];
        r[i] = (x << s) | carry;
        carry = x >> (DIGIT_BITS - s);
    }
    r[n] = carry;
}

// r[0 .. n) = a >> s for 0 <= s < 32. r may alias a.
static void mag_shr(Digit *r, const Digit *a, int64_t n, int s) {
    if (s == 0) {
        memmove(r, a, (size_t)n * sizeof(Digit));
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        Digit hi = i + 1 < n ? a[i + 1] : 0;
        r[i] = (a[i] >> s) | (hi << (DIGIT_BITS - s));
    }
}

// ---------------------------------------------------------- multiplication

// r[0 .. na+nb) = a * b. r must not alias a or b.
static void mul_school(Digit *r, const Digit *a, int64_t na, const Digit *b, int64_t nb) {
    memset(r, 0, (size_t)(na + nb) * sizeof(Digit));
    for (int64_t i = 0; i < na; i++) {
        TwoDigits ai = a[i], c = 0;
        if (!ai)
            continue;
        Digit *ri = r + i;
        for (int64_t j = 0; j < nb; j++) {
            c += ai * b[j] + ri[j];
            ri[j] = (Digit)c;
            c >>= DIGIT_BITS;
        }
        ri[nb] = (Digit)c;
    }
}

// r[0 .. 2n) = a * a: each cross product once, doubled, plus the squares.
static void sqr_school(Digit *r, const Digit *a, int64_t n) {
    memset(r, 0, (size_t)(2 * n) * sizeof(Digit));
    for (int64_t i = 0; i + 1 < n; i++) {
        TwoDigits ai = a[i], c = 0;
        if (!ai)
            continue;
        Digit *ri = r + 2 * i + 1;
        const Digit *aj = a + i + 1;
        int64_t m = n - i - 1;
        for (int64_t j = 0; j < m; j++) {
            c += ai * aj[j] + ri[j];
            ri[j] = (Digit)c;
            c >>= DIGIT_BITS;
        }
        ri[m] = (Digit)c;
    }
    mag_shl(r, r, 2 * n - 1, 1);
    TwoDigits c = 0;
    for (int64_t i = 0; i < n; i++) {
        TwoDigits sq = (TwoDigits)a[i] * a[i];
        c += (TwoDigits)r[2 * i] + (Digit)sq;
        r[2 * i] = (Digit)c;
        c >>= DIGIT_BITS;
        c += (TwoDigits)r[2 * i + 1] + (sq >> DIGIT_BITS);
        r[2 * i + 1] = (Digit)c;
        c >>= DIGIT_BITS;
    }
}

// Scratch digits that kmul(na, nb) may use. Each Karatsuba level takes
// at most 2(na/2 + 2) + 2(na/2 + 2) digits and recurses on halves; a lopsided
// split takes 2nb and recurses on (nb, nb). The sum stays below 4(na + nb)
// plus a constant per level (at most 64 levels).
static int64_t kmul_scratch(int64_t na, int64_t nb) { return 4 * (na + nb) + 64 * 16; }

static void kmul(Digit *r, const Digit *a, int64_t na, const Digit *b, int64_t nb, Digit *scratch);

// a * b with na >= 2 nb: slices of a, each nb digits, times b.
static void kmul_lopsided(Digit *r, const Digit *a, int64_t na, const Digit *b, int64_t nb,
                          Digit *scratch) {
    Digit *tmp = scratch;
    memset(r, 0, (size_t)(na + nb) * sizeof(Digit));
    for (int64_t i = 0; i < na; i += nb) {
        int64_t m = na - i < nb ? na - i : nb;
        kmul(tmp, a + i, m, b, nb, scratch + 2 * nb);
        mag_add_in(r + i, na + nb - i, tmp, m + nb);
    }
}

// r[0 .. na+nb) = a * b (a == b with na == nb squares). r must not alias a
// or b; `scratch` holds kmul_scratch(na, nb) digits.
static void kmul(Digit *r, const Digit *a, int64_t na, const Digit *b, int64_t nb, Digit *scratch) {
    if (na < nb) {
        const Digit *t = a;
        a = b;
        b = t;
        int64_t tn = na;
        na = nb;
        nb = tn;
    }
    bool square = a == b && na == nb;
    if (nb < (square ? KARATSUBA_SQR_CUTOFF : KARATSUBA_CUTOFF)) {
        if (square)
            sqr_school(r, a, na);
        else
            mul_school(r, a, na, b, nb);
        return;
    }
    if (2 * nb <= na) {
        kmul_lopsided(r, a, na, b, nb, scratch);
        return;
    }
    // a = a1 B^h + a0, b = b1 B^h + b0 with 0 < nb - h:
    // a b = z2 B^2h + (z1 - z0 - z2) B^h + z0, z1 = (a0 + a1)(b0 + b1).
    int64_t h = na >> 1;
    kmul(r, a, h, b, h, scratch);                                   // z0 -> r[0, 2h)
    kmul(r + 2 * h, a + h, na - h, b + h, nb - h, scratch);         // z2 -> r[2h, na+nb)
    int64_t n1 = na - h + 1, n2 = (h > nb - h ? h : nb - h) + 1;
    Digit *t1 = scratch, *t2 = t1 + n1, *z1 = t2 + n2, *next = z1 + n1 + n2;
    mag_add(t1, a + h, na - h, a, h);
    int64_t l1 = trim(t1, n1), l2;
    if (square) {
        t2 = t1;
        l2 = l1;
    } else {
        if (nb - h >= h)
            mag_add(t2, b + h, nb - h, b, h);
        else
            mag_add(t2, b, h, b + h, nb - h);
        l2 = trim(t2, n2);
    }
    if (l1 == 0 || l2 == 0)
        return;     // impossible: a1 and b1 are nonzero
    kmul(z1, t1, l1, t2, l2, next);
    int64_t lz = trim(z1, l1 + l2);
    mag_sub_in(z1, lz, r, trim(r, 2 * h));
    mag_sub_in(z1, lz, r + 2 * h, trim(r + 2 * h, na + nb - 2 * h));
    lz = trim(z1, lz);
    mag_add_in(r + h, na + nb - h, z1, lz);
}

// r[0 .. na+nb) = a * b, choosing the algorithm; -1 on MemoryError.
static int mag_mul(Digit *r, const Digit *a, int64_t na, const Digit *b, int64_t nb) {
    int64_t small = na < nb ? na : nb;
    if (small == 1) {
        // A one-digit factor (n *= i in a loop): one pass, no clearing.
        const Digit *x = na == 1 ? b : a;
        int64_t nx = na == 1 ? nb : na;
        Digit m = na == 1 ? a[0] : b[0];
        TwoDigits c = 0;
        for (int64_t i = 0; i < nx; i++) {
            c += (TwoDigits)x[i] * m;
            r[i] = (Digit)c;
            c >>= DIGIT_BITS;
        }
        r[nx] = (Digit)c;
        return 0;
    }
    bool square = a == b && na == nb;
    if (small < (square ? KARATSUBA_SQR_CUTOFF : KARATSUBA_CUTOFF)) {
        if (square)
            sqr_school(r, a, na);
        else if (na >= nb)
            mul_school(r, a, na, b, nb);
        else
            mul_school(r, b, nb, a, na);
        return 0;
    }
    Scratch s;
    Digit *scratch = scratch_get(&s, kmul_scratch(na, nb));
    if (!scratch)
        return -1;
    kmul(r, a, na, b, nb, scratch);
    scratch_free(&s);
    return 0;
}

// ----------------------------------------------------------------- division

// Knuth's algorithm D. q[0 .. na-nb+1) = a / b and r[0 .. nb) = a % b for
// nb >= 2 and na >= nb; q or r may be NULL. -1 on MemoryError.
static int mag_divrem(Digit *q, Digit *r, const Digit *a, int64_t na, const Digit *b, int64_t nb) {
    Scratch su, sv;
    Digit *u = scratch_get(&su, na + 1);
    if (!u)
        return -1;
    Digit *v = scratch_get(&sv, nb + 1);
    if (!v) {
        scratch_free(&su);
        return -1;
    }
    // Normalise so the divisor's top bit is set: then the estimate qhat
    // below is at most two too large.
    int s = clz_digit(b[nb - 1]);
    mag_shl(v, b, nb, s);
    mag_shl(u, a, na, s);
    TwoDigits vtop = v[nb - 1], vnext = v[nb - 2];
    for (int64_t j = na - nb; j >= 0; j--) {
        Digit *uj = u + j;
        TwoDigits num = ((TwoDigits)uj[nb] << DIGIT_BITS) | uj[nb - 1];
        TwoDigits qhat = num / vtop, rhat = num % vtop;
        while (qhat >> DIGIT_BITS || qhat * vnext > ((rhat << DIGIT_BITS) | uj[nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >> DIGIT_BITS)
                break;
        }
        // uj[0 .. nb] -= qhat * v
        TwoDigits carry = 0;
        Digit borrow = 0;
        for (int64_t i = 0; i < nb; i++) {
            TwoDigits p = qhat * v[i] + carry;
            carry = p >> DIGIT_BITS;
            TwoDigits t = (TwoDigits)uj[i] - (Digit)p - borrow;
            uj[i] = (Digit)t;
            borrow = (Digit)(t >> 63);
        }
        TwoDigits t = (TwoDigits)uj[nb] - carry - borrow;
        uj[nb] = (Digit)t;
        if (t >> 63) {
            // qhat was one too large (rare): add v back.
            qhat--;
            TwoDigits c = 0;
            for (int64_t i = 0; i < nb; i++) {
                c += (TwoDigits)uj[i] + v[i];
                uj[i] = (Digit)c;
                c >>= DIGIT_BITS;
            }
            uj[nb] += (Digit)c;
        }
        if (q)
            q[j] = (Digit)qhat;
    }
    if (r)
        mag_shr(r, u, nb, s);
    scratch_free(&su);
    scratch_free(&sv);
    return 0;
}

// --------------------------------------------------------------- add / sub

// a + (bneg ? -|b| : |b|) with a's own sign.
static Value add_views(const IntView *a, const IntView *b, bool bneg) {
    if (a->neg == bneg) {
        const IntView *x = a, *y = b;
        if (x->n < y->n) {
            x = b;
            y = a;
        }
        BigIntObject *r = mo_bigint_alloc(x->n + 1);
        if (!r)
            return V_ERR;
        mag_add(r->digits, x->d, x->n, y->d, y->n);
        return mo_bigint_finish(r, x->n + 1, a->neg);
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0)
        return mo_smallint(0);
    const IntView *x = c > 0 ? a : b, *y = c > 0 ? b : a;
    bool neg = c > 0 ? a->neg : bneg;
    BigIntObject *r = mo_bigint_alloc(x->n);
    if (!r)
        return V_ERR;
    mag_sub(r->digits, x->d, x->n, y->d, y->n);
    return mo_bigint_finish(r, x->n, neg);
}

Value mo_bigint_add(Value a, Value b) {
    if (mo_both_smallint(a, b))
        return mo_int_from_i64(mo_smallint_val(a) + mo_smallint_val(b));
    IntView x, y;
    mo_bigint_view(a, &x);
    mo_bigint_view(b, &y);
    return add_views(&x, &y, y.neg);
}

Value mo_bigint_sub(Value a, Value b) {
    if (mo_both_smallint(a, b))
        return mo_int_from_i64(mo_smallint_val(a) - mo_smallint_val(b));
    IntView x, y;
    mo_bigint_view(a, &x);
    mo_bigint_view(b, &y);
    return add_views(&x, &y, !y.neg && y.n);
}

Value mo_bigint_neg(Value a) {
    if (mo_is_smallint(a))
        return mo_int_from_i64(-mo_smallint_val(a));
    IntView x;
    mo_bigint_view(a, &x);
    return mo_bigint_from_mag(x.d, x.n, !x.neg);
}

Value mo_bigint_abs(Value a) {
    if (mo_is_smallint(a)) {
        int64_t i = mo_smallint_val(a);
        return i < 0 ? mo_int_from_i64(-i) : a;
    }
    IntView x;
    mo_bigint_view(a, &x);
    return x.neg ? mo_bigint_from_mag(x.d, x.n, false) : a;
}

Value mo_bigint_mul(Value a, Value b) {
    IntView x, y;
    mo_bigint_view(a, &x);
    mo_bigint_view(b, &y);
    if (x.n == 0 || y.n == 0)
        return mo_smallint(0);
    BigIntObject *r = mo_bigint_alloc(x.n + y.n);
    if (!r)
        return V_ERR;
    // Squaring is recognised by identical digit pointers.
    const Digit *yd = (a == b) ? x.d : y.d;
    if (mag_mul(r->digits, x.d, x.n, yd, y.n) < 0)
        return V_ERR;
    return mo_bigint_finish(r, x.n + y.n, x.neg != y.neg);
}

// ---------------------------------------------------------------- division

// |a| / |b| and |a| % |b| into new objects (q: na-nb+1 digits plus one
// spare for the floor adjustment; r: nb digits). Returns -1 on MemoryError.
static int divrem_views(const IntView *a, const IntView *b, BigIntObject **qo, int64_t *qn,
                        BigIntObject **ro, int64_t *rn) {
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        *qo = NULL;
        *qn = 0;
        *ro = NULL;     // the remainder is a itself
        *rn = -1;
        return 0;
    }
    int64_t nq = a->n - b->n + 1;
    BigIntObject *q = mo_bigint_alloc(nq + 1);
    if (!q)
        return -1;
    BigIntObject *r = mo_bigint_alloc(b->n + 1);
    if (!r)
        return -1;
    if (b->n == 1) {
        r->digits[0] = mag_divrem1(q->digits, a->d, a->n, b->d[0]);
    } else if (mag_divrem(q->digits, r->digits, a->d, a->n, b->d, b->n) < 0) {
        return -1;
    }
    *qo = q;
    *qn = nq;
    *ro = r;
    *rn = b->n;
    return 0;
}

int mo_bigint_divrem_trunc(Value a, Value b, Value *q, Value *r) {
    IntView x, y;
    mo_bigint_view(a, &x);
    mo_bigint_view(b, &y);
    BigIntObject *qo, *ro;
    int64_t qn, rn;
    if (divrem_views(&x, &y, &qo, &qn, &ro, &rn) < 0)
        return -1;
    if (rn < 0) {
        if (q)
            *q = mo_smallint(0);
        if (r)
            *r = a;
        return 0;
    }
    if (q)
        *q = mo_bigint_finish(qo, qn, x.neg != y.neg);
    if (r)
        *r = mo_bigint_finish(ro, rn, x.neg);
    return 0;
}

int mo_bigint_divmod(Value a, Value b, Value *q, Value *r) {
    if (mo_both_smallint(a, b)) {
        int64_t x = mo_smallint_val(a), y = mo_smallint_val(b);
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            rr += y;
            qq--;
        }
        if (q)
            *q = mo_int_from_i64(qq);
        if (r)
            *r = mo_smallint(rr);
        return 0;
    }
    IntView x, y;
    mo_bigint_view(a, &x);
    mo_bigint_view(b, &y);
    BigIntObject *qo, *ro;
    int64_t qn, rn;
    if (divrem_views(&x, &y, &qo, &qn, &ro, &rn) < 0)
        return -1;
    bool signs_differ = x.neg != y.neg;
    if (rn < 0) {
        // |a| < |b|: q is 0 or -1.
        if (!signs_differ || x.n == 0) {
            if (q)
                *q = mo_smallint(0);
            if (r)
                *r = a;
            return 0;
        }
        if (q)
            *q = mo_smallint(-1);
        if (r) {
            *r = mo_bigint_add(a, b);
            if (*r == V_ERR)
                return -1;
        }
        return 0;
    }
    int64_t rt = trim(ro->digits, rn);
    if (signs_differ && rt != 0) {
        // Floor: q = -(|q| + 1), r = sign(b) * (|b| - |r|).
        Digit one = 1;
        mag_add_in(qo->digits, qn + 1, &one, 1);
        qn++;
        mag_sub(ro->digits, y.d, y.n, ro->digits, rt);
        rt = y.n;
    }
    if (q)
        *q = mo_bigint_finish(qo, qn, signs_differ);
    if (r)
        *r = mo_bigint_finish(ro, rt, y.neg);
    return 0;
}

// --------------------------------------------------------------- bit access

static uint64_t view_bit_length(const IntView *x) {
    if (x->n == 0)
        return 0;
    return (uint64_t)(x->n - 1) * DIGIT_BITS + (uint64_t)(DIGIT_BITS - clz_digit(x->d[x->n - 1]));
}

uint64_t mo_bigint_bit_length(Value a) {
    IntView x;
    mo_bigint_view(a, &x);
    return view_bit_length(&x);
}

uint64_t mo_bigint_bit_count(Value a) {
    IntView x;
    mo_bigint_view(a, &x);
    uint64_t c = 0;
    for (int64_t i = 0; i < x.n; i++)
        c += (uint64_t)__builtin_popcount(x.d[i]);
    return c;
}

// Bits [lo, lo + 64) of the magnitude (zeros past the top).
static uint64_t bits_at(const Digit *d, int64_t n, uint64_t lo) {
    uint64_t r = 0;
    int64_t i = (int64_t)(lo / DIGIT_BITS);
    int s = (int)(lo % DIGIT_BITS);
    // Three digits cover any 64-bit window.
    for (int k = 2; k >= 0; k--) {
        int64_t j = i + k;
        uint64_t dig = j < n ? d[j] : 0;
        int shift = k * DIGIT_BITS - s;
        if (shift >= 64)
            continue;
        r |= shift >= 0 ? dig << shift : dig >> -shift;
    }
    return r;
}

// Whether any of bits [0, lo) is set.
static bool any_bits_below(const Digit *d, int64_t n, uint64_t lo) {
    int64_t full = (int64_t)(lo / DIGIT_BITS);
    for (int64_t i = 0; i < full && i < n; i++)
        if (d[i])
            return true;
    int s = (int)(lo % DIGIT_BITS);
    return s && full < n && (d[full] & ((UINT32_C(1) << s) - 1));
}

// --------------------------------------------------------- float conversion

// |x| rounded to a double (half to even), or inf when it is >= 2^1024 after
// rounding.
static double view_to_double(const IntView *x) {
    uint64_t L = view_bit_length(x);
    if (L <= 64) {
        uint64_t m = bits_at(x->d, x->n, 0);
        if (L <= 53)
            return (double)m;
    }
    if (L > 1024)
        return INFINITY;
    // Keep 54 bits (53 and a rounding bit); the rest is the sticky bit.
    uint64_t shift = L - 54;
    uint64_t top = bits_at(x->d, x->n, shift) & ((UINT64_C(1) << 54) - 1);
    bool sticky = any_bits_below(x->d, x->n, shift);
    uint64_t mant = top >> 1;
    if ((top & 1) && (sticky || (mant & 1)))
        mant++;
    return ldexp((double)mant, (int)shift + 1);
}

int mo_bigint_to_double(Value a, double *out) {
    if (mo_is_smallint(a)) {
        *out = (double)mo_smallint_val(a);
        return 0;
    }
    IntView x;
    mo_bigint_view(a, &x);
    double d = view_to_double(&x);
    if (isinf(d)) {
        mo_err_format(&mo_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = x.neg ? -d : d;
    return 0;
}

double mo_bigint_frexp(Value a, int64_t *e) {
    IntView x;
    mo_bigint_view(a, &x);
    uint64_t L = view_bit_length(&x);
    if (L == 0) {
        *e = 0;
        return 0.0;
    }
    double m;
    if (L <= 53) {
        m = (double)bits_at(x.d, x.n, 0);
        *e = (int64_t)L;
        return ldexp(m, -(int)L);
    }
    uint64_t shift = L - 54;
    uint64_t top = bits_at(x.d, x.n, shift) & ((UINT64_C(1) << 54) - 1);
    bool sticky = any_bits_below(x.d, x.n, shift);
    uint64_t mant = top >> 1;
    if ((top & 1) && (sticky || (mant & 1)))
        mant++;
    // mant < 2^53 or == 2^53 after rounding up.
    *e = (int64_t)L;
    return ldexp((double)mant, -53);
}

Value mo_bigint_from_double(double d) {
    double t = trunc(d);
    if (t >= -140737488355328.0 && t < 140737488355328.0)
        return mo_smallint((int64_t)t);
    bool neg = t < 0;
    int e;
    double f = frexp(fabs(t), &e);      // |t| = f 2^e, 0.5 <= f < 1
    uint64_t m = (uint64_t)ldexp(f, 53);    // exact: 53 bits
    // |t| = m 2^(e - 53) with e >= 48.
    Value mv = from_u64(m, false);
    if (mv == V_ERR)
        return V_ERR;
    Value r = e >= 53 ? mo_bigint_lshift(mv, (uint64_t)(e - 53)) : mo_bigint_rshift(mv, (uint64_t)(53 - e));
    if (r == V_ERR || !neg)
        return r;
    return mo_bigint_neg(r);
}

int mo_bigint_cmp_double(Value a, double d) {
    if (isnan(d))
        return 0;   // callers handle NaN first
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (mo_is_smallint(a)) {
        // Exact: |a| < 2^47 is a double.
        double x = (double)mo_smallint_val(a);
        return x < d ? -1 : x > d ? 1 : 0;
    }
    IntView x;
    mo_bigint_view(a, &x);
    int sa = x.neg ? -1 : 1;
    int sd = d < 0 ? -1 : d > 0 ? 1 : 0;
    if (sa != sd)
        return sa < sd ? -1 : 1;
    // Same sign, |a| >= 2^47. Compare magnitudes by bit length first.
    int e;
    frexp(fabs(d), &e);     // |d| in [2^(e-1), 2^e)
    uint64_t L = view_bit_length(&x);     // |a| in [2^(L-1), 2^L)
    int mc;
    if ((int64_t)L != e) {
        mc = (int64_t)L < e ? -1 : 1;
    } else {
        // Same binary order of magnitude (>= 2^47): compare the integer
        // parts exactly, then any fraction of d.
        double ip = trunc(fabs(d));
        Value iv = mo_bigint_from_double(ip);
        if (iv == V_ERR) {
            mo_err_clear();
            return 0;
        }
        IntView y;
        mo_bigint_view(iv, &y);
        mc = mag_cmp(x.d, x.n, y.d, y.n);
        if (mc == 0 && ip != fabs(d))
            mc = -1;
    }
    return sa > 0 ? mc : -mc;
}

int mo_bigint_truediv(Value a, Value b, double *out) {
    IntView x, y;
    mo_bigint_view(a, &x);
    mo_bigint_view(b, &y);
    bool neg = x.neg != y.neg;
    uint64_t la = view_bit_length(&x), lb = view_bit_length(&y);
    if (la == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    if (la <= 53 && lb <= 53) {
        // Both exact as doubles: one correctly rounded division.
        double q = (double)bits_at(x.d, x.n, 0) / (double)bits_at(y.d, y.n, 0);
        *out = neg ? -q : q;
        return 0;
    }
    // |a/b| is in [2^(e-1), 2^(e+1)) with e = la - lb. Compute
    // q = floor(|a| 2^-s / |b|) with s chosen so that q has 55 or 56 bits
    // (or, for results in the subnormal range, keeps every bit a double
    // can hold), then round q once, half to even, using the remainder as a
    // sticky bit.
    int64_t e = (int64_t)la - (int64_t)lb;
    if (e > 1025)
        goto overflow;
    if (e < -1080) {
        // Below half the smallest subnormal.
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    int64_t s = (e > -1021 ? e : -1021) - 55;
    Value na = mo_bigint_abs(a), nb = mo_bigint_abs(b);
    if (na == V_ERR || nb == V_ERR)
        return -1;
    bool inexact = false;
    if (s < 0) {
        na = mo_bigint_lshift(na, (uint64_t)-s);
    } else if (s > 0) {
        inexact = any_bits_below(x.d, x.n, (uint64_t)s);
        na = mo_bigint_rshift(na, (uint64_t)s);
    }
    if (na == V_ERR)
        return -1;
    Value qv, rv;
    if (mo_bigint_divrem_trunc(na, nb, &qv, &rv) < 0)
        return -1;
    if (rv != mo_smallint(0))
        inexact = true;
    IntView qw;
    mo_bigint_view(qv, &qw);
    uint64_t q = bits_at(qw.d, qw.n, 0);     // < 2^57
    uint64_t lq = view_bit_length(&qw);
    // The result's ulp, in units of 2^s: q * 2^s has exponent lq + s.
    int64_t ulp_exp = ((int64_t)lq + s > -1021 ? (int64_t)lq + s : -1021) - 53;
    int64_t k = ulp_exp - s;    // >= 2 by the choice of s
    uint64_t low = q & ((UINT64_C(1) << k) - 1), half = UINT64_C(1) << (k - 1);
    q -= low;
    if (low > half || (low == half && (inexact || (q >> k) & 1)))
        q += UINT64_C(1) << k;
    double r = ldexp((double)q, (int)s);
    if (isinf(r))
        goto overflow;
    *out = neg ? -r : r;
    return 0;
overflow:
    mo_err_format(&mo_exc_OverflowError, "integer division result too large for a float");
    return -1;
}

// ------------------------------------------------------------------- shifts

Value mo_bigint_lshift(Value a, uint64_t n) {
    IntView x;
    mo_bigint_view(a, &x);
    if (x.n == 0)
        return mo_smallint(0);
    uint64_t ds = n / DIGIT_BITS;
    if (ds > (uint64_t)MAX_DIGITS)
        return mo_err_no_memory();
    int bs = (int)(n % DIGIT_BITS);
    BigIntObject *r = mo_bigint_alloc(x.n + (int64_t)ds + 1);
    if (!r)
        return V_ERR;
    mag_shl(r->digits + ds, x.d, x.n, bs);
    return mo_bigint_finish(r, x.n + (int64_t)ds + 1, x.neg);
}

Value mo_bigint_rshift(Value a, uint64_t n) {
    IntView x;
    mo_bigint_view(a, &x);
    uint64_t ds = n / DIGIT_BITS;
    if (ds >= (uint64_t)x.n)
        return mo_smallint(x.neg ? -1 : 0);
    int bs = (int)(n % DIGIT_BITS);
    int64_t rn = x.n - (int64_t)ds;
    BigIntObject *r = mo_bigint_alloc(rn + 1);
    if (!r)
        return V_ERR;
    mag_shr(r->digits, x.d + ds, rn, bs);
    // Negative numbers round towards -inf: add one if any bit fell off.
    if (x.neg && any_bits_below(x.d, x.n, n)) {
        Digit one = 1;
        mag_add_in(r->digits, rn + 1, &one, 1);
    }
    return mo_bigint_finish(r, rn + 1, x.neg);
}

// ------------------------------------------------------------ bitwise ops

// The n-digit two's complement of x (n > x->n).
static void to_twos(Digit *r, const IntView *x, int64_t n) {
    memcpy(r, x->d, (size_t)x->n * sizeof(Digit));
    memset(r + x->n, 0, (size_t)(n - x->n) * sizeof(Digit));
    if (x->neg) {
        TwoDigits c = 1;
        for (int64_t i = 0; i < n; i++) {
            c += (Digit)~r[i];
            r[i] = (Digit)c;
            c >>= DIGIT_BITS;
        }
    }
}

Value mo_bigint_bitop(Value a, Value b, int op) {
    IntView x, y;
    mo_bigint_view(a, &x);
    mo_bigint_view(b, &y);
    if (!x.neg && !y.neg) {
        // Both non-negative (masks, flags): digit by digit, no two's
        // complement and no scratch.
        const IntView *l = x.n >= y.n ? &x : &y, *s = x.n >= y.n ? &y : &x;
        int64_t n = op == MO_OP_AND ? s->n : l->n;
        BigIntObject *r = mo_bigint_alloc(n);
        if (!r)
            return V_ERR;
        Digit *d = r->digits;
        int64_t i = 0;
        if (op == MO_OP_AND) {
            for (; i < n; i++)
                d[i] = l->d[i] & s->d[i];
        } else {
            if (op == MO_OP_OR)
                for (; i < s->n; i++)
                    d[i] = l->d[i] | s->d[i];
            else
                for (; i < s->n; i++)
                    d[i] = l->d[i] ^ s->d[i];
            memcpy(d + i, l->d + i, (size_t)(n - i) * sizeof(Digit));
        }
        return mo_bigint_finish(r, n, false);
    }
    int64_t n = (x.n > y.n ? x.n : y.n) + 1;
    BigIntObject *r = mo_bigint_alloc(n);
    if (!r)
        return V_ERR;
    Scratch s;
    Digit *t = scratch_get(&s, n);
    if (!t)
        return V_ERR;
    to_twos(r->digits, &x, n);
    to_twos(t, &y, n);
    Digit *d = r->digits;
    switch (op) {
    case MO_OP_AND:
        for (int64_t i = 0; i < n; i++)
            d[i] &= t[i];
        break;
    case MO_OP_OR:
        for (int64_t i = 0; i < n; i++)
            d[i] |= t[i];
        break;
    default:
        for (int64_t i = 0; i < n; i++)
            d[i] ^= t[i];
        break;
    }
    scratch_free(&s);
    bool neg = d[n - 1] >> (DIGIT_BITS - 1);
    if (neg) {
        TwoDigits c = 1;
        for (int64_t i = 0; i < n; i++) {
            c += (Digit)~d[i];
            d[i] = (Digit)c;
            c >>= DIGIT_BITS;
        }
    }
    return mo_bigint_finish(r, n, neg);
}

Value mo_bigint_invert(Value a) {
    // ~a == -(a + 1)
    if (mo_is_smallint(a))
        return mo_smallint(~mo_smallint_val(a));
    Value t = mo_bigint_add(a, mo_smallint(1));
    return t == V_ERR ? V_ERR : mo_bigint_neg(t);
}

// ------------------------------------------------------------- comparisons

int mo_bigint_sign(Value a) {
    if (mo_is_smallint(a)) {
        int64_t i = mo_smallint_val(a);
        return (i > 0) - (i < 0);
    }
    return (mo_bigint_obj(a)->hdr.aux & 1) ? -1 : 1;
}

int mo_bigint_cmp(Value a, Value b) {
    if (mo_both_smallint(a, b)) {
        int64_t x = mo_smallint_val(a), y = mo_smallint_val(b);
        return (x > y) - (x < y);
    }
    IntView x, y;
    mo_bigint_view(a, &x);
    mo_bigint_view(b, &y);
    int sx = x.n == 0 ? 0 : x.neg ? -1 : 1, sy = y.n == 0 ? 0 : y.neg ? -1 : 1;
    if (sx != sy)
        return sx < sy ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return sx < 0 ? -c : c;
}

int64_t mo_bigint_hash(Value a) {
    if (mo_is_smallint(a))
        return mo_hash_int64(mo_smallint_val(a));
    IntView x;
    mo_bigint_view(a, &x);
    // h = |a| mod P, P = 2^61 - 1, folded from the top digit down:
    // h 2^32 mod P rotates h's 61 bits left by 32 (2^61 = 1 mod P).
    const uint64_t P = MO_HASH_MODULUS;
    uint64_t h = 0;
    for (int64_t i = x.n - 1; i >= 0; i--) {
        h = ((h << DIGIT_BITS) & P) | (h >> (61 - DIGIT_BITS));
        h += x.d[i];
        if (h >= P)
            h -= P;
    }
    int64_t r = x.neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

// ---------------------------------------------------------------- powers

Value mo_bigint_pow(Value a, uint64_t e) {
    IntView x;
    mo_bigint_view(a, &x);
    bool neg = x.neg && (e & 1);
    if (e == 0)
        return mo_smallint(1);
    if (x.n == 0)
        return mo_smallint(0);
    if (x.n == 1 && x.d[0] == 1)
        return mo_smallint(neg ? -1 : 1);
    uint64_t bits = view_bit_length(&x);
    // A power of two is a shift.
    if (mo_bigint_bit_count(a) == 1) {
        uint64_t sh;
        if (__builtin_mul_overflow(bits - 1, e, &sh) || sh / DIGIT_BITS > (uint64_t)MAX_DIGITS)
            return mo_err_no_memory();
        Value r = mo_bigint_lshift(mo_smallint(1), sh);
        return neg && r != V_ERR ? mo_bigint_neg(r) : r;
    }
    uint64_t total;
    if (__builtin_mul_overflow(bits, e, &total) || total / DIGIT_BITS + 2 > (uint64_t)MAX_DIGITS)
        return mo_err_no_memory();
    int64_t cap = (int64_t)(total / DIGIT_BITS) + 2;
    Digit *p = digits_alloc(cap), *q = digits_alloc(cap);
    if (!p || !q) {
        digits_free(p, cap);
        digits_free(q, cap);
        return V_ERR;
    }
    // Left to right: for each bit after the top one, square, then multiply
    // by a when the bit is set.
    memcpy(p, x.d, (size_t)x.n * sizeof(Digit));
    int64_t pn = x.n;
    int top = 63 - __builtin_clzll(e);
    int rc = 0;
    for (int i = top - 1; i >= 0 && rc == 0; i--) {
        rc = mag_mul(q, p, pn, p, pn);
        int64_t qn = trim(q, 2 * pn);
        Digit *t = p;
        p = q;
        q = t;
        pn = qn;
        if (rc == 0 && ((e >> i) & 1)) {
            rc = mag_mul(q, p, pn, x.d, x.n);
            qn = trim(q, pn + x.n);
            t = p;
            p = q;
            q = t;
            pn = qn;
        }
    }
    Value r = rc < 0 ? V_ERR : mo_bigint_from_mag(p, pn, neg);
    digits_free(p, cap);
    digits_free(q, cap);
    return r;
}

// Reduction modulo a fixed m: the divisor is normalised once.
typedef struct ModCtx {
    const Digit *m;
    int64_t n;
    Digit *u;           // 2n + 1 digits of work space
    Digit *v;           // the normalised divisor
    int s;
} ModCtx;

// x[0 .. xn) mod m into r[0 .. n); returns the trimmed length.
static int64_t mod_reduce(ModCtx *c, Digit *r, const Digit *x, int64_t xn) {
    int64_t n = c->n;
    xn = trim(x, xn);
    if (mag_cmp(x, xn, c->m, n) < 0) {
        memcpy(r, x, (size_t)xn * sizeof(Digit));
        return xn;
    }
    if (n == 1) {
        r[0] = mag_divrem1(c->u, x, xn, c->m[0]);
        return r[0] ? 1 : 0;
    }
    Digit *u = c->u, *v = c->v;
    mag_shl(u, x, xn, c->s);
    TwoDigits vtop = v[n - 1], vnext = v[n - 2];
    for (int64_t j = xn - n; j >= 0; j--) {
        Digit *uj = u + j;
        TwoDigits num = ((TwoDigits)uj[n] << DIGIT_BITS) | uj[n - 1];
        TwoDigits qhat = num / vtop, rhat = num % vtop;
        while (qhat >> DIGIT_BITS || qhat * vnext > ((rhat << DIGIT_BITS) | uj[n - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >> DIGIT_BITS)
                break;
        }
        TwoDigits carry = 0;
        Digit borrow = 0;
        for (int64_t i = 0; i < n; i++) {
            TwoDigits p = qhat * v[i] + carry;
            carry = p >> DIGIT_BITS;
            TwoDigits t = (TwoDigits)uj[i] - (Digit)p - borrow;
            uj[i] = (Digit)t;
            borrow = (Digit)(t >> 63);
        }
        TwoDigits t = (TwoDigits)uj[n] - carry - borrow;
        uj[n] = (Digit)t;
        if (t >> 63) {
            TwoDigits cc = 0;
            for (int64_t i = 0; i < n; i++) {
                cc += (TwoDigits)uj[i] + v[i];
                uj[i] = (Digit)cc;
                cc >>= DIGIT_BITS;
            }
            uj[n] += (Digit)cc;
        }
    }
    mag_shr(r, u, n, c->s);
    return trim(r, n);
}

Value mo_bigint_powmod(Value a, Value e, Value m) {
    if (mo_is_smallint(m) && mo_is_smallint(a) && mo_is_smallint(e)) {
        // Single-word modulus: everything fits in 64-bit products when
        // m < 2^32; otherwise use the general path.
        uint64_t mm = (uint64_t)mo_smallint_val(m);
        if (mm <= UINT32_MAX) {
            if (mm == 1)
                return mo_smallint(0);
            int64_t ai = mo_smallint_val(a) % (int64_t)mm;
            uint64_t base = (uint64_t)(ai < 0 ? ai + (int64_t)mm : ai), r = 1;
            uint64_t ex = (uint64_t)mo_smallint_val(e);
            while (ex) {
                if (ex & 1)
                    r = r * base % mm;
                base = base * base % mm;
                ex >>= 1;
            }
            return mo_smallint((int64_t)r);
        }
    }
    IntView mv, ev;
    mo_bigint_view(m, &mv);
    mo_bigint_view(e, &ev);
    if (mv.n == 1 && mv.d[0] == 1)
        return mo_smallint(0);
    // The base, reduced into [0, m).
    Value base;
    if (mo_bigint_divmod(a, m, NULL, &base) < 0)
        return V_ERR;
    IntView bv;
    mo_bigint_view(base, &bv);
    int64_t n = mv.n;
    if (ev.n == 0)
        return mo_smallint(1);
    if (bv.n == 0)
        return mo_smallint(0);
    ModCtx c = {.m = mv.d, .n = n, .s = clz_digit(mv.d[n - 1])};
    int64_t cap = 2 * n + 2;
    Digit *work = digits_alloc(cap * 2 + n + 1), *p = digits_alloc(cap), *q = digits_alloc(cap);
    Value r = V_ERR;
    if (!work || !p || !q)
        goto done;
    c.u = work;
    c.v = work + cap * 2;
    mag_shl(c.v, mv.d, n, c.s);
    memcpy(p, bv.d, (size_t)bv.n * sizeof(Digit));
    int64_t pn = bv.n;
    uint64_t ebits = view_bit_length(&ev);
    for (int64_t i = (int64_t)ebits - 2; i >= 0; i--) {
        if (mag_mul(q, p, pn, p, pn) < 0)
            goto done;
        pn = mod_reduce(&c, p, q, 2 * pn);
        if ((ev.d[i / DIGIT_BITS] >> (i % DIGIT_BITS)) & 1) {
            if (pn == 0)
                break;
            if (mag_mul(q, p, pn, bv.d, bv.n) < 0)
                goto done;
            pn = mod_reduce(&c, p, q, pn + bv.n);
        }
        if (pn == 0)
            break;
    }
    r = mo_bigint_from_mag(p, pn, false);
done:
    digits_free(work, cap * 2 + n + 1);
    digits_free(p, cap);
    digits_free(q, cap);
    return r;
}

// ---------------------------------------------------------- gcd and isqrt

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    if (!a)
        return b;
    if (!b)
        return a;
    int s = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    do {
        b >>= __builtin_ctzll(b);
        if (a > b) {
            uint64_t t = a;
            a = b;
            b = t;
        }
        b -= a;
    } while (b);
    return a << s;
}

Value mo_bigint_gcd(Value a, Value b) {
    a = mo_bigint_abs(a);
    b = mo_bigint_abs(b);
    if (a == V_ERR || b == V_ERR)
        return V_ERR;
    // Euclid with algorithm D until both fit in 64 bits, then binary gcd.
    for (;;) {
        IntView x, y;
        mo_bigint_view(a, &x);
        mo_bigint_view(b, &y);
        if (x.n <= 2 && y.n <= 2)
            return from_u64(gcd_u64(bits_at(x.d, x.n, 0), bits_at(y.d, y.n, 0)), false);
        if (y.n == 0)
            return a;
        Value r;
        if (mo_bigint_divrem_trunc(a, b, NULL, &r) < 0)
            return V_ERR;
        a = b;
        b = r;
    }
}

Value mo_bigint_isqrt(Value a) {
    uint64_t L = mo_bigint_bit_length(a);
    if (L <= 52) {
        // Below 2^52 the double square root is within one of the answer.
        IntView x;
        mo_bigint_view(a, &x);
        int64_t v = (int64_t)bits_at(x.d, x.n, 0);
        int64_t r = (int64_t)sqrt((double)v);
        while (r * r > v)
            r--;
        while ((r + 1) * (r + 1) <= v)
            r++;
        return mo_smallint(r);
    }
    // Newton's iteration from above: x0 = 2^ceil(L/2) >= sqrt(a), then
    // x <- (x + a // x) // 2 decreases until it stops; the last x is the
    // floor of the square root.
    Value x = mo_bigint_lshift(mo_smallint(1), (L + 1) / 2);
    if (x == V_ERR)
        return V_ERR;
    for (;;) {
        Value q;
        if (mo_bigint_divrem_trunc(a, x, &q, NULL) < 0)
            return V_ERR;
        Value y = mo_bigint_add(x, q);
        if (y == V_ERR)
            return V_ERR;
        y = mo_bigint_rshift(y, 1);
        if (y == V_ERR)
            return V_ERR;
        if (mo_bigint_cmp(y, x) >= 0)
            return x;
        x = y;
    }
}

// -------------------------------------------------------------------- text

static const char hexdigits[] = "0123456789abcdef";

static int to_str_pow2(const IntView *x, int bits, StrBuf *out) {
    uint64_t L = view_bit_length(x);
    if (L == 0) {
        mo_strbuf_putc(out, '0');
        return 0;
    }
    uint64_t nd = (L + (uint64_t)bits - 1) / (uint64_t)bits;
    if (!mo_strbuf_reserve(out, nd + 2))
        return mo_err_no_memory(), -1;
    if (x->neg)
        mo_strbuf_putc(out, '-');
    char *p = out->data + out->len;
    unsigned mask = (1u << bits) - 1;
    for (uint64_t i = 0; i < nd; i++) {
        uint64_t pos = (nd - 1 - i) * (uint64_t)bits;
        p[i] = hexdigits[bits_at(x->d, x->n, pos) & mask];
    }
    out->len += nd;
    out->data[out->len] = 0;
    return 0;
}

static Value limit_error_to_str(int64_t limit) {
    return mo_err_format(&mo_exc_ValueError,
                         "Exceeds the limit (%lld digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         (long long)limit);
}

static int to_str_decimal(const IntView *x, int64_t limit, StrBuf *out) {
    if (x->n == 0) {
        mo_strbuf_putc(out, '0');
        return 0;
    }
    uint64_t L = view_bit_length(x);
    // L bits have at least floor((L - 1) log10 2) + 1 digits: refuse before
    // converting when even that exceeds the limit.
    if (limit > 0 && (double)(L - 1) * 0.30102999566398120 > (double)limit + 1) {
        limit_error_to_str(limit);
        return -1;
    }
    // Base 10^9 chunks, least significant first.
    int64_t nchunks = (int64_t)(L / 29) + 2;
    Scratch sa, sc;
    Digit *a = scratch_get(&sa, x->n);
    if (!a)
        return -1;
    Digit *chunks = scratch_get(&sc, nchunks);
    if (!chunks) {
        scratch_free(&sa);
        return -1;
    }
    memcpy(a, x->d, (size_t)x->n * sizeof(Digit));
    int64_t n = x->n, k = 0;
    while (n > 0) {
        chunks[k++] = mag_divrem_1e9(a, n);
        n = trim(a, n);
    }
    scratch_free(&sa);
    // Digits: the top chunk without leading zeros, then 9 per chunk.
    char top[16];
    int tn = 0;
    for (Digit t = chunks[k - 1]; t; t /= 10)
        top[tn++] = (char)('0' + t % 10);
    int64_t ndigits = tn + 9 * (k - 1);
    if (limit > 0 && ndigits > limit) {
        scratch_free(&sc);
        limit_error_to_str(limit);
        return -1;
    }
    if (!mo_strbuf_reserve(out, (size_t)ndigits + 2)) {
        scratch_free(&sc);
        mo_err_no_memory();
        return -1;
    }
    char *p = out->data + out->len;
    if (x->neg)
        *p++ = '-';
    while (tn)
        *p++ = top[--tn];
    for (int64_t i = k - 2; i >= 0; i--) {
        Digit c = chunks[i];
        for (int j = 8; j >= 0; j--) {
            p[j] = (char)('0' + c % 10);
            c /= 10;
        }
        p += 9;
    }
    out->len = (size_t)(p - out->data);
    *p = 0;
    scratch_free(&sc);
    return 0;
}

int mo_bigint_to_strbuf(Value a, int base, int64_t limit, StrBuf *out) {
    IntView x;
    mo_bigint_view(a, &x);
    switch (base) {
    case 2: return to_str_pow2(&x, 1, out);
    case 8: return to_str_pow2(&x, 3, out);
    case 16: return to_str_pow2(&x, 4, out);
    default: return to_str_decimal(&x, limit, out);
    }
}

Value mo_bigint_from_digits(const uint8_t *digits, size_t n, int base, bool neg) {
    // Skip leading zeros: they change nothing and would cost time.
    while (n > 1 && digits[0] == 0) {
        digits++;
        n--;
    }
    if (n <= 12 || (base <= 16 && n <= 11)) {
        uint64_t v = 0;
        for (size_t i = 0; i < n; i++)
            v = v * (uint64_t)base + digits[i];
        if (v < (UINT64_C(1) << 62))
            return mo_int_from_i64(neg ? -(int64_t)v : (int64_t)v);
    }
    if ((base & (base - 1)) == 0) {
        // Power of two: pack the bits, least significant first.
        int bits = __builtin_ctz((unsigned)base);
        int64_t nd = (int64_t)(((uint64_t)n * (uint64_t)bits + DIGIT_BITS - 1) / DIGIT_BITS) + 1;
        BigIntObject *r = mo_bigint_alloc(nd);
        if (!r)
            return V_ERR;
        uint64_t acc = 0;
        int accbits = 0;
        int64_t k = 0;
        for (size_t i = n; i-- > 0;) {
            acc |= (uint64_t)digits[i] << accbits;
            accbits += bits;
            if (accbits >= DIGIT_BITS) {
                r->digits[k++] = (Digit)acc;
                acc >>= DIGIT_BITS;
                accbits -= DIGIT_BITS;
            }
        }
        if (accbits)
            r->digits[k++] = (Digit)acc;
        return mo_bigint_finish(r, k, neg);
    }
    // Horner's rule, several digits per step: chunk = base^per < 2^32.
    int per = 0;
    TwoDigits chunk = 1;
    while (chunk * (TwoDigits)base <= UINT32_MAX) {
        chunk *= (TwoDigits)base;
        per++;
    }
    double bits_per_digit = log2((double)base);
    int64_t nd = (int64_t)((double)n * bits_per_digit / DIGIT_BITS) + 2;
    BigIntObject *r = mo_bigint_alloc(nd);
    if (!r)
        return V_ERR;
    int64_t used = 0;
    size_t i = 0;
    // The first chunk takes the leftover digits so the rest are full.
    size_t first = n % (size_t)per;
    if (first == 0)
        first = (size_t)per;
    while (i < n) {
        size_t take = i == 0 ? first : (size_t)per;
        Digit c = 0;
        Digit mul = 1;
        for (size_t j = 0; j < take; j++) {
            c = c * (Digit)base + digits[i + j];
            mul *= (Digit)base;
        }
        i += take;
        Digit carry = mag_mul1_add(r->digits, used, mul, c);
        if (carry)
            r->digits[used++] = carry;
    }
    return mo_bigint_finish(r, nd, neg);
}

// ------------------------------------------------------------------- bytes

int mo_bigint_to_bytes(Value a, uint8_t *buf, size_t n, bool is_signed) {
    IntView x;
    mo_bigint_view(a, &x);
    if (x.neg && !is_signed) {
        mo_err_format(&mo_exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    uint64_t L = view_bit_length(&x);
    // Bits needed: L (+1 for the sign when signed, except -2^k which has
    // exactly L bits in two's complement).
    uint64_t need = L;
    if (is_signed && L) {
        bool pow2_neg = x.neg && mo_bigint_bit_count(a) == 1;
        if (!pow2_neg)
            need++;
    }
    if (need > (uint64_t)n * 8) {
        mo_err_format(&mo_exc_OverflowError, "int too big to convert");
        return -1;
    }
    // Magnitude bytes, then negate in place for negative values.
    for (size_t i = 0; i < n; i++) {
        int64_t di = (int64_t)(i / 4);
        buf[i] = di < x.n ? (uint8_t)(x.d[di] >> (8 * (i % 4))) : 0;
    }
    if (x.neg) {
        unsigned c = 1;
        for (size_t i = 0; i < n; i++) {
            c += (uint8_t)~buf[i];
            buf[i] = (uint8_t)c;
            c >>= 8;
        }
    }
    return 0;
}

Value mo_bigint_from_bytes(const uint8_t *buf, size_t n, bool is_signed) {
    bool neg = is_signed && n && (buf[n - 1] & 0x80);
    int64_t nd = (int64_t)((n + 3) / 4) + 1;
    BigIntObject *r = mo_bigint_alloc(nd);
    if (!r)
        return V_ERR;
    for (size_t i = 0; i < n; i++)
        r->digits[i / 4] |= (Digit)buf[i] << (8 * (i % 4));
    if (neg) {
        // Sign-extend to the full digit width, then negate.
        for (size_t i = n; i < (size_t)(nd * 4); i++)
            r->digits[i / 4] |= (Digit)0xFF << (8 * (i % 4));
        TwoDigits c = 1;
        for (int64_t i = 0; i < nd; i++) {
            c += (Digit)~r->digits[i];
            r->digits[i] = (Digit)c;
            c >>= DIGIT_BITS;
        }
    }
    return mo_bigint_finish(r, nd, neg);
}
