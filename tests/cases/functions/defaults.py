# Default arguments: evaluated once at def time, mutable default pitfall, None sentinel.
counter = 10
def f(a, b=counter, c=[]):
    c.append(a)
    return a, b, c
counter = 20
print(f(1))
print(f(2))
print(f(3, 4, []))
print(f(5))
def g(a, items=None):
    if items is None:
        items = []
    items.append(a)
    return items
print(g(1), g(2))
def h(x=1, y=2, z=3):
    return x * 100 + y * 10 + z
print(h(), h(9), h(9, 8), h(z=0), h(y=5, x=4))
print(f.__defaults__[0], h.__defaults__)
