# Hot float loops: accumulation order matters, results compared bit-exactly via repr.
s = 0.0
for i in range(1, 100001):
    s += 1.0 / i
print(repr(s))
p = 1.0
for i in range(1, 60):
    p *= 1.1
print(repr(p))
x = 0.5
for _ in range(1000):
    x = 3.7 * x * (1 - x)
print(repr(x))
t = 0.0
k = 0
while k < 10000:
    t = t * 0.999 + k * 0.5
    k += 1
print(repr(t))
acc = 0
for i in range(1000):
    acc += i * 0.1
print(repr(acc))
