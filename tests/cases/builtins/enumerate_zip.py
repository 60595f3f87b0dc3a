# enumerate with start, zip with unequal lengths and strict, zip(*) transposition.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-2)))
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3), range(3))))
m = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*m)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "stop"))
print(dict(zip("abc", range(3))), dict(enumerate("ab")))
