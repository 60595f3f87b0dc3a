# A metaclass's __init__ and __call__ are found on the metaclass, never on
# the class being made or called (whose own __init__/__call__ serve its
# instances); type(name, bases, dict) takes __module__ from the caller.
class M(type):
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        super().__init__(name, bases, ns)
class A(metaclass=M):
    def __init__(self, v):
        print("A.__init__", v)
        self.v = v
    def __call__(self, x):
        return ("A instance called", self.v, x)
a = A(1)
print(a(2))
B = M("B", (A,), {"extra": 1})
print(B(3).v, type(B).__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Service(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name, self.debug = name, debug
    def __call__(self):
        return "service " + self.name
s1 = Service("db", debug=True)
s2 = Service("other")
print(s1 is s2, s1.name, s1.debug, s1(), s2())
class Inst:
    def __call__(self):
        return "class-level __call__"
i = Inst()
i.__call__ = lambda: "instance attribute"
print(i(), i.__call__())
X = type("X", (), {"f": lambda self: 42})
print(X.__module__, X().f(), repr(X).startswith("<class '__main__.X'"))
Y = type("Y", (), {"__module__": "custom"})
print(Y.__module__, Y)
