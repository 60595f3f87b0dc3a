# TypeError messages for wrong calls: missing/extra/duplicate/unexpected arguments.
def f(a, b):
    return a + b
def g(x, y=1, *, z):
    return x
def show(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: f(1, a=2))
show(lambda: f(1, c=2))
show(lambda: g(1))
show(lambda: g(1, 2, 3, z=1))
show(lambda: g(z=1))
show(lambda: f(**{"a": 1, "b": 2, "c": 3}))
show(lambda: (lambda: 0)(1))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: 5())
show(lambda: "abc"())
show(lambda: f(*5))
show(lambda: f(**5))
