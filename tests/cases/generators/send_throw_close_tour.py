def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append("VE:" + str(e))
    finally:
        print("closing with", received)
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("oops")))
g.close()
print(g.gi_frame is None if hasattr(g, "gi_frame") else "nf")
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration", e.value)

def sub():
    a = yield 1
    b = yield 2
    return a, b
def deleg():
    r = yield from sub()
    print("sub returned", r)
    yield r
d = deleg()
print(next(d), d.send("x"), d.send("y"))
try:
    next(d)
except StopIteration:
    print("done")

def g2():
    yield 1
    return "ret"
try:
    it = g2()
    next(it); next(it)
except StopIteration as e:
    print("value:", e.value, e.args)

def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print(e)

def nat():
    n = 0
    while True:
        yield n
        n += 1

print([x for x, _ in zip(nat(), range(5))])

class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t)

ge = (x * x for x in range(4))
print(type(ge).__name__, next(ge), list(ge), list(ge))

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = closer(); next(c); c.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def thrower():
    yield 1
th = thrower()
try:
    th.throw(KeyError("k"))
except KeyError as e:
    print("KeyError before start", e)
print(list(th))

def running():
    g = yield
    g.send(None)
r = running(); next(r)
try:
    r.send(r)
except ValueError as e:
    print("ValueError:", e)
print(g2.__name__, g2().__name__, g2().__qualname__)
