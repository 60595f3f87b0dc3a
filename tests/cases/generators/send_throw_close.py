# Generator send(), throw(), close() and GeneratorExit handling.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e}"
c = catcher()
print(next(c), c.throw(ValueError("bad")), next(c))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
cl = closer()
print(next(cl))
cl.close()
cl.close()
try:
    acc().send(1)
except TypeError as e:
    print("TypeError:", e)
