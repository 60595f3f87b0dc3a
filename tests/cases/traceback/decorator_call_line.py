# A decorator's call is attributed to the decorator's own line (innermost
# decorator applied first), as in CPython 3.11's tracebacks.
def lines(exc):
    out = []
    tb = exc.__traceback__
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
def ok(f):
    return f
def bad(f):
    raise TypeError("bad decorator for " + f.__name__)
try:
    @ok
    @bad
    @ok
    def m():
        pass
except TypeError as e:
    print(e, lines(e))
try:
    @bad
    class C:
        pass
except TypeError as e:
    print(e, lines(e))
def deco_factory(n):
    if n < 0:
        raise ValueError("negative")
    return ok
try:
    @deco_factory(1)
    @deco_factory(-1)
    def g():
        pass
except ValueError as e:
    print(e, lines(e))
@bad
def uncaught():
    pass
