# Positional-only parameters passed by keyword are named in parameter
# order, whatever order the keywords came in.
def f(a, b=2, /, c=3, *args, d, **kw):
    return a, b, c, args, d, kw
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
show(lambda: f(b=1, a=2, d=3))
show(lambda: f(1, b=1, d=3))
show(lambda: f(1, 2, 3, 4, d=5, a=6))
show(lambda: f(1, d=2, **{"b": 3, "a": 4}))
class C:
    def m(self, x, y, /, z):
        return x, y, z
show(lambda: C().m(y=1, x=2, z=3))
show(lambda: C().m(1, 2, z=3))
