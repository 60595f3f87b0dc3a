def inner(x):
    y = x * 2
    raise ValueError(y)
def outer():
    return inner(21)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        f = tb.tb_frame
        names.append((f.f_code.co_name, tb.tb_lineno, f.f_code.co_filename.endswith(".py")))
        tb = tb.tb_next
    print(names)
    print(e.__traceback__.tb_frame is e.__traceback__.tb_frame, e.__traceback__.tb_frame.f_globals is globals())
    print(type(e.__traceback__.tb_frame).__name__, e.__traceback__.tb_frame.f_back)
def gen():
    a = 1
    yield a
    b = 2
    yield b
g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
list(g)
print(g.gi_frame)
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_code.co_name, gen.gi_yieldfrom, gen.__name__, gen.__qualname__)
print(gen.gi_frame is not None)
next(gen)
def outer():
    yield from g()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)
list(o)
print(o.gi_yieldfrom, o.gi_frame)
def catcher():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__)
        yield "recovered"
c = catcher()
next(c)
c.close()
print("closed without catching GeneratorExit")
c2 = catcher()
next(c2)
print(c2.throw(ValueError, ValueError("v")))
print(c2.throw(KeyError("k")) if False else "skip")
def thrower():
    try:
        yield
    except ValueError as e:
        print("got", repr(e), e.__traceback__ is not None)
        raise TypeError("converted")
t = thrower()
next(t)
try:
    t.throw(ValueError("x"))
except TypeError as e:
    print("TypeError:", e, repr(e.__context__))
def stop_inside():
    yield 1
    next(iter([]))
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def ret_val():
    yield 1
    return 42
print(list(ret_val()))
r = ret_val()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
def gen_exit_yield():
    try:
        yield 1
    finally:
        yield 2
ge = gen_exit_yield()
next(ge)
try:
    ge.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def closed_twice():
    yield 1
ct = closed_twice()
ct.close(); ct.close()
print(list(ct))
def unstarted_close():
    try:
        yield 1
    finally:
        print("never printed")
u = unstarted_close()
u.close()
print("unstarted closed")
try:
    u.throw(ValueError("late"))
except ValueError as e:
    print("throw after close:", e)
def deleg_throw():
    try:
        yield from catcher()
    except Exception as e:
        print("outer caught", e)
dt = deleg_throw()
next(dt)
print(dt.throw(RuntimeError("into sub")))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
cd = Countdown(3)
print(list(cd), list(cd), list(Countdown(2)))
def infinite():
    i = 0
    while True:
        i += 1
        yield i
for v in infinite():
    if v > 3: break
print(v)
gexp = (i for i in range(3))
print(gexp.__name__, gexp.__qualname__, type(gexp).__name__)
