# Many calls of small functions in a loop (call specialization, inlining across traces).
def sq(x):
    return x * x
def add3(a, b, c):
    return a + b + c
def pick(flag, a, b):
    if flag:
        return a
    return b
total = 0
for i in range(100000):
    total += sq(i % 100) + add3(i, 1, 2) - pick(i & 1, i, 0)
print(total)
def kw(a, b=1, *, c=2):
    return a * b + c
t = 0
for i in range(30000):
    t += kw(i, c=1) + kw(i, 2)
print(t)
