# dicts with int, float, bool, tuple, None keys; 1 == 1.0 == True collapse.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[2] = "two"
d[None] = "none"
d[(1, 2)] = "tuple"
d[-1] = "neg"
d[2**100] = "big"
print(d, d[1], d[2.0], d[(1, 2)])
sq = {i: i * i for i in range(10)}
print(sq)
for k in [3, 3.0, 10]:
    print(k, k in sq)
