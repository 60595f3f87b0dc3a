# Unpacking in for loops, comprehensions and nested tuples with stars.
data = [("ann", (1, 2)), ("bob", (3, 4))]
for name, (a, b) in data:
    print(name, a + b)
for first, *others in [[1, 2, 3], [4], [5, 6]]:
    print(first, others)
print([x + y for x, y in zip(range(3), range(3, 6))])
print({k: v for k, v in [("a", 1), ("b", 2)]})
pairs = list(enumerate("xyz"))
print([(i, c) for i, c in pairs if i != 1])
