# Sieve of Eratosthenes with prime statistics: counts, gaps, twin primes, Goldbach checks.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return is_p

N = 200000
flags = sieve(N)
primes = [i for i, f in enumerate(flags) if f]
print("primes below", N, ":", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])

for limit in (10, 100, 1000, 10000, 100000):
    print(f"pi({limit:>6}) = {sum(1 for p in primes if p < limit):>5}")

gaps = {}
best_gap, best_at = 0, 0
for a, b in zip(primes, primes[1:]):
    g = b - a
    gaps[g] = gaps.get(g, 0) + 1
    if g > best_gap:
        best_gap, best_at = g, a
print("largest gap", best_gap, "after", best_at)
for g in sorted(gaps)[:8]:
    print(f"gap {g:3}: {gaps[g]}")

twins = [(p, p + 2) for p in primes if p + 2 <= N and flags[p + 2]]
print("twin pairs:", len(twins), twins[:5], twins[-1])

def goldbach(n):
    for p in primes:
        if p > n // 2:
            break
        if flags[n - p]:
            return p, n - p
    return None

for n in (4, 28, 100, 1000, 99998):
    print(n, "=", "%d + %d" % goldbach(n))
print("all even numbers up to 10000 verified:", all(goldbach(n) for n in range(4, 10001, 2)))
