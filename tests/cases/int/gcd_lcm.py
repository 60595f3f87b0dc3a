# Euclid's gcd, extended gcd and lcm written in Python; checked against math.gcd.
import math
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (0, 9), (270, 192), (2**64, 2**40 * 3), (-48, 18), (10**30, 10**20 + 5)]
for a, b in pairs:
    g, x, y = egcd(a, b)
    print(a, b, gcd(a, b), math.gcd(a, b), g, a * x + b * y == g)
print(math.lcm(4, 6), math.lcm(21, 6, 14))
print(math.gcd(), math.gcd(0, 0))
print(math.isqrt(10**20), math.isqrt(99), math.factorial(20))
