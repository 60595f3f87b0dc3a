# closures, late binding, nonlocal
def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs
print([f(10) for f in make_adders()])
def make_adders2():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders2()])

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__))
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)

x = "global"
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "inner-set"
            return x
        r = inner()
        return r, x
    return mid(), x
print(outer(), x)

def g():
    global x
    x = "changed"
    del x
g()
try:
    print(x)
except NameError as e:
    print("NameError:", e)

class C:
    a = 1
    b = [a * 2 for _ in range(2)] if False else None
    c = [i for i in range(3)]
    def m(self):
        return a_outer
a_outer = 42
print(C.c, C().m())

class D:
    y = 5
    try:
        z = [y for _ in range(2)]
    except NameError as e:
        z = str(e)
print(D.z)

def f():
    v = 1
    class Inner:
        v = 2
        def get(self):
            return v
        w = v
    return Inner().get(), Inner.w
print(f())

def shadow():
    len = lambda s: 99
    return len("abc")
print(shadow(), len("abc"))

def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 1
unbound()

def delete_local():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(e)
delete_local()

def cell_delete():
    a = 1
    def h():
        return a
    del a
    try:
        h()
    except NameError as e:
        print(type(e).__name__, e)
cell_delete()
