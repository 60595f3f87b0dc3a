# Calling builtins and user functions through many call shapes (positional, keyword, unpacked).
def f(a, b=2, *c, d=4, **e):
    return (a, b, c, d, sorted(e.items()))
calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(a=1),
    lambda: f(1, d=5, z=6),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(**{"a": 1, "b": 3}),
    lambda: f(1, *(), **{}),
    lambda: f(*(1,), b=9),
]
for c in calls:
    print(c())
print(max(*[3, 9, 2]), max([3, 9, 2]), min(3, 1, key=lambda v: -v), print("inner", sep="|") is None)
