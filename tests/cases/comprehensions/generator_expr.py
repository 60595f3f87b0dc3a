# Generator expressions: laziness, single use, passing to functions, early stop.
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
log = []
def noisy(x):
    log.append(x)
    return x
gen = (noisy(x) for x in range(10))
print(any(v > 3 for v in gen), log)
print(list(zip((i for i in range(3)), (c for c in "abcdef"))))
print(tuple(i for i in range(3)), "".join(str(i) for i in range(5)), sorted((-x for x in range(4))))
outer = (i for i in range(3))
print([list(outer) for _ in range(2)])
