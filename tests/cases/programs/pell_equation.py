# Continued fractions of square roots and the fundamental solutions of Pell's equation x^2 - n*y^2 = 1 (big ints).
def sqrt_cf(n):
    a0 = int(n ** 0.5)
    while a0 * a0 > n:
        a0 -= 1
    while (a0 + 1) * (a0 + 1) <= n:
        a0 += 1
    if a0 * a0 == n:
        return a0, []
    m, d, a = 0, 1, a0
    period = []
    while True:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
        if a == 2 * a0:
            return a0, period
def pell(n):
    a0, period = sqrt_cf(n)
    if not period:
        return None
    h1, h0 = a0, 1
    k1, k0 = 1, 0
    i = 0
    while h1 * h1 - n * k1 * k1 != 1:
        a = period[i % len(period)]
        h1, h0 = a * h1 + h0, h1
        k1, k0 = a * k1 + k0, k1
        i += 1
    return h1, k1
for n in [2, 3, 7, 13, 19, 23, 29, 31, 43, 46, 53, 61, 94, 109, 181, 661]:
    a0, period = sqrt_cf(n)
    x, y = pell(n)
    assert x * x - n * y * y == 1
    print(f"n={n:<4} sqrt=[{a0}; {period[:8]}{'...' if len(period) > 8 else ''}] len {len(period):<3} x={x} y={y}")
best = max((n for n in range(2, 1001) if sqrt_cf(n)[1]), key=lambda n: pell(n)[0])
print("largest fundamental x for n <= 1000: n =", best, "digits:", len(str(pell(best)[0])))
print("perfect squares have no solution:", [pell(n) for n in (4, 9, 16)])
