def poly(xs):
    total = 0
    for x in xs:
        total = total + x
    return total
print(poly([1, 2, 3]), poly([1.5, 2.5]), poly(["a", "b"]) if False else "", poly([1, 2.5, True]), poly([2**62, 2**62, 2**62]))
def concat(xs):
    acc = ""
    for x in xs:
        acc += x
    return acc
print(concat(["ab", "cd"] * 50)[:10], len(concat(["x"] * 1000)))
class P:
    def __init__(self, x): self.x = x
def sum_attrs(objs):
    s = 0
    for o in objs:
        s += o.x
    return s
objs = [P(i) for i in range(100)]
print(sum_attrs(objs))
objs[50].__dict__["y"] = 1
del objs[60].x
objs[60].x = 1000
class Q:
    x = 7
objs.append(Q())
print(sum_attrs(objs))
G = 10
def use_global(n):
    t = 0
    for i in range(n):
        t += G
    return t
print(use_global(100))
G = 1
print(use_global(100))
def use_builtin(xs):
    out = 0
    for x in xs:
        out += len(x)
    return out
print(use_builtin(["ab"] * 100))
import builtins
orig = builtins.len
builtins.len = lambda x: 1
print(use_builtin(["ab"] * 100))
builtins.len = orig
print(use_builtin(["ab"] * 100))
class K:
    def m(self): return 1
def call_methods(k, n):
    t = 0
    for _ in range(n):
        t += k.m()
    return t
k = K()
print(call_methods(k, 100))
K.m = lambda self: 2
print(call_methods(k, 100))
k.m = lambda: 3
print(call_methods(k, 100))
def overflow(n):
    x = 1
    for i in range(n):
        x = x * 3
    return x
print(overflow(100), overflow(10))
def mixed_compare(xs):
    c = 0
    for a, b in xs:
        if a < b:
            c += 1
    return c
print(mixed_compare([(1, 2), (2.5, 1), ("a", "b"), (3, 3.5), (True, 2)] * 20))
def idx(lst, n):
    s = 0
    for i in range(n):
        s += lst[i % len(lst)]
    return s
print(idx([1, 2, 3], 100), idx((1, 2), 50), idx("abc" and [5], 10))
def neg_index(lst):
    t = 0
    for i in range(-len(lst), len(lst)):
        t += lst[i]
    return t
print(neg_index([1, 2, 3]))
try:
    def oob(lst):
        for i in range(10):
            lst[i]
    oob([1, 2, 3])
except IndexError as e:
    print("IndexError:", e)
def divs(n):
    r = []
    for i in range(-3, n):
        try:
            r.append(n // i)
        except ZeroDivisionError:
            r.append(None)
    return r
print(divs(4))
def float_loop():
    x = 0.0
    for i in range(1000):
        x += 0.1
    return x
print(float_loop(), repr(float_loop()))
def while_loop(n):
    i = 0
    s = 0
    while i < n:
        s += i * i
        i += 1
    return s
print(while_loop(1000), while_loop(0))
def dict_loop():
    d = {}
    for i in range(100):
        d[i % 7] = d.get(i % 7, 0) + i
    return d
print(dict_loop())
def gen_loop():
    return sum(x * x for x in range(100) if x % 3)
print(gen_loop())
def nested_fn_loop():
    fs = []
    for i in range(5):
        def f(j=i): return j * 2
        fs.append(f)
    return [f() for f in fs]
print(nested_fn_loop())
def str_loop(s):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(ch.lower())
        else:
            out.append(ch.upper())
    return "".join(out)
print(str_loop("Hello World" * 10)[:22])
def swap_types():
    vals = [1, 2, 3]
    r = []
    for i in range(300):
        v = vals[i % 3]
        if i == 150:
            vals = ["a", "b", "c"]
        r.append(v * 2)
    return r[148:154]
print(swap_types())
