# Small-int arithmetic: + - * and overflow into big ints at the 2**62/2**63 edges.
vals = [0, 1, -1, 7, -7, 2**30, -2**30, 2**31 - 1, 2**47, 2**62 - 1, 2**62, 2**63 - 1, -2**63]
for a in vals:
    print(a + 1, a - 1, a * 3, a * -3, -a)
big = 2**62
print(big + big, big * 4, big - (-big))
x = 4611686018427387903
print(x + 1, x * 2, x * x)
y = -4611686018427387904
print(y - 1, y * 2, y * y, -y)
print(2**63 - 1 + 1, -2**63 - 1)
