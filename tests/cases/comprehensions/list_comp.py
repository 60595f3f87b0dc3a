# List comprehensions: filters, nested loops, conditionals, nested comprehensions.
print([x * 2 for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(6)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print([c.upper() for c in "hello" if c != "l"])
print([len(w) for w in "a bb ccc".split()])
print([y for row in [[1, 2], [3], []] for y in row])
print([i for i in []], [() for _ in range(2)])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
