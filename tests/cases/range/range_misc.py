# range objects: negative steps, hashing/equality, bool, slicing of slices, big bounds, reversed big ranges.
r = range(20, -10, -3)
print(list(r), len(r), r[0], r[-1], r[3], r[-3], 2 in r, 5 in r, -7 in r)
print(r[1:4], r[::-2], list(r[1:-1:2]), r[2:][1:][0])
print(bool(range(0)), bool(range(1)), range(0) == range(10, 10), range(1, 2) == range(1, 3, 5))
print(hash(range(3)) == hash(range(0, 3)), {range(2): "a"}[range(0, 2, 1)])
big = range(10**30, 10**30 + 10, 3)
print(list(big), big[-1], len(big), 10**30 + 3 in big, list(reversed(big)))
print(range(5).index(4), list(range(-3)), list(range(3, -3, -2)))
print(min(range(5, 0, -1)), max(range(-5, -1)), sum(range(-100, 101)))
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
