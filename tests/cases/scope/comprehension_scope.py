# Comprehension variables don't leak; they can read enclosing names and class-level quirks.
x = "outer"
l = [x for x in range(3)]
print(x, l)
def f():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}, list(y * i for i in range(2))
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(g())
total = sum(i for i in range(10) if i % 2)
print(total)
print([[i * j for j in range(3)] for i in range(3)])
