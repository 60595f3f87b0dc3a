# Lambdas, functions as values, returning functions, attributes of functions.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "thunk")(), (lambda *a: a)(1, 2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(inc, 100, 0), apply_n(lambda s: s + "!", 3, "hi"))
def named(a, b):
    """doc here"""
    return a
print(named.__name__, named.__doc__, sq.__name__, named.__code__.co_argcount if hasattr(named, "__code__") else 2)
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
