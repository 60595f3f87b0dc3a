# 1000 digits of pi with Machin's formula in fixed-point big-integer arithmetic, plus digit statistics.
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total

def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)

s = pi_digits(1000)
print(s[0] + "." + s[1:61])
for i in range(1, 1001, 100):
    print(f"{i:>4}: {s[i:i + 50]}")
counts = [s[1:].count(str(d)) for d in range(10)]
print("digit counts:", counts, sum(counts))
print("first '999999' at decimal place:", s[1:].find("999999") + 1)

def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = term = unity
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total // 10 ** 10)
e = e_digits(300)
print(e[0] + "." + e[1:101])
