# class scope and global/nonlocal interplay
x = 0
class A:
    x = 1
    def f(self):
        return x
    global y
    y = "set from class"
    lst = [x for _ in range(1)]
print(A().f(), y, A.lst)

def outer():
    z = 1
    class B:
        nonlocal z
        z = 2
    return z
print(outer())

def outer2():
    val = "cell"
    class K:
        val = "class"
        def meth(self):
            return val
        r = val
    return K().meth(), K.r
print(outer2())

def outer3():
    n = 10
    class K:
        m = n + 1   # free var read in class body
    return K.m
print(outer3())

def outer4():
    class K:
        print(locals().keys() >= {"__module__", "__qualname__"})
        q = 1
        print(sorted(k for k in locals() if not k.startswith("__")))
    return K
outer4()

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5): bump()
print(counter)

def gen_scope():
    items = [1, 2, 3]
    return list(x * y for x in items for y in items if x != y)
print(gen_scope())

# comprehension variable doesn't leak
i = "outer i"
print([i for i in range(3)], i)
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab"})

def nested_comp():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested_comp())

# walrus in comprehension binds in the enclosing scope
def w():
    [last := n for n in range(5)]
    return last
print(w())
if any((hit := v) > 2 for v in [1, 2, 3, 4]):
    print("hit", hit)
print(__name__, __qualname__ if False else A.__qualname__, A.f.__qualname__)
def q():
    def r():
        class S:
            def t(self): pass
        return S
    return r()
print(q().t.__qualname__)
print((lambda: 0).__qualname__, q.__qualname__)
