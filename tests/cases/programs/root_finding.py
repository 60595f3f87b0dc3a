# Root finding and numerical methods on floats: bisection, Newton, secant, fixed point, golden-section search.
import math
def bisect(f, a, b, tol=1e-12):
    fa = f(a)
    n = 0
    while b - a > tol:
        m = (a + b) / 2
        fm = f(m)
        if (fm < 0) == (fa < 0):
            a, fa = m, fm
        else:
            b = m
        n += 1
    return (a + b) / 2, n
def newton(f, df, x, tol=1e-14):
    for n in range(1, 100):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, n
    return x, 100
def secant(f, x0, x1, tol=1e-14):
    for n in range(1, 100):
        f0, f1 = f(x0), f(x1)
        if f1 == f0:
            return x1, n
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x1 - x0) < tol:
            return x1, n
    return x1, 100
problems = [
    ("x^2-2", lambda x: x * x - 2, lambda x: 2 * x, 0.0, 2.0),
    ("cos(x)-x", lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 0.0, 1.0),
    ("x^3-x-2", lambda x: x ** 3 - x - 2, lambda x: 3 * x * x - 1, 1.0, 2.0),
    ("e^x-3", lambda x: math.exp(x) - 3, lambda x: math.exp(x), 0.0, 2.0),
]
for name, f, df, a, b in problems:
    rb, nb = bisect(f, a, b)
    rn, nn = newton(f, df, b)
    rs, ns = secant(f, a, b)
    print(f"{name:<9} bisect {rb:.12f} ({nb:2}) newton {rn:.12f} ({nn:2}) secant {rs:.12f} ({ns:2}) agree {abs(rb - rn) < 1e-9 and abs(rn - rs) < 1e-9}")
x = 1.0
for i in range(100):
    nx = math.cos(x)
    if abs(nx - x) < 1e-12:
        break
    x = nx
print("fixed point of cos:", round(x, 10), "after", i, "iterations")
def golden(f, a, b, tol=1e-10):
    g = (math.sqrt(5) - 1) / 2
    c, d = b - g * (b - a), a + g * (b - a)
    while b - a > tol:
        if f(c) < f(d):
            b, d = d, c
            c = b - g * (b - a)
        else:
            a, c = c, d
            d = a + g * (b - a)
    return (a + b) / 2
xmin = golden(lambda x: (x - 1.5) ** 2 + 0.25 * math.sin(5 * x), 0.0, 3.0)
print("minimum near", round(xmin, 6))
