# The most negative small int (-2**47) floor-divided by -1 leaves the
# small-int range: the quotient must become a big int, not wrap back to
# -2**47. Found by tests/fuzz/jitdiff.py (b = b // -1 in a hot loop).
b = 2**47
out = []
for i in range(20):
    b = b // -1
    out.append(b)
print(out[:4], out[-2:])
vals = [-2**47, 2**47 - 1, -2**47 + 1, -1, 1, 3, -3]
for a in vals:
    for d in vals:
        print(a, d, a // d, a % d, divmod(a, d), -a, abs(a), a * d)
x = -140737488355327 - 1
x //= -1
print(x, -140737488355328 // -1)
