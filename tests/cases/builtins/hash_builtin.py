# hash() of ints, floats and tuples (CPython's deterministic algorithms); unhashable types fail.
for v in [0, 1, -1, 42, 2**61 - 1, 2**100, 1.0, 0.5, -2.5, (1, 2), (1, (2, 3)), (), True, (1.5, -3), ((),)]:
    print(repr(v), hash(v))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for v in [[1], {1: 2}, {1}]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
