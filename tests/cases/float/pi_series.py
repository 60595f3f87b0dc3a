# Numerical algorithms on floats: Leibniz series, Newton sqrt, Simpson integration.
def leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s
print(repr(leibniz(20000)))
def newton_sqrt(x):
    g = x / 2 if x > 1 else 1.0
    for _ in range(60):
        g = 0.5 * (g + x / g)
    return g
for v in [2.0, 10.0, 0.25, 1e10, 12345.678]:
    print(v, repr(newton_sqrt(v)))
def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
print(repr(simpson(lambda x: x * x, 0.0, 3.0, 100)))
print(repr(simpson(lambda x: 1 / (1 + x * x), 0.0, 1.0, 1000) * 4))
