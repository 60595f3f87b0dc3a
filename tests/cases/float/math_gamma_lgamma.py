import math
vals = [0.5, 1.5, 2.5, 3.3, 4.7, 10.1, 0.1, 7, 10, 20, 30, 50.5, 100, 170.5, -0.5, -1.5, -2.7, 1e-5, 25.25, 3, 1, 2]
for v in vals:
    print(v, math.gamma(v), math.lgamma(v))
for v in [0.25, 0.75, 1.25, 5.5, 8.8, 12.3, 200.0, 1000.5, -3.3]:
    print(v, math.lgamma(v), math.erf(v / 3), math.erfc(v / 3))
vals = []
x = 0.0137
for i in range(400):
    x = (x * 7.31 + 0.123) % 1.0
    vals.append((x - 0.3) * 400)
vals += [171.5, 171.7, 172, 180, -170.5, -180.3, 1e-21, -1e-21, 0.0, -0.0, 1e300, -1e300, 200.5, -200.5, 141, 139.5, 5.524680040776729583740234375, 5.0, 4.999]
out = []
for v in vals:
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
print(" ".join(out[:200]))
print(" ".join(out[200:]))
