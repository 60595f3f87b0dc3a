class Secret:
    __count = 0
    def __init__(self):
        self.__value = 42
        Secret.__count += 1
    def get(self):
        return self.__value
    def __private_method(self):
        return "pm"
    def call(self):
        return self.__private_method(), getattr(self, "_Secret__value"), self.__class__.__count
    def __dunder__(self):
        return "not mangled"
s = Secret()
print(s.get(), s.call(), sorted(vars(s)), hasattr(s, "__value"), s._Secret__value, s.__dunder__())
try:
    s.__value
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Secret):
    def peek(self):
        try:
            return self.__value
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(Sub().peek())
class _Under:
    def m(self):
        self.__x = 1
        return list(vars(self))
print(_Under().m())
class M:
    def f(self):
        __local = 5
        return [__local for _ in range(1)], (lambda: self.__attr if hasattr(self, "_M__attr") else "none")()
print(M().f())
class N:
    __slots__ = ("__s",)
    def __init__(self): self.__s = 3
    def g(self): return self.__s
print(N().g(), N.__slots__)
def outer_fn():
    class Inner:
        def h(self):
            return __name__
    return Inner().h()
print(outer_fn())
class Ev:
    def __init__(self):
        self.log = []
    def __getitem__(self, k):
        self.log.append(("get", k))
        return 0
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
def idx(n, log):
    log.append(("idx", n))
    return n
e = Ev()
e[idx(1, e.log)] += idx(5, e.log)
print(e.log)
order = []
def o(x):
    order.append(x)
    return x
d = {o("k1"): o("v1"), o("k2"): o("v2")}
r = o(1) + o(2) * o(3)
f = lambda *a, **k: a
f(o("a"), o("b"), *[o("c")], k=o("d"))
print(order)
t = ([],)
try:
    t[0] += [1]
except TypeError as ex:
    print("TypeError:", ex, t)
x = [1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
class Obj: pass
ob = Obj()
for ob.attr in range(3): pass
dd = {}
for dd["k"] in "xyz": pass
print(ob.attr, dd)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print(ex)
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    a, *b, c = [1]
except ValueError as ex:
    print(ex)
try:
    a, b = 5
except TypeError as ex:
    print(ex)
try:
    a, b = None
except TypeError as ex:
    print(ex)
def gen3():
    yield from range(3)
a, *b = gen3()
print(a, b)
a, b = "xy"
print(a, b, *"", sep="|")
class Weird:
    def __eq__(self, o): return NotImplemented
w1, w2 = Weird(), Weird()
print(w1 == w2, w1 == w1, w1 != w2, w1 != w1)
class Lt:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("gt called")
        return self.v > o.v
print(Lt(1) < Lt(2))
class InPlaceNI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
v = InPlaceNI()
v += 1
print(v)
print({1: "a", 1.0: "b", True: "c"}, {0, 0.0, False}, hash(1) == hash(1.0))
class BL:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(BL()), "yes" if BL() else "no")
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), 25 in OldIter())
