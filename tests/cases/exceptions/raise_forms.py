# raise with a class, an instance, re-raise, raise in expression position via helper, errors raising non-exceptions.
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
def r1():
    raise ValueError
def r2():
    raise ValueError("with msg")
def r3():
    raise 42
def r4():
    raise
def r5():
    raise ValueError from 3
def r6():
    class NotExc:
        pass
    raise NotExc
show(r1)
show(r2)
show(r3)
show(r4)
show(r5)
show(r6)
