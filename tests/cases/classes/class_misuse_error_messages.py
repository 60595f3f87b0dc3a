def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def m(): return 1
    def n(self, x): return x
    __slots__ = ()
class B:
    pass
check(lambda: A().m())
check(lambda: A().n())
check(lambda: A()())
check(lambda: super(A, B()))
check(lambda: super(A, 1).n)
check(lambda: A().x)
check(lambda: setattr(A(), "x", 1))
check(lambda: B.nope)
check(lambda: B().nope)
check(lambda: type("X", (1,), {}))
check(lambda: type("X", (), []))
check(lambda: type(1, 2, 3))
check(lambda: type())
check(lambda: object.__new__(B, 1))
check(lambda: B(1))
check(lambda: A.n(A()))
check(lambda: int.__new__(B))
check(lambda: B.__init__(1))
check(lambda: object.__init__())
check(lambda: A.__slots__)
class C:
    def __init__(self, a, b=2, *, c):
        pass
check(lambda: C())
check(lambda: C(1))
check(lambda: C(1, 2, 3, c=4))
check(lambda: C(1, d=5, c=1))
class D:
    def __new__(cls, x):
        return super().__new__(cls)
check(lambda: D())
check(lambda: D(1, 2))
class E:
    def __call__(self, a): pass
check(lambda: E()())
check(lambda: E()(1, 2))
class F:
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
check(lambda: F.s())
check(lambda: F.c())
check(lambda: F().c(1, 2))
check(lambda: len(B()))
check(lambda: iter(B()))
check(lambda: B()[0])
check(lambda: B()["k"])
check(lambda: B() + 1)
check(lambda: 1 + B())
check(lambda: B() < B())
check(lambda: -B())
check(lambda: B() in B())
check(lambda: hash(type("H", (), {"__eq__": lambda s, o: True})()))
check(lambda: abs(B()))
check(lambda: int(B()))
check(lambda: float(B()))
check(lambda: str(B()).startswith("<__main__.B object"))
check(lambda: B().__dict__)
check(lambda: A().__dict__)
check(lambda: next(B()))
check(lambda: reversed(B()))
check(lambda: round(B()))
check(lambda: divmod(B(), 1))
check(lambda: B() ** 2)
check(lambda: bool(B()))
check(lambda: [B()].sort())
check(lambda: sorted([B(), B()]))
check(lambda: max(B(), B()))
check(lambda: B().__class__.__name__)
check(lambda: delattr(B, "nope"))
check(lambda: B().__init__(1))
