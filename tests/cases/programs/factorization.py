# Integer factorization: trial division, deterministic Miller-Rabin, Pollard's rho (Floyd), divisor functions.
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1

def factor(n):
    if n == 1:
        return []
    if is_prime(n):
        return [n]
    for p in range(2, 1000):
        if n % p == 0:
            return [p] + factor(n // p)
    d = rho(n)
    return sorted(factor(d) + factor(n // d))

def show(fs):
    out = {}
    for p in fs:
        out[p] = out.get(p, 0) + 1
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(out.items()))

for n in [2, 97, 360, 1001, 65536, 999999, 600851475143, 2**32 + 1, 2**64 + 1, 10**18 + 9, 1234567891011121314151617]:
    fs = factor(n)
    prod = 1
    for p in fs:
        prod *= p
    print(f"{n} = {show(fs)}  ok={prod == n and all(is_prime(p) for p in fs)}")
print([n for n in range(1, 60) if is_prime(n)])
print(is_prime(2**61 - 1), is_prime(2**67 - 1), is_prime(561), is_prime(3215031751))
def sigma(n):
    total = 1
    fs = factor(n)
    for p in set(fs):
        e = fs.count(p)
        total *= (p ** (e + 1) - 1) // (p - 1)
    return total
perfect = [n for n in range(2, 10000) if sigma(n) == 2 * n]
print("perfect numbers below 10000:", perfect)
