# Descriptive statistics and simple linear regression on float data, formatted to fixed precision.
data = [2.5, 3.1, 4.7, 1.9, 3.3, 5.8, 2.2, 4.1, 3.9, 2.8, 6.4, 3.5]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
var = sum((x - mean) ** 2 for x in data) / (n - 1)
std = var ** 0.5
def quantile(sorted_data, q):
    pos = (len(sorted_data) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_data) - 1)
    return sorted_data[lo] + (sorted_data[hi] - sorted_data[lo]) * (pos - lo)
print(f"n={n} mean={mean:.4f} median={median:.4f} var={var:.4f} std={std:.4f}")
print("quartiles:", [round(quantile(s, q), 4) for q in (0, 0.25, 0.5, 0.75, 1)])
print("z-scores:", [round((x - mean) / std, 3) for x in data[:6]])
xs = [float(i) for i in range(1, 13)]
ys = [2.0 * x + 1.5 + ((-1) ** i) * 0.3 * (i % 4) for i, x in enumerate(xs)]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
sxx = sum((x - mx) ** 2 for x in xs)
syy = sum((y - my) ** 2 for y in ys)
slope = sxy / sxx
intercept = my - slope * mx
r = sxy / (sxx * syy) ** 0.5
print(f"fit: y = {slope:.6f} x + {intercept:.6f}, r = {r:.6f}")
resid = [y - (slope * x + intercept) for x, y in zip(xs, ys)]
print("residual sum:", round(sum(resid), 10), "max abs residual:", round(max(map(abs, resid)), 6))
hist = {}
for x in data:
    b = int(x)
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print(f"[{b}, {b + 1}) {'#' * hist[b]}")
w = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
print("weighted mean:", round(sum(a * b for a, b in zip(data, w)) / sum(w), 6))
import math
print("geometric mean:", round(math.exp(sum(math.log(x) for x in data) / n), 6), round(math.prod(data) ** (1 / n), 6))
