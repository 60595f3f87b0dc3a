global gx
gx = 1
def f():
    global gx
    gx += 1
f(); f()
print(gx)
class K:
    attr = 5
    getter = lambda self: K.attr
    doubler = lambda self, v=attr: v * 2
    items = [attr * i for i in range(3)] if False else None
print(K().getter(), K().doubler())
def outer():
    x = 0
    def inc():
        nonlocal x
        for _ in range(3):
            x += 1
        return [x for _ in range(2)]
    r = inc()
    return x, r
print(outer())
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    counter.reset = lambda: None
    return counter
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
def closures_share():
    fs = []
    v = 0
    for i in range(3):
        def g():
            return v
        fs.append(g)
        v += 10
    return [f() for f in fs]
print(closures_share())
def cell_in_loop():
    out = []
    for i in range(3):
        def mk(i=i):
            def inner():
                return i
            return inner
        out.append(mk())
    return [f() for f in out]
print(cell_in_loop())
x = "global x"
def no_assign():
    return x
def with_assign_after():
    try:
        r = x
    except NameError as e:
        r = type(e).__name__
    x = "local"
    return r
print(no_assign(), with_assign_after())
def comp_scope():
    y = 10
    return [y + i for i in range(2)], {i: y for i in range(2)}, list(y * i for i in range(2))
print(comp_scope())
class CompInClass:
    base = 100
    vals = [1, 2]
    result = [v + 1 for v in vals]
    try:
        bad = [base + v for v in vals]
    except NameError as e:
        bad = str(e)
    gen_result = list(v for v in vals)
print(CompInClass.result, CompInClass.bad, CompInClass.gen_result)
def func_attrs_in_closure():
    def inner():
        inner.calls += 1
        return inner.calls
    inner.calls = 0
    inner(); inner()
    return inner.calls
print(func_attrs_in_closure())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2()
    return l1()()
print(deep())
def rebinding_closure():
    fns = []
    for name in ["a", "b"]:
        fns.append(lambda: name)
    name = "c"
    return [f() for f in fns]
print(rebinding_closure())
def del_nonlocal():
    v = 1
    def d():
        nonlocal v
        del v
    d()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_nonlocal())
try:
    exec("nonlocal_fail = 1\ndef q():\n    nonlocal nonlocal_fail\n")
except SyntaxError as e:
    print("SyntaxError:", e)
print([(lambda: i)() for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print(sorted(globals().keys() - {"__builtins__", "__file__", "__cached__", "__loader__", "__spec__", "__package__", "__doc__", "__annotations__"})[:5])
