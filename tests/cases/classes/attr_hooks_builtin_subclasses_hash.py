class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)
class T: pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x, "x" in vars(p))
del p.x
print(hasattr(p, "x"), p.log)
class Audit:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"access denied: {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<missing {name}>"
a = Audit()
a.val = 1
print(a.val, a.secret_key, a.other)
class Lazy:
    def __getattr__(self, name):
        if name == "computed":
            self.computed = 99
            return 99
        raise AttributeError(name)
l = Lazy()
print(l.computed, l.__dict__)
try:
    l.nothing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(l, "nothing", "dflt"))
class D(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = D()
print(d["abc"], d, d.get("zz"), "zz" in d)
class MyList(list):
    def append(self, x):
        super().append(x * 2)
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"
m = MyList([1])
m.append(5)
m.extend([7])
print(m, len(m), m[1], isinstance(m, list), type(m + [1]).__name__)
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(1) + 2, 2 + MyInt(1), MyInt(5) * 2, type(MyInt(5) * 2).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), u + "!", type(u).__name__, u.lower(), isinstance(u, str))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
pt = Pt(3, 4)
print(pt, pt.x, pt[1], len(pt), pt == (3, 4))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print(e)
r = [1, 2]
r.append(r)
print(r)
dr = {"a": 1}
dr["self"] = dr
print(dr)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__ is None)
class EqHash(EqOnly):
    __hash__ = object.__hash__
print(EqHash.__hash__ is not None, isinstance(hash(EqHash()), int))
class Parent:
    def __eq__(self, o): return True
    def __hash__(self): return 7
class Child(Parent):
    def __eq__(self, o): return False
print(Child.__hash__ is None, hash(Parent()))
