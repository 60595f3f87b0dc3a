# Infinite prime generator (incremental sieve with a dict), consumed partially.
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1
out = []
for p in primes():
    if p > 200:
        break
    out.append(p)
print(out)
g = primes()
for _ in range(1999):
    next(g)
print(next(g))
