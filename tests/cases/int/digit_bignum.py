# Arbitrary-precision arithmetic on digit lists written by hand, cross-checked against native big ints.
BASE = 10000
def to_limbs(n):
    limbs = []
    while n:
        n, r = divmod(n, BASE)
        limbs.append(r)
    return limbs or [0]
def from_limbs(l):
    n = 0
    for d in reversed(l):
        n = n * BASE + d
    return n
def add(a, b):
    out, carry = [], 0
    for i in range(max(len(a), len(b))):
        s = (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) + carry
        out.append(s % BASE)
        carry = s // BASE
    if carry:
        out.append(carry)
    return out
def mul(a, b):
    out = [0] * (len(a) + len(b))
    for i, x in enumerate(a):
        carry = 0
        for j, y in enumerate(b):
            t = out[i + j] + x * y + carry
            out[i + j] = t % BASE
            carry = t // BASE
        k = i + len(b)
        while carry:
            t = out[k] + carry
            out[k] = t % BASE
            carry = t // BASE
            k += 1
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out
def to_str(l):
    return str(l[-1]) + "".join(f"{d:04d}" for d in reversed(l[:-1]))
f = [1]
for i in range(2, 201):
    f = mul(f, to_limbs(i))
s = to_str(f)
native = 1
for i in range(2, 201):
    native *= i
print(s[:40], len(s), s == str(native))
a, b = 3 ** 300, 7 ** 250
print(from_limbs(add(to_limbs(a), to_limbs(b))) == a + b, from_limbs(mul(to_limbs(a), to_limbs(b))) == a * b)
fib_a, fib_b = [0], [1]
for _ in range(500):
    fib_a, fib_b = fib_b, add(fib_a, fib_b)
print(to_str(fib_a))
print(to_limbs(0), to_limbs(9999), to_limbs(10000), to_str(to_limbs(100000001)))
