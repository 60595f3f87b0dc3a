# min/max: iterables, multiple args, key, default, ties keep the first, errors on empty.
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("abc"), min("b", "a", "c"))
print(max([], default="none"), min((), default=0), max([1, 2], default=9))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "ccc", "dd", "e"], key=len))
print(max([(1, "x"), (1, "y")], key=lambda t: t[0]), min([-3, 2, -1], key=abs))
print(max(1, 2.5, True), min(-0.0, 0.0), max(0.0, -0.0), max(1, 1.0), max(1.0, 1))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
