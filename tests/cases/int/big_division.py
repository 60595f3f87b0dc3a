# Big-int division and modulo of multi-limb numbers, with checks via multiplication.
a = 3**500 + 17
b = 7**100 - 3
q, r = divmod(a, b)
print(q)
print(r)
print(q * b + r == a)
print(a // -b, a % -b)
print(-a // b, -a % b)
print((10**100) // (10**50 + 1))
print((10**100) % 999999999999999999999)
n = 2**521 - 1
print(n % 1000000007, n // 2**500)
print(divmod(-(10**40), 10**20 + 1))
