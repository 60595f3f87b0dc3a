def check(f):
    try:
        f()
    except TypeError as e:
        print(e)
class A:
    def m(self, x): pass
    def n(self): pass
    @classmethod
    def c(cls, a): pass
    @staticmethod
    def s(a, b): pass
    def __init__(self, v=0): pass
def f3(a, b, c): pass
def kwo(a, *, b, c): pass
def po(a, b, /, c): pass
def defs(a, b=1, c=2): pass
def varargs(*args, a): pass
check(lambda: A().m())
check(lambda: A().m(1, 2))
check(lambda: A().n(1))
check(lambda: A.m(1))
check(lambda: A.c())
check(lambda: A.s(1))
check(lambda: A(1, 2))
check(lambda: A(w=1))
check(lambda: f3())
check(lambda: f3(1))
check(lambda: f3(1, 2, 3, 4))
check(lambda: f3(1, 2, 3, d=4))
check(lambda: f3(1, a=1, b=2, c=3))
check(lambda: kwo(1))
check(lambda: kwo(1, b=2))
check(lambda: kwo(1, 2, 3))
check(lambda: po(a=1, b=2, c=3))
check(lambda: po(1, 2))
check(lambda: defs())
check(lambda: defs(1, 2, 3, 4))
check(lambda: defs(1, 2, 3, 4, 5))
check(lambda: varargs(1, 2))
check(lambda: kwo(1, 2, b=3, c=4))
check(lambda: f3(*[1, 2, 3, 4]))
check(lambda: f3(**{"a": 1, "b": 2, "c": 3, "e": 5}))
check(lambda: A.m())
check(lambda: A.n())
check(lambda: A().m(x=1, y=2))
check(lambda: (lambda a, b=2, *, c: 0)(1, 2, 3))
check(lambda: (lambda a, b=2, *, c=1: 0)(1, 2, 3, 4))
check(lambda: (lambda a, b, *, c, d: 0)(1))
check(lambda: (lambda a, b, c, d: 0)(1, d=2))
check(lambda: po(1, 2, 3, b=4))
check(lambda: print(sepx=1))
check(lambda: "x".join())
check(lambda: [].append(1, 2))
check(lambda: {}.get())
check(lambda: int(x=1))
check(lambda: str(1, 2, 3, 4))
check(lambda: range())
check(lambda: range(1, 2, 3, 4))
check(lambda: isinstance(1))
check(lambda: enumerate())
check(lambda: zip(1))
check(lambda: map(len))
check(lambda: A.__init__())
check(lambda: object.__init__(A(), 1))
check(lambda: setattr())
check(lambda: max(1))
check(lambda: divmod(1))
check(lambda: list(1, 2))
check(lambda: dict({}, {}))
check(lambda: open())
check(lambda: iter())
check(lambda: next())
check(lambda: getattr(A()))
check(lambda: type("a", 1))
check(lambda: print(end=5))
check(lambda: print(sep=[]))
