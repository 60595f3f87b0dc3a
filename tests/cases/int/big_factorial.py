# Big integers: factorial of 1000, its digit sum and number of trailing zeros.
f = 1
for i in range(2, 1001):
    f *= i
s = str(f)
print(len(s))
print(s[:50])
print(s[-260:])
print(sum(int(c) for c in s))
z = 0
while f % 10 == 0:
    f //= 10
    z += 1
print(z)
