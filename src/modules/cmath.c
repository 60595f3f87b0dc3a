// src/modules/cmath.c — the `cmath` module: math on complex numbers.
//
// For finite arguments every function computes as CPython's does, step by
// step, so the digits agree: sqrt scales by 1/8 (or up, for subnormals)
// around hypot; exp, cosh and sinh step down by one near overflow and
// multiply e back in; log uses log1p near the unit circle; the inverse
// functions use Kahan's square-root formulations; sin, cos, tan, asin and
// atan are their hyperbolic counterparts rotated by i. Errors as in
// CPython: a domain error (log(0), atanh(1)) is ValueError "math domain
// error", an overflow OverflowError "math range error".
//
// Non-finite arguments follow C99 Annex G, as CPython's special-value
// tables do; here the C library's complex functions supply them.
//
// Read next: objects/complex.c.
#include <complex.h>
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"

typedef struct Cpx {
    double re, im;
} Cpx;

#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_SQRT_LARGE_DOUBLE (sqrt(CM_LARGE_DOUBLE))
#define CM_LOG_LARGE_DOUBLE (log(CM_LARGE_DOUBLE))
#define CM_SQRT_DBL_MIN (sqrt(DBL_MIN))
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)

// The argument as a complex: a complex, or anything float() takes, or an
// object with __complex__.
static int to_cpx(Value v, Cpx *out) {
    if (mo_is_complex(v)) {
        ComplexObject *c = (ComplexObject *)mo_ptr(v);
        *out = (Cpx){c->real, c->imag};
        return 0;
    }
    if (mo_type_lookup(mo_type(v), mo_str_intern_cstr("__complex__")) != MO_NULL) {
        Value r = mo_call_method_cstr(v, "__complex__", NULL, 0);
        if (r == V_ERR)
            return -1;
        if (!mo_is_complex(r)) {
            mo_err_format(&mo_exc_TypeError, "__complex__ returned non-complex (type %s)", mo_type_name(r));
            return -1;
        }
        ComplexObject *c = (ComplexObject *)mo_ptr(r);
        *out = (Cpx){c->real, c->imag};
        return 0;
    }
    out->im = 0.0;
    if (mo_to_double(v, &out->re) < 0) {
        if (mo_err_matches(&mo_exc_TypeError)) {
            mo_err_clear();
            mo_err_format(&mo_exc_TypeError, "must be real number, not %s", mo_type_name(v));
        }
        return -1;
    }
    return 0;
}

static inline bool is_finite(Cpx z) { return isfinite(z.re) && isfinite(z.im); }
// Calls a C99 complex function through a volatile pointer: the compiler
// then cannot treat it as a pure builtin and move the flag test below
// before it.
static double complex c99(double complex (*f)(double complex), Cpx z) {
    double complex (*volatile fv)(double complex) = f;
    return fv(CMPLX(z.re, z.im));
}

// A C99 result; the invalid-operation flag it raised (sin(inf), say) is
// CPython's domain error.
static inline Cpx from_c99(double complex c) {
    if (fetestexcept(FE_INVALID))
        errno = EDOM;
    return (Cpx){creal(c), cimag(c)};
}

static double log1p_signed(double x) { return x == 0.0 ? x : log1p(x); }

// ------------------------------------------------------------- the kernels

static Cpx c_sqrt(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(csqrt, z));
    if (z.re == 0. && z.im == 0.)
        return (Cpx){0., z.im};
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    errno = 0;
    if (z.re >= 0.)
        return (Cpx){s, copysign(d, z.im)};
    return (Cpx){d, copysign(s, z.im)};
}

static Cpx c_exp(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(cexp, z));
    Cpx r;
    if (z.re > CM_LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.);
        r = (Cpx){l * cos(z.im) * M_E, l * sin(z.im) * M_E};
    } else {
        double l = exp(z.re);
        r = (Cpx){l * cos(z.im), l * sin(z.im)};
    }
    errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static Cpx c_log(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(clog, z));
    double ax = fabs(z.re), ay = fabs(z.im);
    Cpx r;
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        r.re = log(hypot(ax / 2., ay / 2.)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            // hypot(ax, ay) would be subnormal.
            r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
        } else {
            r.re = -HUGE_VAL;
            r.im = atan2(z.im, z.re);
            errno = EDOM;
            return r;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p_signed((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    errno = 0;
    return r;
}

static Cpx c_cosh(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(ccosh, z));
    Cpx r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        // cosh(z.re) overflows where cosh(z) may not.
        double x_minus_one = z.re - copysign(1., z.re);
        r = (Cpx){cos(z.im) * cosh(x_minus_one) * M_E, sin(z.im) * sinh(x_minus_one) * M_E};
    } else {
        r = (Cpx){cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re)};
    }
    errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static Cpx c_sinh(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(csinh, z));
    Cpx r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        double x_minus_one = z.re - copysign(1., z.re);
        r = (Cpx){cos(z.im) * sinh(x_minus_one) * M_E, sin(z.im) * cosh(x_minus_one) * M_E};
    } else {
        r = (Cpx){cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re)};
    }
    errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static Cpx c_tanh(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(ctanh, z));
    Cpx r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        r.re = copysign(1., z.re);
        r.im = 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re));
    } else {
        double tx = tanh(z.re), ty = tan(z.im), cx = 1. / cosh(z.re);
        double txty = tx * ty, denom = 1. + txty * txty;
        r.re = tx * (1. + ty * ty) / denom;
        r.im = ((ty / denom) * cx) * cx;
    }
    errno = 0;
    return r;
}

static Cpx c_acos(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(cacos, z));
    Cpx r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = atan2(fabs(z.im), z.re);
        if (z.re < 0.)
            r.im = -copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., z.im);
        else
            r.im = copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., -z.im);
    } else {
        Cpx s1 = c_sqrt((Cpx){1. - z.re, -z.im});
        Cpx s2 = c_sqrt((Cpx){1. + z.re, z.im});
        r.re = 2. * atan2(s1.re, s2.re);
        r.im = asinh(s2.re * s1.im - s2.im * s1.re);
    }
    errno = 0;
    return r;
}

static Cpx c_acosh(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(cacosh, z));
    Cpx r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2.;
        r.im = atan2(z.im, z.re);
    } else {
        Cpx s1 = c_sqrt((Cpx){z.re - 1., z.im});
        Cpx s2 = c_sqrt((Cpx){z.re + 1., z.im});
        r.re = asinh(s1.re * s2.re + s1.im * s2.im);
        r.im = 2. * atan2(s1.im, s2.re);
    }
    errno = 0;
    return r;
}

static Cpx c_asinh(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(casinh, z));
    Cpx r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        if (z.im >= 0.)
            r.re = copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., z.re);
        else
            r.re = -copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., -z.re);
        r.im = atan2(z.im, fabs(z.re));
    } else {
        Cpx s1 = c_sqrt((Cpx){1. + z.im, -z.re});
        Cpx s2 = c_sqrt((Cpx){1. - z.im, z.re});
        r.re = asinh(s1.re * s2.im - s2.re * s1.im);
        r.im = atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    }
    errno = 0;
    return r;
}

static Cpx c_atanh(Cpx z) {
    if (!is_finite(z))
        return from_c99(c99(catanh, z));
    // Reduced to z.re >= 0 by atanh(-z) = -atanh(z).
    if (z.re < 0.) {
        Cpx r = c_atanh((Cpx){-z.re, -z.im});
        return (Cpx){-r.re, -r.im};
    }
    double ay = fabs(z.im);
    Cpx r;
    if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        // Large |z|: atanh(z) ~ 1/z +- i pi/2.
        double h = hypot(z.re / 2., z.im / 2.);
        r.re = z.re / 4. / h / h;
        r.im = -copysign(M_PI / 2., -z.im);
        errno = 0;
    } else if (z.re == 1. && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0.) {
            r.re = HUGE_VAL;
            r.im = z.im;
            errno = EDOM;
        } else {
            r.re = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
            r.im = copysign(atan2(2., -ay) / 2, z.im);
            errno = 0;
        }
    } else {
        r.re = log1p_signed(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.;
        r.im = -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.;
        errno = 0;
    }
    return r;
}

// The trigonometric functions through their hyperbolic twins at i z.
static Cpx rot_in(Cpx z) { return (Cpx){-z.im, z.re}; }
static Cpx rot_out(Cpx s) { return (Cpx){s.im, -s.re}; }
static Cpx c_cos(Cpx z) { return c_cosh(rot_in(z)); }
static Cpx c_sin(Cpx z) { return rot_out(c_sinh(rot_in(z))); }
static Cpx c_tan(Cpx z) { return rot_out(c_tanh(rot_in(z))); }
static Cpx c_asin(Cpx z) { return rot_out(c_asinh(rot_in(z))); }
static Cpx c_atan(Cpx z) { return rot_out(c_atanh(rot_in(z))); }

static Cpx c_log10(Cpx z) {
    Cpx r = c_log(z);
    int saved = errno;
    r.re /= M_LN10;
    r.im /= M_LN10;
    errno = saved;
    return r;
}

// ------------------------------------------------------------- the module

static Value math_error(void) {
    if (errno == EDOM)
        return mo_err_format(&mo_exc_ValueError, "math domain error");
    return mo_err_format(&mo_exc_OverflowError, "math range error");
}

static Value result(Cpx z, Cpx r) {
    // Non-finite arguments report only domain errors (the invalid cases of
    // CPython's special-value tables), and NaN arguments none.
    if (errno && (is_finite(z) || (errno == EDOM && !isnan(z.re) && !isnan(z.im))))
        return math_error();
    return mo_complex_new(r.re, r.im);
}

#define CMATH_1(name)                                                                    \
    static Value cmath_##name(Value self, const Value *args, size_t nargs, Value kwnames) { \
        if (mo_args_check(#name, nargs, kwnames, 1, 1) < 0)                              \
            return V_ERR;                                                                \
        Cpx z;                                                                           \
        if (to_cpx(args[0], &z) < 0)                                                     \
            return V_ERR;                                                                \
        errno = 0;                                                                       \
        feclearexcept(FE_INVALID);                                                       \
        Cpx r = c_##name(z);                                                             \
        return result(z, r);                                                             \
    }

CMATH_1(sqrt)
CMATH_1(exp)
CMATH_1(log10)
CMATH_1(cos)
CMATH_1(sin)
CMATH_1(tan)
CMATH_1(cosh)
CMATH_1(sinh)
CMATH_1(tanh)
CMATH_1(acos)
CMATH_1(asin)
CMATH_1(atan)
CMATH_1(acosh)
CMATH_1(asinh)
CMATH_1(atanh)

static Value cmath_log(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("log", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    Cpx z, b;
    if (to_cpx(args[0], &z) < 0 || (nargs == 2 && to_cpx(args[1], &b) < 0))
        return V_ERR;
    errno = 0;
    feclearexcept(FE_INVALID);
    Cpx r = c_log(z);
    if (nargs == 2) {
        int saved = errno;
        Cpx lb = c_log(b);
        if (errno == 0)
            errno = saved;
        // Smith's quotient, as complex division does.
        double ar = fabs(lb.re), ai = fabs(lb.im);
        if (ar >= ai) {
            if (ar == 0.0) {
                errno = EDOM;
                r = (Cpx){0.0, 0.0};
            } else {
                double ratio = lb.im / lb.re, denom = lb.re + lb.im * ratio;
                r = (Cpx){(r.re + r.im * ratio) / denom, (r.im - r.re * ratio) / denom};
            }
        } else if (ai >= ar) {
            double ratio = lb.re / lb.im, denom = lb.re * ratio + lb.im;
            r = (Cpx){(r.re * ratio + r.im) / denom, (r.im * ratio - r.re) / denom};
        } else {
            r = (Cpx){NAN, NAN};
        }
        if (errno)
            return math_error();
    }
    return result(z, r);
}

static Value cmath_phase(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("phase", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Cpx z;
    if (to_cpx(args[0], &z) < 0)
        return V_ERR;
    return mo_float(atan2(z.im, z.re));
}

static Value cmath_polar(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("polar", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Cpx z;
    if (to_cpx(args[0], &z) < 0)
        return V_ERR;
    double r = hypot(z.re, z.im);
    if (isinf(r) && is_finite(z))
        return mo_err_format(&mo_exc_OverflowError, "math range error");
    return mo_tuple_pack(2, mo_float(r), mo_float(atan2(z.im, z.re)));
}

static Value cmath_rect(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("rect", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    double r, phi;
    if (mo_to_double(args[0], &r) < 0 || mo_to_double(args[1], &phi) < 0)
        return V_ERR;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.0)
            return mo_complex_new(r * cos(phi), r * sin(phi));
        if (isnan(r) || isnan(phi))
            return mo_complex_new(isinf(r) ? fabs(r) : NAN, phi == 0.0 ? phi : NAN);
        if (isinf(phi) && r != 0.0)
            return mo_err_format(&mo_exc_ValueError, "math domain error");
        return mo_complex_new(r, r == 0.0 ? 0.0 : r * phi);
    }
    if (phi == 0.0)
        return mo_complex_new(r, r * phi);
    return mo_complex_new(r * cos(phi), r * sin(phi));
}

static Value cmath_isfinite(Value self, const Value *args, size_t nargs, Value kwnames) {
    Cpx z;
    if (mo_args_check("isfinite", nargs, kwnames, 1, 1) < 0 || to_cpx(args[0], &z) < 0)
        return V_ERR;
    return mo_bool(is_finite(z));
}

static Value cmath_isinf(Value self, const Value *args, size_t nargs, Value kwnames) {
    Cpx z;
    if (mo_args_check("isinf", nargs, kwnames, 1, 1) < 0 || to_cpx(args[0], &z) < 0)
        return V_ERR;
    return mo_bool(isinf(z.re) || isinf(z.im));
}

static Value cmath_isnan(Value self, const Value *args, size_t nargs, Value kwnames) {
    Cpx z;
    if (mo_args_check("isnan", nargs, kwnames, 1, 1) < 0 || to_cpx(args[0], &z) < 0)
        return V_ERR;
    return mo_bool(isnan(z.re) || isnan(z.im));
}

static Value cmath_isclose(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value v[4];
    if (mo_args_bind("isclose", args, nargs, kwnames, names, 4, 2, 2, v) < 0)
        return V_ERR;
    Cpx a, b;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (to_cpx(v[0], &a) < 0 || to_cpx(v[1], &b) < 0 || (v[2] != MO_NULL && mo_to_double(v[2], &rel_tol) < 0) ||
        (v[3] != MO_NULL && mo_to_double(v[3], &abs_tol) < 0))
        return V_ERR;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return mo_err_format(&mo_exc_ValueError, "tolerances must be non-negative");
    if (a.re == b.re && a.im == b.im)
        return MO_TRUE;
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im))
        return MO_FALSE;
    double diff = hypot(a.re - b.re, a.im - b.im);
    return mo_bool(diff <= rel_tol * hypot(b.re, b.im) || diff <= rel_tol * hypot(a.re, a.im) || diff <= abs_tol);
}

static const MethodDef cmath_methods[] = {
    {"acos", cmath_acos, 0, NULL},
    {"acosh", cmath_acosh, 0, NULL},
    {"asin", cmath_asin, 0, NULL},
    {"asinh", cmath_asinh, 0, NULL},
    {"atan", cmath_atan, 0, NULL},
    {"atanh", cmath_atanh, 0, NULL},
    {"cos", cmath_cos, 0, NULL},
    {"cosh", cmath_cosh, 0, NULL},
    {"exp", cmath_exp, 0, NULL},
    {"isclose", cmath_isclose, 0, NULL},
    {"isfinite", cmath_isfinite, 0, NULL},
    {"isinf", cmath_isinf, 0, NULL},
    {"isnan", cmath_isnan, 0, NULL},
    {"log", cmath_log, 0, NULL},
    {"log10", cmath_log10, 0, NULL},
    {"phase", cmath_phase, 0, NULL},
    {"polar", cmath_polar, 0, NULL},
    {"rect", cmath_rect, 0, NULL},
    {"sin", cmath_sin, 0, NULL},
    {"sinh", cmath_sinh, 0, NULL},
    {"sqrt", cmath_sqrt, 0, NULL},
    {"tan", cmath_tan, 0, NULL},
    {"tanh", cmath_tanh, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int cmath_exec(Value m) {
    Value infj = mo_complex_new(0.0, INFINITY), nanj = mo_complex_new(0.0, NAN);
    if (infj == V_ERR || nanj == V_ERR)
        return -1;
    if (mo_module_add(m, "pi", mo_float(M_PI)) < 0 || mo_module_add(m, "e", mo_float(M_E)) < 0 ||
        mo_module_add(m, "tau", mo_float(2.0 * M_PI)) < 0 || mo_module_add(m, "inf", mo_float(INFINITY)) < 0 ||
        mo_module_add(m, "nan", mo_float(NAN)) < 0 || mo_module_add(m, "infj", infj) < 0 ||
        mo_module_add(m, "nanj", nanj) < 0)
        return -1;
    return 0;
}

const ModuleDef mo_cmath_module_def = {"cmath", cmath_methods, cmath_exec};
