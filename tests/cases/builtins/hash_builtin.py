# hash() of ints, floats that are integral, tuples, frozensets of ints, None-free values; unhashables fail.
for v in [0, 1, -1, 42, 2**61 - 1, 2**100, 1.0, 0.5, -2.5, (1, 2), (1, (2, 3)), (), frozenset({1, 2}), True]:
    print(repr(v), hash(v))
for v in [[1], {1: 2}, {1}]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
