class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]          # first iterable evaluated in class scope
    pairs = [(v, w) for v in vals for w in range(v)] if False else None
    try:
        bad = [v * len(vals) for v in vals]
    except NameError as e:
        err = str(e)
    def method(self):
        try:
            return vals
        except NameError as e:
            return "NameError: " + str(e)
print(C.doubled, C.err, C().method())
def make():
    funcs = {}
    for name in ("a", "b"):
        def f(n=name):
            return n
        funcs[name] = f
    late = [lambda: name for _ in range(2)]
    return funcs["a"](), funcs["b"](), [l() for l in late]
print(make())
g = 1
def read_then_assign():
    try:
        print(g)
        g = 2
    except UnboundLocalError as e:
        print("ULE:", e)
read_then_assign()
def uses_global_del():
    global g
    del g
uses_global_del()
try:
    g
except NameError as e:
    print("NameError:", e)
ns = {"x": 5}
exec("y = x * 2\ndef h(): return y + 1\nz = h()", ns)
print(ns["y"], ns["z"], sorted(k for k in ns if k != "__builtins__"))
print(eval("x + y", ns), eval("a * 2", {"a": 21}), eval("b", {}, {"b": 3}))
def local_exec():
    loc = {}
    exec("q = 10", globals(), loc)
    return loc["q"]
print(local_exec())
def locals_snapshot():
    a = 1
    b = [2]
    d = locals()
    return sorted(d.items())
print(locals_snapshot())
def accum():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    for i in range(5):
        add(i)
    return total
print(accum())
def fact_closure(n):
    def inner(k):
        return 1 if k <= 1 else k * inner(k - 1)
    return inner(n)
print(fact_closure(10))
x = "module"
def f1():
    x = "f1"
    def f2():
        global x
        x = "set by f2"
        def f3():
            return x
        return f3()
    return f2(), x
print(f1(), x)
def shadow_builtin():
    list = [1, 2]
    return list, sum(list)
print(shadow_builtin(), list("ab"))
import builtins
builtins.my_global_helper = lambda: "from builtins"
print(my_global_helper())
len = lambda x: -1
print(len([1, 2]))
del len
print(len([1, 2]))
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()], [f() for f in list(gen_closure())])
class Outer:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            y = "NameError"
print(Outer.Inner.y)
def class_in_func(val):
    class Local:
        v = val
        def get(self): return val * 2
    return Local
L = class_in_func(21)
print(L.v, L().get(), L.__qualname__)
a = [1, 2]
def mutate():
    a.append(3)
    a[0] = 0
mutate()
print(a)
def conditional_global(flag):
    if flag:
        global cg
    cg = flag
conditional_global(True)
print(cg)
