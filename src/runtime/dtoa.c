// src/runtime/dtoa.c — exact conversions between doubles and decimal text.
//
// Three engines, from simplest to fastest:
//
//   * Exact expansion. A finite double is m x 2^e with integers m, e, so its
//     decimal expansion is finite: m x 2^e digits when e >= 0, or the digits
//     of m x 5^-e shifted -e places when e < 0. A small big-number type in
//     base 10^9 (`Big`) computes it outright; at most 767 significant
//     digits. Rounding that string (half to even) gives every fixed-precision
//     result exactly: format(x, '.3f'), '%e', round(x, n). When the
//     shortest digits already decide the rounding (see mo_dtoa_rounded),
//     they are rounded instead, which is much cheaper.
//
//   * Exact shortest digits (`mo_dtoa_shortest_exact`). The doubles that read
//     back as x are those in the rounding interval around x, whose ends are
//     x -+ half a unit in the last place (a quarter below, when x is a power
//     of two and its lower neighbour is closer) and which includes its ends
//     exactly when m is even (strtod rounds ties to even). Expanding both
//     ends and x to decimal with the same scale, the shortest output is the
//     coarsest power-of-ten grid with a point inside the interval; among the
//     grid points inside, Python picks the one nearest x, ties to even.
//
//   * The fast path (`grisu_shortest`), after Loitsch's Grisu3: the interval
//     ends are scaled by a cached 64-bit power of ten so that digits fall
//     out of integer arithmetic, with an error of under one unit. Digits are
//     generated from the top of the widened ("unsafe") interval until a
//     grid point fits, then moved toward x; whenever the error could change
//     the answer (the candidate is near an interval end, or the nearest grid
//     point is ambiguous) it gives up, and the exact engine answers. That
//     happens for 0.2% to 2% of doubles, depending on the mix;
//     tests/unit/test_dtoa.c checks that the two engines agree on millions
//     of random doubles.
//
// Parsing checks Python's grammar here (underscores, inf/nan, whitespace)
// and reduces the input to "DIGITSe<exp>", with at most 800 significant
// digits plus a sticky digit, for a Clinger fast path (exact when the digits
// and the power of ten are both exact doubles) or the C library's strtod,
// which glibc and musl round correctly. The string has no decimal point, so
// the locale cannot matter.
//
// Invariants: no function here allocates; every buffer is bounded by
// MO_DTOA_MAX_DIGITS or the Big capacity, which the largest doubles fit.
#include "runtime/dtoa.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

// ------------------------------------------------------------ the double

// |x| = m x 2^e with m < 2^53. `lower_closer` is true when x is a power of
// two above the smallest normal, so its lower neighbour is half as far away
// as its upper one.
typedef struct Decomposed {
    uint64_t m;
    int e;
    bool lower_closer;
} Decomposed;

static Decomposed decompose(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7FF);
    uint64_t fraction = bits & ((UINT64_C(1) << 52) - 1);
    Decomposed d;
    if (biased == 0) {
        d.m = fraction;
        d.e = -1074;
    } else {
        d.m = fraction | (UINT64_C(1) << 52);
        d.e = biased - 1075;
    }
    d.lower_closer = fraction == 0 && biased > 1;
    return d;
}

// ---------------------------------------------------------- big numbers

// A non-negative integer in base 10^9, least significant word first. The
// largest value needed is (4m + 2) x 5^1076 < 10^770, i.e. 86 words.
#define BIG_BASE 1000000000u
#define BIG_WORDS 90

typedef struct Big {
    int n;  // words in use; w[n - 1] != 0 unless n == 0
    uint32_t w[BIG_WORDS];
} Big;

static void big_set(Big *b, uint64_t v) {
    b->n = 0;
    while (v) {
        b->w[b->n++] = (uint32_t)(v % BIG_BASE);
        v /= BIG_BASE;
    }
}

// b *= k, for k <= 2^32 (so a word times k plus the carry fits 64 bits).
static void big_mul(Big *b, uint64_t k) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = b->w[i] * k + carry;
        carry = t / BIG_BASE;
        b->w[i] = (uint32_t)(t - carry * BIG_BASE);
    }
    while (carry) {
        b->w[b->n++] = (uint32_t)(carry % BIG_BASE);
        carry /= BIG_BASE;
    }
}

static void big_mul_pow5(Big *b, int k) {
    static const uint32_t pow5[14] = {1,         5,          25,        125,     625,
                                      3125,      15625,      78125,     390625,  1953125,
                                      9765625,   48828125,   244140625, 1220703125};
    for (; k >= 13; k -= 13)
        big_mul(b, pow5[13]);
    if (k)
        big_mul(b, pow5[k]);
}

static void big_mul_pow2(Big *b, int k) {
    for (; k >= 32; k -= 32)
        big_mul(b, UINT64_C(1) << 32);
    if (k)
        big_mul(b, UINT64_C(1) << k);
}

// Writes the decimal digits of b (no leading zeros; "" for zero).
static int big_digits(const Big *b, char *out) {
    if (b->n == 0)
        return 0;
    char tmp[10];
    int k = 0;
    for (uint32_t top = b->w[b->n - 1]; top; top /= 10)
        tmp[k++] = (char)('0' + top % 10);
    int n = 0;
    while (k)
        out[n++] = tmp[--k];
    for (int i = b->n - 2; i >= 0; i--) {
        uint32_t v = b->w[i];
        for (int j = 8; j >= 0; j--) {
            out[n + j] = (char)('0' + v % 10);
            v /= 10;
        }
        n += 9;
    }
    return n;
}

// The digits N of mult x 2^e2 and a scale s with mult x 2^e2 = N x 10^s:
// s = 0 when e2 >= 0, else N = mult x 5^-e2 and s = e2.
static int scaled_digits(uint64_t mult, int e2, char *out, int *scale) {
    Big b;
    big_set(&b, mult);
    if (e2 >= 0) {
        big_mul_pow2(&b, e2);
        *scale = 0;
    } else {
        big_mul_pow5(&b, -e2);
        *scale = e2;
    }
    return big_digits(&b, out);
}

// ------------------------------------------------------ exact expansion

static int strip_trailing_zeros(const char *d, int n) {
    while (n > 0 && d[n - 1] == '0')
        n--;
    return n;
}

// The exact digits of |x| (finite, nonzero), at most 767 of them.
static int exact_digits(double x, char *out, int *decpt) {
    Decomposed d = decompose(x);
    uint64_t m = d.m;
    int e = d.e;
    // An odd m keeps the big numbers as small as they can be.
    while (!(m & 1)) {
        m >>= 1;
        e++;
    }
    int scale;
    int n = scaled_digits(m, e, out, &scale);
    *decpt = n + scale;
    return strip_trailing_zeros(out, n);
}

// Rounds d[0..n) (no trailing zeros; value 0.d x 10^decpt) to its first
// `keep` digits, half to even. Returns the new length, without trailing
// zeros; a carry out of the top digit bumps *decpt.
static int round_digits(char *d, int n, int keep, int *decpt) {
    if (keep >= n)
        return n;
    if (keep < 0)
        return 0;
    bool up;
    if (d[keep] != '5')
        up = d[keep] > '5';
    else if (keep + 1 < n)
        up = true;  // something nonzero follows the 5 (no trailing zeros)
    else
        up = keep > 0 && ((d[keep - 1] - '0') & 1);  // an exact tie
    if (!up)
        return strip_trailing_zeros(d, keep);
    int i = keep - 1;
    while (i >= 0 && d[i] == '9')
        i--;
    if (i < 0) {
        // All nines (or keep == 0): the result is a single 1, one place up.
        d[0] = '1';
        *decpt += 1;
        return 1;
    }
    d[i]++;
    return i + 1;
}

int mo_dtoa_rounded(double x, DtoaMode mode, int ndigits, char digits[MO_DTOA_MAX_DIGITS],
                    int *decpt) {
    if (x == 0) {
        *decpt = 0;
        return 0;
    }
    // Fast path: round the shortest digits s instead of the exact value x
    // when that provably gives the same answer. A rounding boundary M lying
    // strictly between x and s would be inside x's rounding interval, so it
    // would read back as x; M has at most keep + 1 digits. With s two or
    // more digits longer than `keep`, M would be shorter than the shortest;
    // with s one digit longer, M would be as short as s but nearer x,
    // unless s itself ends in the 5 that makes it a boundary.
    if (mode == MO_DTOA_SIGNIFICANT && ndigits < 1)
        ndigits = 1;
    // Past +-2000 places nothing changes (decpt is within [-323, 310] and
    // there are at most 767 digits), and `decpt + ndigits` cannot overflow.
    if (mode == MO_DTOA_FIXED && ndigits > 2000)
        ndigits = 2000;
    if (mode == MO_DTOA_FIXED && ndigits < -2000)
        ndigits = -2000;
    int n = mo_dtoa_shortest(x, digits, decpt);
    int keep = mode == MO_DTOA_SIGNIFICANT ? ndigits : *decpt + ndigits;
    if (keep <= n - 2 || (keep == n - 1 && digits[n - 1] != '5'))
        return round_digits(digits, n, keep, decpt);
    n = exact_digits(x, digits, decpt);
    keep = mode == MO_DTOA_SIGNIFICANT ? ndigits : *decpt + ndigits;
    return round_digits(digits, n, keep, decpt);
}

// ------------------------------------------------ exact shortest digits

// See the file comment. Works on the digit strings of the interval ends and
// of x, all multiples of 2^(e-2), left-padded to the same length.
static int shortest_from_parts(Decomposed d, char *out, int *decpt) {
    char lo[MO_DTOA_MAX_DIGITS], mid[MO_DTOA_MAX_DIGITS], hi[MO_DTOA_MAX_DIGITS];
    bool inclusive = (d.m & 1) == 0;
    int scale;
    int n = scaled_digits(4 * d.m + 2, d.e - 2, hi, &scale);
    int nl = scaled_digits(4 * d.m - (d.lower_closer ? 1 : 2), d.e - 2, lo, &scale);
    int nx = scaled_digits(4 * d.m, d.e - 2, mid, &scale);
    memmove(lo + (n - nl), lo, (size_t)nl);
    memset(lo, '0', (size_t)(n - nl));
    memmove(mid + (n - nx), mid, (size_t)nx);
    memset(mid, '0', (size_t)(n - nx));

    int last_lo = n - 1, last_hi = n - 1;
    while (last_lo >= 0 && lo[last_lo] == '0')
        last_lo--;
    while (last_hi >= 0 && hi[last_hi] == '0')
        last_hi--;

    // Keeping j leading digits means the grid 10^(n-j). The grid points in
    // the interval are lq + adj_lo .. hq - adj_hi, where lq and hq are the
    // j-digit prefixes of the ends; `span` = hq - lq and `offset` = xq - lq
    // stay small: the loop ends as soon as span >= 2, so span <= 19.
    int j, span = 0, offset = 0, adj_lo = 0, adj_hi = 0;
    for (j = 1; j <= n; j++) {
        span = span * 10 + (hi[j - 1] - lo[j - 1]);
        offset = offset * 10 + (mid[j - 1] - lo[j - 1]);
        adj_lo = (last_lo >= j || !inclusive) ? 1 : 0;
        adj_hi = (last_hi < j && !inclusive) ? 1 : 0;
        if (span >= adj_lo + adj_hi)
            break;
    }
    // The grid point nearest x, ties to even, clamped into the interval.
    int up = 0;
    if (j < n) {
        if (mid[j] != '5') {
            up = mid[j] > '5';
        } else {
            bool more = false;
            for (int k = j + 1; k < n && !more; k++)
                more = mid[k] != '0';
            up = more || ((mid[j - 1] - '0') & 1);
        }
    }
    int t = offset + up;
    if (t < adj_lo)
        t = adj_lo;
    if (t > span - adj_hi)
        t = span - adj_hi;

    // result = lq + t, as j digits (plus a possible carry digit in front).
    char r[MO_DTOA_MAX_DIGITS + 1];
    memcpy(r + 1, lo, (size_t)j);
    r[0] = '0';
    int carry = t;
    for (int k = j; k >= 0 && carry; k--) {
        int v = r[k] - '0' + carry;
        r[k] = (char)('0' + v % 10);
        carry = v / 10;
    }
    int first = 0;
    while (first <= j && r[first] == '0')
        first++;
    int len = j + 1 - first;
    *decpt = len + (n - j) + scale;
    len = strip_trailing_zeros(r + first, len);
    memcpy(out, r + first, (size_t)len);
    return len;
}

int mo_dtoa_shortest_exact(double x, char digits[MO_DTOA_SHORTEST_SIZE], int *decpt) {
    return shortest_from_parts(decompose(x), digits, decpt);
}

// -------------------------------------------------- the fast (Grisu) path

// f x 2^e, with a 64-bit f.
typedef struct DiyFp {
    uint64_t f;
    int e;
} DiyFp;

typedef struct CachedPower {
    uint64_t f;
    int e;
} CachedPower;

// BEGIN cached powers (generated by tests/format/gen_powers.py)
#define CACHED_FIRST (-348)
#define CACHED_STEP 8
#define CACHED_COUNT 88
static const CachedPower cached_powers[CACHED_COUNT] = {
    {0xfa8fd5a0081c0288u, -1220},  // 1e-348
    {0xbaaee17fa23ebf76u, -1193},  // 1e-340
    {0x8b16fb203055ac76u, -1166},  // 1e-332
    {0xcf42894a5dce35eau, -1140},  // 1e-324
    {0x9a6bb0aa55653b2du, -1113},  // 1e-316
    {0xe61acf033d1a45dfu, -1087},  // 1e-308
    {0xab70fe17c79ac6cau, -1060},  // 1e-300
    {0xff77b1fcbebcdc4fu, -1034},  // 1e-292
    {0xbe5691ef416bd60cu, -1007},  // 1e-284
    {0x8dd01fad907ffc3cu, -980},  // 1e-276
    {0xd3515c2831559a83u, -954},  // 1e-268
    {0x9d71ac8fada6c9b5u, -927},  // 1e-260
    {0xea9c227723ee8bcbu, -901},  // 1e-252
    {0xaecc49914078536du, -874},  // 1e-244
    {0x823c12795db6ce57u, -847},  // 1e-236
    {0xc21094364dfb5637u, -821},  // 1e-228
    {0x9096ea6f3848984fu, -794},  // 1e-220
    {0xd77485cb25823ac7u, -768},  // 1e-212
    {0xa086cfcd97bf97f4u, -741},  // 1e-204
    {0xef340a98172aace5u, -715},  // 1e-196
    {0xb23867fb2a35b28eu, -688},  // 1e-188
    {0x84c8d4dfd2c63f3bu, -661},  // 1e-180
    {0xc5dd44271ad3cdbau, -635},  // 1e-172
    {0x936b9fcebb25c996u, -608},  // 1e-164
    {0xdbac6c247d62a584u, -582},  // 1e-156
    {0xa3ab66580d5fdaf6u, -555},  // 1e-148
    {0xf3e2f893dec3f126u, -529},  // 1e-140
    {0xb5b5ada8aaff80b8u, -502},  // 1e-132
    {0x87625f056c7c4a8bu, -475},  // 1e-124
    {0xc9bcff6034c13053u, -449},  // 1e-116
    {0x964e858c91ba2655u, -422},  // 1e-108
    {0xdff9772470297ebdu, -396},  // 1e-100
    {0xa6dfbd9fb8e5b88fu, -369},  // 1e-92
    {0xf8a95fcf88747d94u, -343},  // 1e-84
    {0xb94470938fa89bcfu, -316},  // 1e-76
    {0x8a08f0f8bf0f156bu, -289},  // 1e-68
    {0xcdb02555653131b6u, -263},  // 1e-60
    {0x993fe2c6d07b7facu, -236},  // 1e-52
    {0xe45c10c42a2b3b06u, -210},  // 1e-44
    {0xaa242499697392d3u, -183},  // 1e-36
    {0xfd87b5f28300ca0eu, -157},  // 1e-28
    {0xbce5086492111aebu, -130},  // 1e-20
    {0x8cbccc096f5088ccu, -103},  // 1e-12
    {0xd1b71758e219652cu, -77},  // 1e-4
    {0x9c40000000000000u, -50},  // 1e4
    {0xe8d4a51000000000u, -24},  // 1e12
    {0xad78ebc5ac620000u, 3},  // 1e20
    {0x813f3978f8940984u, 30},  // 1e28
    {0xc097ce7bc90715b3u, 56},  // 1e36
    {0x8f7e32ce7bea5c70u, 83},  // 1e44
    {0xd5d238a4abe98068u, 109},  // 1e52
    {0x9f4f2726179a2245u, 136},  // 1e60
    {0xed63a231d4c4fb27u, 162},  // 1e68
    {0xb0de65388cc8ada8u, 189},  // 1e76
    {0x83c7088e1aab65dbu, 216},  // 1e84
    {0xc45d1df942711d9au, 242},  // 1e92
    {0x924d692ca61be758u, 269},  // 1e100
    {0xda01ee641a708deau, 295},  // 1e108
    {0xa26da3999aef774au, 322},  // 1e116
    {0xf209787bb47d6b85u, 348},  // 1e124
    {0xb454e4a179dd1877u, 375},  // 1e132
    {0x865b86925b9bc5c2u, 402},  // 1e140
    {0xc83553c5c8965d3du, 428},  // 1e148
    {0x952ab45cfa97a0b3u, 455},  // 1e156
    {0xde469fbd99a05fe3u, 481},  // 1e164
    {0xa59bc234db398c25u, 508},  // 1e172
    {0xf6c69a72a3989f5cu, 534},  // 1e180
    {0xb7dcbf5354e9beceu, 561},  // 1e188
    {0x88fcf317f22241e2u, 588},  // 1e196
    {0xcc20ce9bd35c78a5u, 614},  // 1e204
    {0x98165af37b2153dfu, 641},  // 1e212
    {0xe2a0b5dc971f303au, 667},  // 1e220
    {0xa8d9d1535ce3b396u, 694},  // 1e228
    {0xfb9b7cd9a4a7443cu, 720},  // 1e236
    {0xbb764c4ca7a44410u, 747},  // 1e244
    {0x8bab8eefb6409c1au, 774},  // 1e252
    {0xd01fef10a657842cu, 800},  // 1e260
    {0x9b10a4e5e9913129u, 827},  // 1e268
    {0xe7109bfba19c0c9du, 853},  // 1e276
    {0xac2820d9623bf429u, 880},  // 1e284
    {0x80444b5e7aa7cf85u, 907},  // 1e292
    {0xbf21e44003acdd2du, 933},  // 1e300
    {0x8e679c2f5e44ff8fu, 960},  // 1e308
    {0xd433179d9c8cb841u, 986},  // 1e316
    {0x9e19db92b4e31ba9u, 1013},  // 1e324
    {0xeb96bf6ebadf77d9u, 1039},  // 1e332
    {0xaf87023b9bf0ee6bu, 1066},  // 1e340
    {0x82c730bec1cac961u, 1093},  // 1e348
};
// END cached powers

// The product, rounded to 64 bits (half up): error at most half a unit.
static DiyFp diy_mul(DiyFp a, DiyFp b) {
    unsigned __int128 p = (unsigned __int128)a.f * b.f;
    uint64_t hi = (uint64_t)(p >> 64);
    uint64_t lo = (uint64_t)p;
    hi += lo >> 63;
    return (DiyFp){hi, a.e + b.e + 64};
}

static DiyFp diy_normalize(DiyFp a) {
    int shift = __builtin_clzll(a.f);
    return (DiyFp){a.f << shift, a.e - shift};
}

// Scaled values get a binary exponent in [ALPHA, GAMMA], so their integer
// part fits 32 bits and their fraction at most 60 bits.
#define GRISU_ALPHA (-60)
#define GRISU_GAMMA (-32)

// The index of the smallest cached power whose exponent is >= min_e; the
// grid step (8 decimal places, under 27 binary ones) is narrower than the
// target window (29 binary places), so its exponent is also small enough.
static int cached_index(int min_e) {
    // 78913 / 2^18 ~ log10(2); the loops below absorb any rounding.
    int p = (min_e + 63) * 78913 / 262144;
    int i = (p - CACHED_FIRST + CACHED_STEP - 1) / CACHED_STEP;
    if (i < 0)
        i = 0;
    if (i >= CACHED_COUNT)
        i = CACHED_COUNT - 1;
    while (i > 0 && cached_powers[i - 1].e >= min_e)
        i--;
    while (i < CACHED_COUNT - 1 && cached_powers[i].e < min_e)
        i++;
    return i;
}

// Moves the last digit of the candidate toward v and checks the result is
// provably right. All quantities are distances below `too_high` in the
// scaled units of this step: `rest` to the candidate, `dist_high_w` to the
// scaled v (known to within +-unit), `unsafe` to the widened interval's
// bottom; `ten_kappa` is one step of the candidate's last digit.
static bool round_weed(char *digits, int n, uint64_t dist_high_w, uint64_t unsafe,
                       uint64_t rest, uint64_t ten_kappa, uint64_t unit) {
    uint64_t near = dist_high_w - unit;  // to v's highest possible position
    uint64_t far = dist_high_w + unit;   // to v's lowest possible position
    // Step down while the candidate stays in the widened interval and the
    // step brings it closer to v's highest position.
    while (rest < near && unsafe - rest >= ten_kappa &&
           (rest + ten_kappa < near || near - rest >= rest + ten_kappa - near)) {
        digits[n - 1]--;
        rest += ten_kappa;
    }
    // If v's lowest position would want one more step, the error in v
    // leaves the nearest grid point undecided.
    if (rest < far && unsafe - rest >= ten_kappa &&
        (rest + ten_kappa < far || far - rest > rest + ten_kappa - far))
        return false;
    // The candidate must lie in the interval shrunk by the error, which is
    // inside the true one whatever the error was.
    return 2 * unit <= rest && rest <= unsafe - 4 * unit;
}

static bool grisu_shortest(Decomposed d, char *digits, int *ndigits, int *decpt) {
    DiyFp w = diy_normalize((DiyFp){d.m, d.e});
    DiyFp hi = diy_normalize((DiyFp){(d.m << 1) + 1, d.e - 1});
    DiyFp lo = d.lower_closer ? (DiyFp){(d.m << 2) - 1, d.e - 2} : (DiyFp){(d.m << 1) - 1, d.e - 1};
    lo.f <<= lo.e - hi.e;
    lo.e = hi.e;

    int ci = cached_index(GRISU_ALPHA - (w.e + 64));
    DiyFp c = {cached_powers[ci].f, cached_powers[ci].e};
    int ten_power = CACHED_FIRST + CACHED_STEP * ci;  // c ~ 10^ten_power
    DiyFp sw = diy_mul(w, c), shi = diy_mul(hi, c), slo = diy_mul(lo, c);

    // Each scaled value is off by less than one unit, so the true interval
    // lies inside [slo - 1, shi + 1]: the "unsafe" interval.
    if (shi.f == UINT64_MAX)
        return false;  // shi + 1 would wrap; never seen, but cheap to rule out
    uint64_t unit = 1;
    uint64_t too_high = shi.f + unit;
    uint64_t unsafe = too_high - (slo.f - unit);
    int shift = -sw.e;
    uint64_t mask = (UINT64_C(1) << shift) - 1;
    uint32_t integrals = (uint32_t)(too_high >> shift);
    uint64_t fractionals = too_high & mask;

    static const uint32_t pow10[10] = {1,      10,      100,      1000,      10000,
                                        100000, 1000000, 10000000, 100000000, 1000000000};
    // The integer part's digits, by division by the constant 10 (a
    // multiply), least significant first; then consumed from the top.
    char reversed[10];
    int kappa = 0;
    for (uint32_t v = integrals; v; v /= 10)
        reversed[kappa++] = (char)(v % 10);
    int n = 0;
    while (kappa > 0) {
        int digit = reversed[kappa - 1];
        digits[n++] = (char)('0' + digit);
        kappa--;
        integrals -= (uint32_t)digit * pow10[kappa];
        uint64_t rest = ((uint64_t)integrals << shift) + fractionals;
        if (rest < unsafe) {
            *ndigits = n;
            *decpt = n + kappa - ten_power;
            return round_weed(digits, n, too_high - sw.f, unsafe, rest,
                              (uint64_t)pow10[kappa] << shift, unit);
        }
    }
    for (;;) {
        fractionals *= 10;
        unit *= 10;
        unsafe *= 10;
        digits[n++] = (char)('0' + (fractionals >> shift));
        fractionals &= mask;
        kappa--;
        if (fractionals < unsafe) {
            *ndigits = n;
            *decpt = n + kappa - ten_power;
            return round_weed(digits, n, (too_high - sw.f) * unit, unsafe, fractionals,
                              UINT64_C(1) << shift, unit);
        }
        if (n >= 18)
            return false;  // cannot happen for a correct interval; be safe
    }
}

int mo_dtoa_shortest(double x, char digits[MO_DTOA_SHORTEST_SIZE], int *decpt) {
    Decomposed d = decompose(x);
    int n;
    if (grisu_shortest(d, digits, &n, decpt))
        return n;
    return shortest_from_parts(d, digits, decpt);
}

// ------------------------------------------------------------------ repr

size_t mo_dtoa_repr(double x, char buf[MO_DTOA_REPR_SIZE]) {
    char *p = buf;
    if (isnan(x)) {
        memcpy(buf, "nan", 4);
        return 3;
    }
    if (signbit(x))
        *p++ = '-';
    if (isinf(x)) {
        memcpy(p, "inf", 4);
        return (size_t)(p - buf) + 3;
    }
    if (x == 0) {
        memcpy(p, "0.0", 4);
        return (size_t)(p - buf) + 3;
    }
    char d[MO_DTOA_SHORTEST_SIZE];
    int decpt;
    int n = mo_dtoa_shortest(x, d, &decpt);
    int e10 = decpt - 1;
    if (e10 < -4 || e10 >= 16) {
        *p++ = d[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, d + 1, (size_t)(n - 1));
            p += n - 1;
        }
        *p++ = 'e';
        *p++ = e10 < 0 ? '-' : '+';
        int a = e10 < 0 ? -e10 : e10;
        if (a >= 100)
            *p++ = (char)('0' + a / 100);
        *p++ = (char)('0' + a / 10 % 10);
        *p++ = (char)('0' + a % 10);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
        memcpy(p, d, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        memcpy(p, d, (size_t)n);
        p += n;
        memset(p, '0', (size_t)(decpt - n));
        p += decpt - n;
        *p++ = '.';
        *p++ = '0';
    } else {
        memcpy(p, d, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, d + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = '\0';
    return (size_t)(p - buf);
}

// --------------------------------------------------------------- parsing

// Significant digits kept exactly; past them only "something nonzero
// follows" matters (see digits_to_double).
#define PARSE_KEEP 800

typedef struct Digits {
    char d[PARSE_KEEP + 2];
    int n;           // digits stored in d
    bool sticky;     // a nonzero digit was dropped after d
    int64_t decpt;   // the value is 0.d x 10^decpt (before the exponent)
    bool started;    // a nonzero digit has been seen
} Digits;

static void push_digit(Digits *ds, char c, bool before_point) {
    if (!ds->started) {
        if (c == '0') {
            if (!before_point)
                ds->decpt--;
            return;
        }
        ds->started = true;
    }
    if (before_point)
        ds->decpt++;
    if (ds->n < PARSE_KEEP)
        ds->d[ds->n++] = c;
    else if (c != '0')
        ds->sticky = true;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Scans digits with single underscores between them from s[*i]; returns
// how many digits it read.
static size_t scan_digits(const char *s, size_t n, size_t *i, Digits *ds, bool before_point) {
    size_t count = 0;
    while (*i < n) {
        char c = s[*i];
        if (is_digit(c)) {
            if (ds)
                push_digit(ds, c, before_point);
            count++;
            (*i)++;
        } else if (c == '_' && count > 0 && *i + 1 < n && is_digit(s[*i + 1])) {
            (*i)++;
        } else {
            break;
        }
    }
    return count;
}

static const double exact_powers_of_ten[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The double nearest 0.d x 10^decpt (digits d[0..n), sticky: something
// nonzero follows them), correctly rounded.
//
// Truncating to PARSE_KEEP digits plus a sticky 1 is exact for rounding:
// every double and every midpoint between doubles has at most 770
// significant digits, so none lies strictly between the truncated and the
// full value.
static double digits_to_double(const char *d, int n, bool sticky, int64_t decpt) {
    if (n == 0)
        return 0.0;
    if (decpt > 400)
        return HUGE_VAL;
    if (decpt < -400)
        return 0.0;
    int64_t k = decpt - n;  // value = D x 10^k, D the integer d
    if (n <= 19 && !sticky && k >= -22 && k <= 22) {
        uint64_t v = 0;
        for (int i = 0; i < n; i++)
            v = v * 10 + (uint64_t)(d[i] - '0');
        // Both D and 10^|k| are exact doubles, so one rounding is the only
        // rounding (Clinger's fast path).
        if (v <= (UINT64_C(1) << 53))
            return k >= 0 ? (double)v * exact_powers_of_ten[k] : (double)v / exact_powers_of_ten[-k];
    }
    char buf[PARSE_KEEP + 32];
    memcpy(buf, d, (size_t)n);
    int len = n;
    if (sticky) {
        buf[len++] = '1';
        k--;
    }
    buf[len++] = 'e';
    // k is within [-1220, 400]: print it by hand.
    if (k < 0) {
        buf[len++] = '-';
        k = -k;
    }
    char tmp[8];
    int t = 0;
    do {
        tmp[t++] = (char)('0' + k % 10);
        k /= 10;
    } while (k);
    while (t)
        buf[len++] = tmp[--t];
    buf[len] = '\0';
    int saved = errno;
    double r = strtod(buf, NULL);
    errno = saved;
    return r;
}

// Parses a decimal number (no sign) filling all of s[0..n); false if
// malformed.
static bool parse_decimal(const char *s, size_t n, Digits *ds, int64_t *exponent) {
    size_t i = 0;
    ds->n = 0;
    ds->sticky = false;
    ds->decpt = 0;
    ds->started = false;
    size_t before = scan_digits(s, n, &i, ds, true);
    size_t after = 0;
    if (i < n && s[i] == '.') {
        i++;
        after = scan_digits(s, n, &i, ds, false);
    }
    if (before == 0 && after == 0)
        return false;
    *exponent = 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        size_t start = i;
        if (scan_digits(s, n, &i, NULL, true) == 0)
            return false;
        // Saturate: any exponent past a billion gives inf or zero anyway.
        int64_t e = 0;
        for (size_t k = start; k < i; k++)
            if (is_digit(s[k]) && e < 1000000000)
                e = e * 10 + (s[k] - '0');
        *exponent = negative ? -e : e;
    }
    return i == n;
}

static bool ascii_lower_equals(const char *s, size_t n, const char *word) {
    size_t len = strlen(word);
    if (n != len)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

int mo_dtoa_parse_literal(const char *s, size_t n, double *out) {
    Digits ds;
    int64_t exponent;
    if (!parse_decimal(s, n, &ds, &exponent))
        return -1;
    *out = digits_to_double(ds.d, ds.n, ds.sticky, ds.decpt + exponent);
    return 0;
}

// The length of the whitespace character starting at s (0 if none): what
// float() strips. ASCII \x1c..\x1f are not stripped (CPython agrees).
static size_t space_at(const unsigned char *s, size_t n) {
    if (n == 0)
        return 0;
    unsigned char c = s[0];
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    if (n >= 2 && c == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0))
        return 2;  // U+0085, U+00A0
    if (n >= 3 && c == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
        return 3;  // U+1680
    if (n >= 3 && c == 0xE2 && s[1] == 0x80 &&
        (s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF) && s[2] >= 0x80)
        return 3;  // U+2000..U+200A, U+2028, U+2029, U+202F
    if (n >= 3 && c == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
        return 3;  // U+205F
    if (n >= 3 && c == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3;  // U+3000
    return 0;
}

// The length of the whitespace character ending at s + n (0 if none).
static size_t space_before(const unsigned char *s, size_t n) {
    for (size_t len = 1; len <= 3 && len <= n; len++)
        if (space_at(s + n - len, len) == len)
            return len;
    return 0;
}

int mo_dtoa_parse(const char *text, size_t n, double *out) {
    const unsigned char *s = (const unsigned char *)text;
    size_t k;
    while ((k = space_at(s, n)) != 0) {
        s += k;
        n -= k;
    }
    while ((k = space_before(s, n)) != 0)
        n -= k;
    bool negative = false;
    if (n > 0 && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s++;
        n--;
    }
    const char *body = (const char *)s;
    double v;
    if (ascii_lower_equals(body, n, "inf") || ascii_lower_equals(body, n, "infinity")) {
        v = HUGE_VAL;
    } else if (ascii_lower_equals(body, n, "nan")) {
        v = NAN;
    } else {
        Digits ds;
        int64_t exponent;
        if (!parse_decimal(body, n, &ds, &exponent))
            return -1;
        v = digits_to_double(ds.d, ds.n, ds.sticky, ds.decpt + exponent);
    }
    *out = negative ? -v : v;
    return 0;
}

// -------------------------------------------------------------- rounding

double mo_dtoa_round(double x, int ndigits, int *overflow) {
    *overflow = 0;
    if (!isfinite(x) || x == 0)
        return x;
    // Past 323 places every double is already exact; before -308 places
    // every double rounds to zero (these are CPython's limits too).
    if (ndigits > 323)
        return x;
    if (ndigits < -308)
        return copysign(0.0, x);
    char d[MO_DTOA_MAX_DIGITS];
    int decpt;
    int n = mo_dtoa_rounded(x, MO_DTOA_FIXED, ndigits, d, &decpt);
    double r = digits_to_double(d, n, false, decpt);
    if (isinf(r))
        *overflow = 1;
    return copysign(r, x);
}

// ------------------------------------------------- floor division, modulo

void mo_float_divmod(double x, double y, double *quotient, double *remainder) {
    double mod = fmod(x, y);
    // fmod is exact, so x - mod is an exact multiple of y (up to the
    // rounding of the division below).
    double div = (x - mod) / y;
    if (mod != 0) {
        // Python's remainder takes the sign of the divisor.
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0) {
        // div is within rounding error of an integer: snap to it.
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *quotient = floordiv;
    *remainder = mod;
}

double mo_float_floordiv(double x, double y) {
    double q, r;
    mo_float_divmod(x, y, &q, &r);
    return q;
}

double mo_float_mod(double x, double y) {
    double mod = fmod(x, y);
    if (mod != 0) {
        if ((y < 0) != (mod < 0))
            mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

// ----------------------------------------------------------------- hashes

// x * 2^k mod (2^61 - 1) for x < 2^61, 0 <= k < 61: since 2^61 = 1 (mod
// 2^61 - 1), multiplying by 2^k rotates the 61-bit value left by k.
static uint64_t rotate61(uint64_t x, int k) {
    if (k == 0)
        return x;
    return ((x << k) & MO_HASH_MODULUS) | (x >> (61 - k));
}

int64_t mo_hash_double(double x) {
    if (isnan(x))
        return 0;
    if (isinf(x))
        return x > 0 ? 314159 : -314159;
    Decomposed d = decompose(x);
    // |x| = m x 2^e and m < 2^53 < 2^61 - 1; 2^e is 2^(e mod 61).
    int k = d.e % 61;
    if (k < 0)
        k += 61;
    uint64_t h = rotate61(d.m, k);
    if (h == MO_HASH_MODULUS)
        h = 0;
    int64_t r = signbit(x) ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t mo_hash_int64(int64_t i) {
    uint64_t a = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    int64_t h = (int64_t)(a % MO_HASH_MODULUS);
    int64_t r = i < 0 ? -h : h;
    return r == -1 ? -2 : r;
}
