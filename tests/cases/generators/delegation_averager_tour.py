# generator protocol corners
def counter(limit):
    n = 0
    while n < limit:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif isinstance(cmd, int):
            n = cmd
        else:
            n += 1
    return "finished at %d" % n
c = counter(5)
print(next(c), next(c), c.send("reset"), c.send(3), next(c))
try:
    next(c)
except StopIteration as e:
    print("stop:", e.value)
print(list(counter(3)))
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
data = {"a": [1, 2, 3], "b": [10, 20]}
results = {}
for key, values in data.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "inner caught %s" % e
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    yield "outer after"
o = outer()
print(next(o), o.throw(ValueError("x")), next(o))
o.close()
def gen_close_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
gc = gen_close_return(); next(gc)
print(gc.close())
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4])], 5])))
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(10, fibs()))
g = (i for i in range(3))
print(g.gi_running if hasattr(g, "gi_running") else False, iter(g) is g)
def state():
    print("started")
    yield
gs = state()
print("created")
next(gs)
def yield_expr_values():
    x = yield
    y = yield x * 2
    z = yield x + y
    yield [x, y, z]
ye = yield_expr_values()
next(ye)
print(ye.send(1), ye.send(2), ye.send(3))
def gen_ret_in_try():
    try:
        return 5
        yield
    finally:
        print("finally on return")
print(list(gen_ret_in_try()))
e = enumerate(x * 2 for x in "abc")
print(list(e))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc".split()))
print(dict((k, v) for k, v in [("a", 1)]), set(x % 3 for x in range(10)), tuple(c for c in "hi"))
def lazy():
    for i in range(3):
        print("producing", i)
        yield i
for v in lazy():
    print("consuming", v)
    if v == 1:
        break
def gen_with_exc():
    yield 1
    1 / 0
it = gen_with_exc()
next(it)
try:
    next(it)
except ZeroDivisionError:
    print("zde")
try:
    next(it)
except StopIteration:
    print("exhausted after exception")
