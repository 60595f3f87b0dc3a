class B:
    y = property(lambda self: 42)
    @property
    def ro(self): return 1
    class Inner:
        @property
        def z(self): return 0
try: B().y = 1
except AttributeError as e: print(e)
try: del B().ro
except AttributeError as e: print(e)
try: B.Inner().z = 5
except AttributeError as e: print(e)
p = property(lambda self: 1)
class C: pass
C.z = p
try: C().z = 1
except AttributeError as e: print(e)
w = property()
class D:
    wo = w
try: D().wo
except AttributeError as e: print(e)
class P2(property):
    def __init__(self, fget, fset=None, fdel=None, doc=None, extra="dflt"):
        super().__init__(fget, fset, fdel, doc)
        self.extra = extra
class E:
    @P2
    def q(self):
        "q doc"
        return 1
    @q.setter
    def q(self, v): print("set q", v)
e = E()
e.q = 3
print(e.q, type(E.q).__name__, E.q.extra, E.q.__doc__)
class Doc:
    @property
    def a(self):
        "getter doc"
        return 1
    @a.setter
    def a(self, v): pass
    b = property(lambda s: 2, doc="explicit")
print(Doc.a.__doc__, Doc.b.__doc__, Doc.b.getter(lambda s: 3).__doc__)
print(property.__set_name__ is not None)
class P3(property):
    def __init__(self, fget):
        super().__init__(fget)
class F:
    @P3
    def r(self): return 1
    try:
        @r.setter
        def r(self, v): pass
    except TypeError as e:
        print("TypeError:", e)
