# Special methods assigned to a base class after its subclasses exist reach
# the subclasses' instances (and removing them does too).
class Base:
    a = "Base.a"
class Mid(Base):
    pass
class Leaf(Mid):
    def __init__(self):
        self.own = "own"
objs = [Base(), Mid(), Leaf()]
def probe(tag):
    out = []
    for o in objs:
        for name in ("a", "own", "zz"):
            try:
                out.append(getattr(o, name))
            except AttributeError:
                out.append("AE")
    print(tag, out)
probe("start")
Base.__getattr__ = lambda self, n: "getattr-" + n
probe("with __getattr__")
Mid.__getattribute__ = lambda self, n: "ga-" + n if n in ("a", "zz") else object.__getattribute__(self, n)
probe("with Mid.__getattribute__")
del Base.__getattr__
probe("without __getattr__")
del Mid.__getattribute__
probe("plain again")
Base.__len__ = lambda self: 7
Base.__repr__ = lambda self: "<" + type(self).__name__ + ">"
Base.__eq__ = lambda self, o: True
print([len(o) for o in objs], objs, Leaf() == 5, Mid.__hash__)
Base.__add__ = lambda self, o: type(self).__name__ + "+"
Mid.__radd__ = lambda self, o: "radd-" + type(self).__name__
print([o + 1 for o in objs], 1 + Leaf())
Base.__call__ = lambda self, *a: ("called", type(self).__name__, a)
print(Leaf()(1, 2), Mid()())
Base.__iter__ = lambda self: iter("ab")
Base.__bool__ = lambda self: False
print([list(o) for o in objs], [bool(o) for o in objs])
