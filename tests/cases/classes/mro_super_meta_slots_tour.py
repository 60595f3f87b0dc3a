class A:
    def hello(self):
        return "A"
    def who(self):
        return ["A"]
class B(A):
    def hello(self):
        return "B>" + super().hello()
    def who(self):
        return ["B"] + super().who()
class C(A):
    def hello(self):
        return "C>" + super().hello()
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
    def who(self):
        return ["D"] + super().who()
print(D().hello(), D().who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
print(super(B, D()).hello())
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class Mixin1(Base):
    def __init__(self, a=None, **kw):
        print("Mixin1", a)
        super().__init__(**kw)
class Mixin2(Base):
    def __init__(self, b=None, **kw):
        print("Mixin2", b)
        super().__init__(**kw)
class Final(Mixin1, Mixin2):
    def __init__(self, **kw):
        super().__init__(**kw)
Final(a=1, b=2, c=3)
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(D(), B), issubclass(bool, int))
print(D.__bases__, A.__base__, object.__bases__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print("Meta call", cls.__name__)
        return super().__call__(*a, **k)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(5)
print(w.v, WithMeta.tag, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Registry:
    subclasses = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append((cls.__name__, key))
class P1(Registry, key="p1"): pass
class P2(Registry): pass
print(Registry.subclasses)
Dyn = type("Dyn", (A,), {"x": 5, "hello": lambda self: "dyn"})
print(Dyn().hello(), Dyn.x, Dyn.__name__, Dyn.__mro__[1].__name__)
print(type(3), type("s"), type(None), type(type))
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
try:
    s.z = 2
except AttributeError as e:
    print(e)
try:
    print(s.y)
except AttributeError as e:
    print(e)
print(hasattr(s, "__dict__"))
class K:
    def method(self):
        return __class__
print(K().method() is K, K().__class__.__name__)
class Rebind:
    pass
r = Rebind()
r.__class__ = K
print(type(r).__name__)
