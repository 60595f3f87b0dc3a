# Big-integer number theory: factorials, Catalan and binomial numbers, 2**1000 digits, Mersenne checks.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def binom(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r

print("100! =", fact(100))
print("digits of 1000!:", len(str(fact(1000))))
print("sum of digits of 2**1000:", sum(map(int, str(2 ** 1000))))
print("C(100, 50) =", binom(100, 50))
print("C(1000, 500) mod 1e9+7 =", binom(1000, 500) % (10 ** 9 + 7))
catalan = [binom(2 * n, n) // (n + 1) for n in range(30)]
print("Catalan:", catalan[:15])
print("Catalan(29) =", catalan[29])
row = [binom(20, k) for k in range(21)]
print("row 20 of Pascal:", row, sum(row) == 2 ** 20)

def lucas_lehmer(p):
    if p == 2:
        return True
    m = (1 << p) - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s == 0

mersenne = [p for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 61, 89, 107, 127, 521] if lucas_lehmer(p)]
print("Mersenne prime exponents:", mersenne)
m127 = 2 ** 127 - 1
print("M127 =", m127)

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

root2 = isqrt(2 * 10 ** 200)
print("sqrt(2) to 100 digits:", str(root2)[:1] + "." + str(root2)[1:101])
print("isqrt checks:", all(isqrt(n * n) == n and isqrt(n * n + 2 * n) == n for n in [0, 1, 5, 10 ** 30, 3 ** 100]))

a, b = 0, 1
k = 1
while len(str(b)) < 1000:
    a, b = b, a + b
    k += 1
print("first Fibonacci with 1000 digits is F(%d)" % k)
print("2**4423-1 has", len(str(2 ** 4423 - 1)), "digits")
print("powers:", 7 ** 77, (-3) ** 101)
