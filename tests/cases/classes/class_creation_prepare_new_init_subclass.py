class LoggingDict(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.log if not k.startswith("__")]
        return cls
class Ordered(metaclass=Meta):
    z = 1
    a = 2
    def m(self): pass
    z = 3
print(Ordered.order, Ordered.z)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class Other:
    def __init__(self): print("Other init (should not run)")
class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other.__new__(Other)
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory init", kind)
print(type(Factory("self")).__name__, type(Factory("other")).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Renamed:
    __qualname__ = "Custom.Qual"
print(Renamed.__qualname__, Renamed.__name__)
Renamed.__name__ = "NewName"
print(Renamed.__name__, repr(Renamed))
def replace(cls):
    return "replaced"
@replace
class Gone: pass
print(Gone)
class WithLocals:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(WithLocals.names)
class Counter:
    count = 0
    def __init_subclass__(cls, start=0, **kw):
        super().__init_subclass__(**kw)
        cls.count = start
class C1(Counter, start=10): pass
class C2(C1): pass
print(C1.count, C2.count, Counter.count)
try:
    class C3(Counter, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
class Abstract:
    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in ("run",):
            if not callable(getattr(cls, name, None)):
                raise TypeError(f"{cls.__name__} must define {name}")
class Good(Abstract):
    def run(self): return "running"
try:
    class Bad(Abstract): pass
except TypeError as e:
    print("TypeError:", e)
print(Good().run())
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return type(self) is type(o) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return f"P({self.x})"
print({P(1), P(1), P(2)} == {P(1), P(2)}, P(1) in [P(1)], [P(2)].index(P(2)), {P(1): "a"}[P(1)])
class Q(P): pass
print(P(1) == Q(1), Q(1) == Q(1))
try:
    class Final(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInstance(5): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(P, P): pass
except TypeError as e:
    print("TypeError:", e)
class ReprSelf:
    def __repr__(self):
        return f"<{type(self).__name__} at home>"
print(ReprSelf(), [ReprSelf()], str(ReprSelf()))
class StrOnly:
    def __str__(self): return "str-only"
print(StrOnly(), f"{StrOnly()}", [StrOnly()][0].__str__(), "%s" % StrOnly())
