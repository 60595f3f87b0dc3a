# Comprehensions referring to enclosing function variables and to earlier loop variables.
def table(n):
    return [[f"{i}x{j}={i * j}" for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table(3):
    print(" ".join(row))
def pythagorean(limit):
    return [(a, b, c) for a in range(1, limit) for b in range(a, limit) for c in range(b, limit) if a * a + b * b == c * c]
print(pythagorean(30))
def primes(n):
    return [p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes(60))
words = ["alpha", "beta", "gamma", "delta"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words[:2]})
