class A:
    def m(self): return "A.m"
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
    @staticmethod
    def sm(): return "A.sm"
    @property
    def p(self): return "A.p"
    @p.setter
    def p(self, v): print("A.p set", v)
    def gen(self):
        yield "A.gen"
class B(A):
    def m(self):
        f = lambda: super(B, self).m()
        try:
            (lambda: super().m())()
        except RuntimeError as e:
            print("lambda without args:", e)
        return "B>" + f()
    def nested(self):
        def inner():
            return super().m()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    @classmethod
    def cm(cls): return "B>" + super().cm()
    @staticmethod
    def sm():
        try:
            return super().sm()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    @property
    def p(self): return "B>" + super().p
    @p.setter
    def p(self, v):
        super(B, type(self)).p.fset(self, v * 2)
    def gen(self):
        yield "B"
        yield from super().gen()
    def comp(self):
        try:
            [super().m() for _ in range(1)]
        except TypeError as e:
            print("comprehension:", e)
        return [super(B, self).m() for _ in range(2)]
    def reassigned(self):
        self = A()
        try:
            return super().m()
        except TypeError as e:
            return "TypeError: " + str(e)
b = B()
print(b.m(), b.nested(), B.cm(), b.cm(), B.sm(), b.p, list(b.gen()), b.comp(), b.reassigned())
b.p = 5
class C(B):
    def m(self): return "C>" + super().m()
print(C().m(), super(B, C()).m(), super(C, C).cm(), super(A, B()).__class__.__name__)
s = super(B, b)
print(s.m(), type(s).__name__, s.__self__ is b, s.__thisclass__ is B, s.__self_class__ is B)
try:
    super(B, A()).m()
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
print(Bottom().log, [c.__name__ for c in Bottom.__mro__])
class Attr:
    x = "class-x"
class Sub(Attr):
    x = "sub-x"
    def get(self):
        return super().x, self.x, super().__class__.__name__
print(Sub().get())
class WithGetattr:
    def __getattr__(self, n): return "dyn-" + n
class S2(WithGetattr):
    def f(self):
        try:
            return super().anything
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(S2().f())
