import math
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(fact(500))), sum(int(d) for d in str(fact(300))))
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
print(a)
print(a % 1000000007, a // 10**200, a.bit_length(), (-a).bit_length(), a >> 500, a << 3 & 0xffff)
print(2**100, 2**100 - 1, -(2**100), 3**200 % 10**20, pow(3, 200, 10**9 + 7), pow(2, 10**18, 1000000007), pow(-3, 3), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(divmod(10**30, 7), divmod(-10**30, 7), divmod(10**30, -7), divmod(-10**30, -10**15 - 3))
print((10**30) // -7, (-10**30) % 7, -10**30 // 10**29, 10**30 / 10**10, 10**30 / 3)
print(-1 & 0xff, -256 | 15, -1 ^ 5, ~5, ~-1, -5 >> 1, -5 << 2, -(2**70) >> 3, -(2**70) & (2**65 - 1), (2**70) ^ -(2**69), (-2**64) | 1, ~(2**80))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (2**64).to_bytes(9, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x00\x01", "little"), int.from_bytes(bytes(range(20)), "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(bin(2**70), oct(2**70), hex(2**70), bin(-37), oct(-37), hex(-255), hex(0), bin(0))
print(int("1" * 50), int("f" * 30, 16), int("-" + "7" * 40, 8), int("z" * 20, 36))
print(math.factorial(30), math.gcd(2**64, 6**20), math.lcm(12, 18, 10), math.isqrt(10**40 + 12345), math.comb(100, 50), math.perm(20, 5))
print(10**20 == 10.0**20, 10**23 == 1e23, 2**64 + 0.5, float(2**64) == 2**64, 2**1023 * 2.0 if False else "", (2**64) * 1.5)
print(str(-10**50), repr(10**50), f"{10**30:,}", f"{2**100:x}", f"{-2**100:#b}"[:20], f"{10**25:e}", f"{10**25:.3e}", f"{10**25:30d}|")
print(int(1e20), int(1.5e30), int(-1e25), round(10**30 + 5, -1), round(-(10**30) - 5, -1), round(12345678901234567890123, -5))
print(sorted([10**20, -5, 2**64, 3.5, -10**30]), max(2**100, 2**99 * 3), abs(-10**40))
print(hash(10**30) == hash(10**30), hash(2**61 - 1), hash(2**100) == hash(2**100 % (2**61 - 1)))
print((10**18) * (10**18), 99999999999 * 99999999999, -99999999999 * 99999999999, 123456789 ** 5)
print(7**77 // 13**33, 7**77 % 13**33, (-7**77) // 13**33, (-7**77) % 13**33)
x = 1
for i in range(64):
    x = x * 3 + 1
print(x, x.bit_length(), x.bit_count() if hasattr(x, "bit_count") else "", (2**64 - 1).bit_count())
print(int.from_bytes(b"\x80", "big", signed=True), (-128).to_bytes(1, "big", signed=True), (1000).to_bytes(4, byteorder="little"))
print(bool(10**30), 10**30 and 5, not 10**30, -0 == 0, (2**64) // (2**32), (2**64) % (2**32 + 1))
print(pow(2, 100, -7), pow(10**20, 3, 10**9 + 9), 2 ** 0, 0 ** 0, (-2) ** 63, (-2) ** 64)
