import cmath, math
vals = [1, -1, 0.5, -4, 2j, -2j, 1 + 1j, -1 - 1j, 3 - 4j, 1e-310 + 1e-310j, 1e300 + 1e300j, -1e300 - 1j, 0.7 + 0.7j, 1 + 0j, -0.0, complex(0, -0.0), 1e-8 + 1e-8j, 100 + 1j, -700 + 2j, 710 + 0.5j, 0.001 - 5j, 1.0000001 + 0j, 1 + 1e-200j]
seed = 7
for i in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    a = (seed % 2000 - 1000) / 97
    seed = (seed * 1103515245 + 12345) % 2147483648
    b = (seed % 2000 - 1000) / 131
    vals.append(complex(a, b))
fns = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for v in vals:
    row = []
    for f in fns:
        try:
            row.append(repr(getattr(cmath, f)(v)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(v), " ".join(row))
    print("  ", cmath.phase(v), cmath.polar(v), cmath.rect(abs(v), cmath.phase(v)), cmath.isfinite(v), cmath.log(v + 2, 3) if v != -2 else "")
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.exp(1j * math.pi), cmath.polar(1j), cmath.rect(2, math.pi / 2), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt("x"), lambda: cmath.log(1, 0), lambda: cmath.cosh(1000 + 1j)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
