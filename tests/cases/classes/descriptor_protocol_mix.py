class A:
    _registry = ["x"]
    @classmethod
    @property
    def reg(cls): return cls._registry
    def m(self): return "m"
print(A.reg, A().reg)
f = A.__dict__["m"]
print(f.__get__(A(), A)(), f.__get__(None, A) is f, type(f.__get__(A())).__name__)
sm = staticmethod(lambda x: x * 2)
print(sm(3), sm.__func__(4), hasattr(sm, "__wrapped__"))
cm = classmethod(lambda cls: cls)
class B:
    c = cm
print(B.c() is B, B().c() is B, cm.__func__.__name__)
class Verbose:
    def __init__(self, name): self.name = name
    def __get__(self, obj, objtype=None):
        print(f"get {self.name} obj={type(obj).__name__} type={objtype.__name__}")
        return self
    def __set__(self, obj, v):
        print(f"set {self.name} = {v}")
class H:
    d = Verbose("d")
h = H()
h.d
H.d
h.d = 1
class NonDataOverride:
    def __get__(self, obj, t): return "descriptor"
class I:
    x = NonDataOverride()
i = I()
print(i.x)
i.x = "instance"
print(i.x, I.x)
del i.x
print(i.x)
class Lazy:
    def __init__(self, fn): self.fn = fn; self.name = fn.__name__
    def __get__(self, obj, t):
        if obj is None: return self
        v = self.fn(obj)
        setattr(obj, self.name, v)
        return v
class Calc:
    @Lazy
    def expensive(self):
        print("computing")
        return 99
c = Calc()
print(c.expensive, c.expensive, type(Calc.expensive).__name__)
class Validated:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, t):
        return getattr(obj, self.private) if obj else self
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.private[1:]} must be >= 0")
        setattr(obj, self.private, value)
class Item:
    price = Validated()
    qty = Validated()
    def __init__(self, p, q): self.price, self.qty = p, q
it = Item(3, 4)
print(it.price * it.qty, vars(it))
try:
    it.qty = -1
except ValueError as e:
    print("ValueError:", e)
class SlotsDesc:
    __slots__ = ("a",)
print(type(SlotsDesc.__dict__["a"]).__name__, SlotsDesc.a.__name__ if hasattr(SlotsDesc.a, "__name__") else "")
s = SlotsDesc()
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
s.a = 5
print(s.a)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
