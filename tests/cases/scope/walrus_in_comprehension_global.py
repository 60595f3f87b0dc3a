# An assignment expression in a comprehension binds in the enclosing
# function; when that function declares the name global, the binding is
# global (as at module level).
z = "module z"
def f():
    global z
    print([(z := q) for q in "ab"], z)
f()
print(z)
def g():
    last = None
    print([(last := n * 2) for n in range(3)], last)
    def h():
        nonlocal last
        print([(last := c) for c in "xy"], last)
    h()
    return last
print(g())
count = 0
def bump_all(items):
    global count
    return [count := count + i for i in items]
print(bump_all([1, 2, 3]), count)
print([(top := k) for k in range(2)], top)
