# Tuple packing/unpacking in returns, swaps, loops; tuple() of generators.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
a, b = 1, 2
a, b = b, a
print(a, b)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
t = tuple(i * i for i in range(5))
print(t, sum(t), len(t))
print(divmod(17, 5), tuple(map(abs, (-1, -2))))
