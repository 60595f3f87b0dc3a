# Repeatedly build and discard binary trees of depth 12 while one long-lived tree stays reachable.
def make(d):
    if d == 0:
        return (None, None)
    return (make(d - 1), make(d - 1))
def count(t):
    if t[0] is None:
        return 1
    return 1 + count(t[0]) + count(t[1])
long_lived = make(14)
total = 0
for i in range(12):
    total += count(make(12))
print(total, count(long_lived))
