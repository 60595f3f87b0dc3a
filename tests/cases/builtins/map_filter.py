# map with one and several iterables, filter with None and functions; both are lazy iterators.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
print(list(map(len, ["", "ab", "abc"])), list(map(int, "123")), sum(map(int, "999")))
print(list(map(lambda x, y: (x, y), "abc", [1, 2])))
