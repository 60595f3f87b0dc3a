// src/modules/math.c — the `math` module.
//
// Owns the functions and constants of Python's math module, with CPython's
// error conventions: a NaN from non-NaN arguments is ValueError "math
// domain error"; an infinite result from finite arguments is OverflowError
// "math range error" for functions that can overflow (exp, cosh, …) and
// "math domain error" for the others (log(0)); an underflow to zero is not
// an error.
//
// Integer functions (factorial, comb, perm, gcd, lcm, isqrt) work on ints
// of any size through objects/bigint.h; factorial multiplies by binary
// splitting, so factorial(5000) is a handful of Karatsuba products. log,
// log2 and log10 accept ints beyond float range (via frexp of the int).
// fsum is exact: Shewchuk's non-overlapping partials, rounded once.
//
// Read next: objects/int.c, objects/float.c.
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bigint.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"

#define MATH_FN(name) static Value math_##name(Value self, const Value *args, size_t nargs, Value kwnames)

static Value domain_error(void) { return mo_err_format(&mo_exc_ValueError, "math domain error"); }
static Value range_error(void) { return mo_err_format(&mo_exc_OverflowError, "math range error"); }

// The result `r` of f(x) with CPython's checks (math_1 in CPython).
static Value check1(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return mo_float(r);
}

// One-argument functions of a double.
#define MATH_1(name, cfunc, can_overflow)                                \
    MATH_FN(name) {                                                      \
        if (mo_args_check("math." #name, nargs, kwnames, 1, 1) < 0)      \
            return V_ERR;                                                \
        double x;                                                        \
        if (mo_to_double(args[0], &x) < 0)                               \
            return V_ERR;                                                \
        return check1(x, cfunc(x), can_overflow);                        \
    }

MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cbrt, cbrt, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, fabs, false)
MATH_1(log1p, log1p, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)

// No error checks: degrees(1e308) is inf, as in CPython.
MATH_FN(degrees) {
    if (mo_args_check("math.degrees", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double x;
    return mo_to_double(args[0], &x) < 0 ? V_ERR : mo_float(x * (180.0 / M_PI));
}

MATH_FN(radians) {
    if (mo_args_check("math.radians", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double x;
    return mo_to_double(args[0], &x) < 0 ? V_ERR : mo_float(x * (M_PI / 180.0));
}

// gamma and lgamma: the platform's tgamma/lgamma differ from CPython's in
// the last bits, and programs print these, so both use the method CPython
// documents: Lanczos' approximation with g = 6.024680040776729583740234375
// and the 13-term rational sum (numerator and denominator coefficients as
// published with Boost's lanczos13m53), exact table values for gamma of
// small positive integers, and the reflection formula for negative x. The
// arithmetic is done in the same order, so the results agree bit for bit.
enum { LANCZOS_TERMS = 13, GAMMA_EXACT_MAX = 23 };
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_half = 5.524680040776729583740234375;   // g - 0.5
static const double lanczos_num[LANCZOS_TERMS] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator x (x+1) ... (x+11) expanded in powers of x.
static const double lanczos_den[LANCZOS_TERMS] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

// The rational sum L(x) for x > 0; beyond 5 it is evaluated in powers of
// 1/x, which cannot overflow and loses less.
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_TERMS - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_TERMS; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x), exact at multiples of 1/2, by reducing x to [0, 2) first.
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// Gamma of a finite x that is neither 0 nor a negative integer.
static double gamma_of(double x) {
    static const double exact[GAMMA_EXACT_MAX] = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
        39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
        20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
        2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    };
    if (x == floor(x) && x <= GAMMA_EXACT_MAX)
        return exact[(int)x - 1];
    double ax = fabs(x);
    if (ax < 1e-20)
        return 1.0 / x;
    if (ax > 200.0)
        return x < 0.0 ? 0.0 / sin_pi(x) : HUGE_VAL;
    double y = ax + lanczos_g_half;
    // z is the rounding error of y = ax + (g - 1/2), recovered exactly.
    double z = ax > lanczos_g_half ? (y - ax) - lanczos_g_half : (y - lanczos_g_half) - ax;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

// log|Gamma(x)| of a finite x that is not an integer <= 0.
static double lgamma_of(double x) {
    if (x == floor(x) && x <= 2.0)
        return 0.0;
    double ax = fabs(x);
    if (ax < 1e-20)
        return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = 1.144729885849400174143427351353058711647 - log(fabs(sin_pi(ax))) - log(ax) - r;
    return r;
}

MATH_FN(gamma) {
    if (mo_args_check("math.gamma", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double x;
    if (mo_to_double(args[0], &x) < 0)
        return V_ERR;
    if (isnan(x))
        return mo_float(x);
    if (isinf(x))
        return x > 0 ? mo_float_raw(x) : domain_error();
    if (x == 0.0 || (x < 0 && x == floor(x)))
        return domain_error();
    double r = gamma_of(x);
    if (isinf(r))
        return range_error();
    return mo_float(r);
}

MATH_FN(lgamma) {
    if (mo_args_check("math.lgamma", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double x;
    if (mo_to_double(args[0], &x) < 0)
        return V_ERR;
    if (isnan(x))
        return mo_float(x);
    if (isinf(x))
        return mo_float_raw(INFINITY);
    if (x <= 0 && x == floor(x))
        return domain_error();
    double r = lgamma_of(x);
    if (isinf(r))
        return range_error();
    return mo_float(r);
}

// ------------------------------------------------------- two-arg functions

static int two_doubles(const char *name, const Value *args, size_t nargs, Value kwnames, double *x, double *y) {
    if (mo_args_check(name, nargs, kwnames, 2, 2) < 0)
        return -1;
    if (mo_to_double(args[0], x) < 0 || mo_to_double(args[1], y) < 0)
        return -1;
    return 0;
}

MATH_FN(atan2) {
    double y, x;
    if (two_doubles("atan2", args, nargs, kwnames, &y, &x) < 0)
        return V_ERR;
    return mo_float(atan2(y, x));
}

MATH_FN(copysign) {
    double x, y;
    if (two_doubles("copysign", args, nargs, kwnames, &x, &y) < 0)
        return V_ERR;
    return mo_float(copysign(x, y));
}

MATH_FN(fmod) {
    double x, y;
    if (two_doubles("fmod", args, nargs, kwnames, &x, &y) < 0)
        return V_ERR;
    if (isinf(y) && isfinite(x))
        return mo_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return mo_float(r);
}

MATH_FN(remainder) {
    double x, y;
    if (two_doubles("remainder", args, nargs, kwnames, &x, &y) < 0)
        return V_ERR;
    if (isnan(x))
        return mo_float(x);
    if (isnan(y))
        return mo_float(y);
    if (isinf(x) || y == 0.0)
        return domain_error();
    if (isinf(y))
        return mo_float(x);
    return mo_float(remainder(x, y));
}

MATH_FN(pow) {
    double x, y, r;
    if (two_doubles("pow", args, nargs, kwnames, &x, &y) < 0)
        return V_ERR;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
        return mo_float(r);
    }
    r = pow(x, y);
    if (isnan(r))
        return domain_error();
    if (isinf(r))
        return x == 0.0 ? domain_error() : range_error();
    return mo_float(r);
}

MATH_FN(nextafter) {
    double x, y;
    if (two_doubles("nextafter", args, nargs, kwnames, &x, &y) < 0)
        return V_ERR;
    return mo_float(nextafter(x, y));
}

MATH_FN(ulp) {
    if (mo_args_check("math.ulp", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double x;
    if (mo_to_double(args[0], &x) < 0)
        return V_ERR;
    if (isnan(x))
        return mo_float(x);
    x = fabs(x);
    if (isinf(x))
        return mo_float_raw(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return mo_float(x - x2);
    }
    return mo_float(x2 - x);
}

// ----------------------------------------------------------- predicates

#define MATH_PRED(name, expr)                                            \
    MATH_FN(name) {                                                      \
        if (mo_args_check("math." #name, nargs, kwnames, 1, 1) < 0)      \
            return V_ERR;                                                \
        double x;                                                        \
        if (mo_to_double(args[0], &x) < 0)                               \
            return V_ERR;                                                \
        return mo_bool(expr);                                            \
    }

MATH_PRED(isfinite, isfinite(x))
MATH_PRED(isinf, isinf(x))
MATH_PRED(isnan, isnan(x))

MATH_FN(isclose) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value v[4];
    if (mo_args_bind("isclose", args, nargs, kwnames, names, 4, 2, 2, v) < 0)
        return V_ERR;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (mo_to_double(v[0], &a) < 0 || mo_to_double(v[1], &b) < 0)
        return V_ERR;
    if (v[2] != MO_NULL && mo_to_double(v[2], &rel_tol) < 0)
        return V_ERR;
    if (v[3] != MO_NULL && mo_to_double(v[3], &abs_tol) < 0)
        return V_ERR;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return mo_err_format(&mo_exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return MO_TRUE;
    if (isinf(a) || isinf(b))
        return MO_FALSE;
    double diff = fabs(b - a);
    return mo_bool((diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a)) || diff <= abs_tol);
}

// ------------------------------------------------- floor, ceil, trunc

// math.floor / math.ceil: floats directly, else __floor__ / __ceil__, else
// the value as a float.
static Value floor_or_ceil(Value x, bool ceiling) {
    if (mo_is_float(x))
        return mo_int_from_double(ceiling ? ceil(mo_float_val(x)) : floor(mo_float_val(x)));
    if (mo_is_int(x))
        return mo_int_value(x);
    const char *name = ceiling ? "__ceil__" : "__floor__";
    if (mo_type_lookup(mo_type(x), mo_str_intern_cstr(name)) != MO_NULL)
        return mo_call_method_cstr(x, name, NULL, 0);
    double d;
    if (mo_to_double(x, &d) < 0)
        return V_ERR;
    return mo_int_from_double(ceiling ? ceil(d) : floor(d));
}

MATH_FN(floor) {
    if (mo_args_check("math.floor", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return floor_or_ceil(args[0], false);
}

MATH_FN(ceil) {
    if (mo_args_check("math.ceil", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return floor_or_ceil(args[0], true);
}

MATH_FN(trunc) {
    if (mo_args_check("math.trunc", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value x = args[0];
    if (mo_is_float(x))
        return mo_int_from_double(mo_float_val(x));
    if (mo_type_lookup(mo_type(x), mo_str_intern_cstr("__trunc__")) == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "type %s doesn't define __trunc__ method", mo_type_name(x));
    return mo_call_method_cstr(x, "__trunc__", NULL, 0);
}

// ---------------------------------------------------- frexp, ldexp, modf

MATH_FN(frexp) {
    if (mo_args_check("math.frexp", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double x;
    if (mo_to_double(args[0], &x) < 0)
        return V_ERR;
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0)
        m = frexp(x, &e);
    return mo_tuple_pack(2, mo_float(m), mo_smallint(e));
}

MATH_FN(ldexp) {
    if (mo_args_check("ldexp", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    double x;
    if (mo_to_double(args[0], &x) < 0)
        return V_ERR;
    if (!mo_is_int(args[1]))
        return mo_err_format(&mo_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (mo_int_to_i64(args[1], &e) < 0) {
        mo_err_clear();
        e = mo_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (x == 0.0 || !isfinite(x))
        return mo_float(x);
    double r;
    if (e > INT32_MAX)
        r = copysign(INFINITY, x);
    else if (e < INT32_MIN)
        r = copysign(0.0, x);
    else
        r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return mo_float(r);
}

MATH_FN(modf) {
    if (mo_args_check("math.modf", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double x;
    if (mo_to_double(args[0], &x) < 0)
        return V_ERR;
    if (isinf(x))
        return mo_tuple_pack(2, mo_float(copysign(0.0, x)), mo_float(x));
    if (isnan(x))
        return mo_tuple_pack(2, mo_float(x), mo_float(x));
    double ip;
    double fp = modf(x, &ip);
    return mo_tuple_pack(2, mo_float(fp), mo_float(ip));
}

// --------------------------------------------------------------- logs

typedef double (*LogFn)(double);

// log(x) through `fn` for an int or float x; ints beyond float range use
// x = m 2^e: fn(m) + e fn(2).
static int log_helper(Value x, LogFn fn, double *out) {
    if (mo_is_int(x)) {
        Value v = mo_int_value(x);
        if (mo_int_sign(v) <= 0) {
            domain_error();
            return -1;
        }
        double d;
        if (mo_bigint_to_double(v, &d) == 0) {
            *out = fn(d);
            return 0;
        }
        mo_err_clear();
        int64_t e;
        double m = mo_bigint_frexp(v, &e);
        *out = fn(m) + (double)e * fn(2.0);
        return 0;
    }
    double d;
    if (mo_to_double(x, &d) < 0)
        return -1;
    if (isnan(d)) {
        *out = d;
        return 0;
    }
    if (d <= 0.0 && !isinf(d)) {
        domain_error();
        return -1;
    }
    if (isinf(d)) {
        if (d < 0) {
            domain_error();
            return -1;
        }
        *out = d;
        return 0;
    }
    *out = fn(d);
    return 0;
}

MATH_FN(log) {
    if (mo_args_no_kw("log", kwnames) < 0)
        return V_ERR;
    if (nargs < 1 || nargs > 2)
        return mo_err_format(&mo_exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_helper(args[0], log, &num) < 0)
        return V_ERR;
    if (nargs == 1)
        return mo_float(num);
    if (log_helper(args[1], log, &den) < 0)
        return V_ERR;
    if (den == 0.0)
        return mo_err_format(&mo_exc_ZeroDivisionError, "float division by zero");
    return mo_float(num / den);
}

MATH_FN(log2) {
    if (mo_args_check("math.log2", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double r;
    return log_helper(args[0], log2, &r) < 0 ? V_ERR : mo_float(r);
}

MATH_FN(log10) {
    if (mo_args_check("math.log10", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double r;
    return log_helper(args[0], log10, &r) < 0 ? V_ERR : mo_float(r);
}

// ---------------------------------------------------- hypot, dist

// sqrt(sum of squares) of n finite, non-negative values whose maximum is
// `max` (> 0): scaled by a power of two so nothing overflows or
// underflows, squares summed as an unevaluated double-double (fma gives the
// exact error of each product), then one Newton correction of the square
// root so the result is correctly rounded in all but the rarest cases.
static double vector_norm(const double *v, size_t n, double max) {
    int e;
    frexp(max, &e);
    double hi = 0.0, lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double sq = x * x, sq_err = fma(x, x, -sq);
        double s = hi + sq;
        double bv = s - hi;
        double err = (hi - (s - bv)) + (sq - bv);
        hi = s;
        lo += err + sq_err;
    }
    double total = hi + lo;
    lo = lo - (total - hi);
    hi = total;
    double h = sqrt(hi);
    // Residual hi + lo - h^2, exactly enough for one correction step.
    double r = fma(-h, h, hi) + lo;
    h += r / (2.0 * h);
    return ldexp(h, e);
}

// Shared by hypot and dist: special values as CPython (inf wins over nan).
static Value norm_of(double *v, size_t n) {
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = fabs(v[i]);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    if (isinf(max))
        return mo_float_raw(INFINITY);
    if (found_nan)
        return MO_CANONICAL_NAN;
    if (max == 0.0 || n <= 1)
        return mo_float(max);
    return mo_float(vector_norm(v, n, max));
}

MATH_FN(hypot) {
    if (mo_args_no_kw("hypot", kwnames) < 0)
        return V_ERR;
    double local[16];
    double *v = nargs <= 16 ? local : mo_mem_alloc(nargs * sizeof(double));
    if (!v)
        return V_ERR;
    Value r = V_ERR;
    for (size_t i = 0; i < nargs; i++)
        if (mo_to_double(args[i], &v[i]) < 0)
            goto done;
    r = norm_of(v, nargs);
done:
    if (v != local)
        mo_mem_free(v, nargs * sizeof(double));
    return r;
}

MATH_FN(dist) {
    if (mo_args_check("dist", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    Value p = args[0], q = args[1];
    if (!mo_is_tuple(p)) {
        p = mo_tuple_from_iterable(p);
        if (p == V_ERR)
            return V_ERR;
    }
    if (!mo_is_tuple(q)) {
        q = mo_tuple_from_iterable(q);
        if (q == V_ERR)
            return V_ERR;
    }
    int64_t n = mo_tuple_size(p);
    if (n != mo_tuple_size(q))
        return mo_err_format(&mo_exc_ValueError, "both points must have the same number of dimensions");
    double local[16];
    double *v = n <= 16 ? local : mo_mem_alloc((size_t)n * sizeof(double));
    if (!v)
        return V_ERR;
    Value r = V_ERR;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (mo_to_double(mo_tuple_items(p)[i], &a) < 0 || mo_to_double(mo_tuple_items(q)[i], &b) < 0)
            goto done;
        v[i] = a - b;
    }
    r = norm_of(v, (size_t)n);
done:
    if (v != local)
        mo_mem_free(v, (size_t)n * sizeof(double));
    return r;
}

// ------------------------------------------------------------------ fsum

// Shewchuk's algorithm: the running sum is kept as a list of
// non-overlapping partials, each addition exact (two-sum); the final sum of
// the partials is rounded once, with the half-way case corrected using the
// next partial's sign.
MATH_FN(fsum) {
    if (mo_args_check("math.fsum", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value it = mo_iter(args[0]);
    if (it == V_ERR)
        return V_ERR;
    double local[32];
    double *p = local;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    Value result = V_ERR;
    for (;;) {
        Value item = mo_next(it);
        if (item == MO_NULL) {
            if (mo_err_occurred())
                goto done;
            break;
        }
        if (item == V_ERR)
            goto done;
        double x;
        if (mo_to_double(item, &x) < 0)
            goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                // A non-finite partial: either an inf or nan item, or an
                // overflow of finite ones.
                if (isfinite(xsave)) {
                    mo_err_format(&mo_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;  // the partials are meaningless now
            } else {
                if (n == cap) {
                    size_t ncap = cap * 2;
                    double *np = mo_mem_alloc(ncap * sizeof(double));
                    if (!np)
                        goto done;
                    memcpy(np, p, n * sizeof(double));
                    if (p != local)
                        mo_mem_free(p, cap * sizeof(double));
                    p = np;
                    cap = ncap;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0 || isnan(special_sum)) {
        if (isnan(inf_sum)) {
            mo_err_format(&mo_exc_ValueError, "-inf + inf in fsum");
            goto done;
        }
        result = mo_float(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        size_t k = n;
        hi = p[--k];
        double lo = 0.0;
        // Sum from the top until the sum becomes inexact.
        while (k > 0) {
            double x = hi;
            double y = p[--k];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        // Round half to even correctly: if the rounding was a tie, the
        // next partial decides the direction.
        if (k > 0 && ((lo < 0.0 && p[k - 1] < 0.0) || (lo > 0.0 && p[k - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = mo_float(hi);
done:
    if (p != local)
        mo_mem_free(p, cap * sizeof(double));
    return result;
}

// ------------------------------------------------------------------ prod

MATH_FN(prod) {
    static const char *const names[] = {"iterable", "start"};
    Value v[2];
    if (mo_args_bind_posonly("prod", args, nargs, kwnames, names, 2, 1, 1, 1, v) < 0)
        return V_ERR;
    Value acc = v[1] == MO_NULL ? mo_smallint(1) : v[1];
    Value it = mo_iter(v[0]);
    if (it == V_ERR)
        return V_ERR;
    for (;;) {
        Value item = mo_next(it);
        if (item == MO_NULL)
            return mo_err_occurred() ? V_ERR : acc;
        if (item == V_ERR)
            return V_ERR;
        acc = mo_binop(acc, item, MO_OP_MUL);
        if (acc == V_ERR)
            return V_ERR;
    }
}

// ------------------------------------------------------- integer functions

// An int argument (via __index__), canonical.
static Value int_arg(Value v) {
    Value i = mo_number_index(v);
    return i == V_ERR ? V_ERR : mo_int_value(i);
}

// The product lo (lo + 1) ... (lo + n - 1) by binary splitting: balanced
// operands let Karatsuba do the work.
static Value range_product(Value lo, uint64_t n) {
    if (n == 0)
        return mo_smallint(1);
    if (mo_is_smallint(lo) && mo_smallint_val(lo) >= 0 && n <= 20) {
        // Short runs of small factors in one machine word when they fit.
        uint64_t a = (uint64_t)mo_smallint_val(lo), r = 1;
        bool fits = true;
        for (uint64_t i = 0; i < n && fits; i++)
            fits = !__builtin_mul_overflow(r, a + i, &r);
        if (fits)
            return mo_int_from_u64(r);
    }
    if (n == 1)
        return lo;
    uint64_t h = n / 2;
    Value left = range_product(lo, h);
    if (left == V_ERR)
        return V_ERR;
    Value mid = mo_bigint_add(lo, mo_int_from_u64(h));
    if (mid == V_ERR)
        return V_ERR;
    Value right = range_product(mid, n - h);
    if (right == V_ERR)
        return V_ERR;
    return mo_bigint_mul(left, right);
}

static Value factorial_u64(uint64_t n) {
    if (n < 2)
        return mo_smallint(1);
    return range_product(mo_smallint(2), n - 1);
}

MATH_FN(factorial) {
    if (mo_args_check("math.factorial", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value n = int_arg(args[0]);
    if (n == V_ERR)
        return V_ERR;
    if (mo_int_sign(n) < 0)
        return mo_err_format(&mo_exc_ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (mo_int_to_i64(n, &k) < 0) {
        mo_err_clear();
        return mo_err_format(&mo_exc_OverflowError, "factorial() argument should not exceed %lld",
                             (long long)INT64_MAX);
    }
    return factorial_u64((uint64_t)k);
}

// perm(n, k) for n >= k >= 0, k fitting in 64 bits.
static Value perm_of(Value n, uint64_t k) {
    Value lo = mo_bigint_sub(n, mo_int_from_u64(k));
    if (lo == V_ERR)
        return V_ERR;
    lo = mo_bigint_add(lo, mo_smallint(1));
    if (lo == V_ERR)
        return V_ERR;
    return range_product(lo, k);
}

// Validates n and k of comb/perm: -1 error, 0 when k > n (result 0),
// 1 when 0 <= k <= n with k in *kk.
static int comb_args(Value vn, Value vk, Value *n, uint64_t *kk, bool comb) {
    *n = int_arg(vn);
    if (*n == V_ERR)
        return -1;
    Value k = int_arg(vk);
    if (k == V_ERR)
        return -1;
    if (mo_int_sign(*n) < 0) {
        mo_err_format(&mo_exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (mo_int_sign(k) < 0) {
        mo_err_format(&mo_exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    if (mo_int_cmp(k, *n) > 0)
        return 0;
    if (comb) {
        // comb(n, k) == comb(n, n - k): use the smaller.
        Value nk = mo_bigint_sub(*n, k);
        if (nk == V_ERR)
            return -1;
        if (mo_int_cmp(nk, k) < 0)
            k = nk;
    }
    int64_t ki;
    if (mo_int_to_i64(k, &ki) < 0) {
        mo_err_clear();
        mo_err_format(&mo_exc_OverflowError, comb ? "min(n - k, k) must not exceed %lld" : "k must not exceed %lld",
                      (long long)INT64_MAX);
        return -1;
    }
    *kk = (uint64_t)ki;
    return 1;
}

MATH_FN(comb) {
    if (mo_args_check("comb", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    Value n;
    uint64_t k;
    int rc = comb_args(args[0], args[1], &n, &k, true);
    if (rc <= 0)
        return rc < 0 ? V_ERR : mo_smallint(0);
    Value num = perm_of(n, k);
    if (num == V_ERR)
        return V_ERR;
    Value den = factorial_u64(k);
    if (den == V_ERR)
        return V_ERR;
    Value q;
    return mo_bigint_divrem_trunc(num, den, &q, NULL) < 0 ? V_ERR : q;
}

MATH_FN(perm) {
    if (mo_args_check("perm", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    if (nargs == 1 || args[1] == MO_NONE) {
        Value n = int_arg(args[0]);
        if (n == V_ERR)
            return V_ERR;
        // perm(n) is factorial(n), with factorial's messages.
        if (mo_int_sign(n) < 0)
            return mo_err_format(&mo_exc_ValueError, "factorial() not defined for negative values");
        int64_t k;
        if (mo_int_to_i64(n, &k) < 0) {
            mo_err_clear();
            return mo_err_format(&mo_exc_OverflowError, "factorial() argument should not exceed %lld",
                                 (long long)INT64_MAX);
        }
        return factorial_u64((uint64_t)k);
    }
    Value n;
    uint64_t k;
    int rc = comb_args(args[0], args[1], &n, &k, false);
    if (rc <= 0)
        return rc < 0 ? V_ERR : mo_smallint(0);
    return perm_of(n, k);
}

MATH_FN(gcd) {
    if (mo_args_no_kw("gcd", kwnames) < 0)
        return V_ERR;
    Value g = mo_smallint(0);
    for (size_t i = 0; i < nargs; i++) {
        Value x = int_arg(args[i]);
        if (x == V_ERR)
            return V_ERR;
        g = mo_int_gcd(g, x);
        if (g == V_ERR)
            return V_ERR;
    }
    return g;
}

MATH_FN(lcm) {
    if (mo_args_no_kw("lcm", kwnames) < 0)
        return V_ERR;
    Value l = mo_smallint(1);
    for (size_t i = 0; i < nargs; i++) {
        Value x = int_arg(args[i]);
        if (x == V_ERR)
            return V_ERR;
        if (l == mo_smallint(0))
            continue;   // still validate every argument
        if (x == mo_smallint(0)) {
            l = x;
            continue;
        }
        Value g = mo_int_gcd(l, x);
        if (g == V_ERR)
            return V_ERR;
        Value q;
        if (mo_bigint_divrem_trunc(l, g, &q, NULL) < 0)
            return V_ERR;
        l = mo_bigint_abs(mo_bigint_mul(q, x));
        if (l == V_ERR)
            return V_ERR;
    }
    return l;
}

MATH_FN(isqrt) {
    if (mo_args_check("math.isqrt", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value n = int_arg(args[0]);
    if (n == V_ERR)
        return V_ERR;
    if (mo_int_sign(n) < 0)
        return mo_err_format(&mo_exc_ValueError, "isqrt() argument must be nonnegative");
    return mo_bigint_isqrt(n);
}

// ----------------------------------------------------------------- module

static const MethodDef math_methods[] = {
    {"acos", math_acos, 0, NULL},
    {"acosh", math_acosh, 0, NULL},
    {"asin", math_asin, 0, NULL},
    {"asinh", math_asinh, 0, NULL},
    {"atan", math_atan, 0, NULL},
    {"atan2", math_atan2, 0, NULL},
    {"atanh", math_atanh, 0, NULL},
    {"cbrt", math_cbrt, 0, NULL},
    {"ceil", math_ceil, 0, NULL},
    {"comb", math_comb, 0, NULL},
    {"copysign", math_copysign, 0, NULL},
    {"cos", math_cos, 0, NULL},
    {"cosh", math_cosh, 0, NULL},
    {"degrees", math_degrees, 0, NULL},
    {"dist", math_dist, 0, NULL},
    {"erf", math_erf, 0, NULL},
    {"erfc", math_erfc, 0, NULL},
    {"exp", math_exp, 0, NULL},
    {"exp2", math_exp2, 0, NULL},
    {"expm1", math_expm1, 0, NULL},
    {"fabs", math_fabs, 0, NULL},
    {"factorial", math_factorial, 0, NULL},
    {"floor", math_floor, 0, NULL},
    {"fmod", math_fmod, 0, NULL},
    {"frexp", math_frexp, 0, NULL},
    {"fsum", math_fsum, 0, NULL},
    {"gamma", math_gamma, 0, NULL},
    {"gcd", math_gcd, 0, NULL},
    {"hypot", math_hypot, 0, NULL},
    {"isclose", math_isclose, 0, NULL},
    {"isfinite", math_isfinite, 0, NULL},
    {"isinf", math_isinf, 0, NULL},
    {"isnan", math_isnan, 0, NULL},
    {"isqrt", math_isqrt, 0, NULL},
    {"lcm", math_lcm, 0, NULL},
    {"ldexp", math_ldexp, 0, NULL},
    {"lgamma", math_lgamma, 0, NULL},
    {"log", math_log, 0, NULL},
    {"log10", math_log10, 0, NULL},
    {"log1p", math_log1p, 0, NULL},
    {"log2", math_log2, 0, NULL},
    {"modf", math_modf, 0, NULL},
    {"nextafter", math_nextafter, 0, NULL},
    {"perm", math_perm, 0, NULL},
    {"pow", math_pow, 0, NULL},
    {"prod", math_prod, 0, NULL},
    {"radians", math_radians, 0, NULL},
    {"remainder", math_remainder, 0, NULL},
    {"sin", math_sin, 0, NULL},
    {"sinh", math_sinh, 0, NULL},
    {"sqrt", math_sqrt, 0, NULL},
    {"tan", math_tan, 0, NULL},
    {"tanh", math_tanh, 0, NULL},
    {"trunc", math_trunc, 0, NULL},
    {"ulp", math_ulp, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int math_exec(Value m) {
    if (mo_module_add(m, "pi", mo_float(M_PI)) < 0 || mo_module_add(m, "e", mo_float(M_E)) < 0 ||
        mo_module_add(m, "tau", mo_float(2.0 * M_PI)) < 0 || mo_module_add(m, "inf", mo_float(INFINITY)) < 0 ||
        mo_module_add(m, "nan", mo_float(NAN)) < 0)
        return -1;
    return 0;
}

const ModuleDef mo_math_module_def = {"math", math_methods, math_exec};
