# A bare `raise` re-raises the exception with its traceback untouched: the
# line of the `raise` itself is not added (a frame the exception passes
# through on the way out still is).
def lines(exc):
    out = []
    tb = exc.__traceback__
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
def f():
    return g()
def g():
    raise ValueError("deep")
try:
    try:
        f()
    except ValueError:
        raise
except ValueError as e:
    print("bare raise:", lines(e))
try:
    try:
        f()
    except ValueError as e:
        raise e
except ValueError as e:
    print("raise e:", lines(e))
def reraiser():
    raise
try:
    try:
        {}["k"]
    except KeyError:
        reraiser()
except KeyError as e:
    print("from a helper:", lines(e))
try:
    raise
except RuntimeError as e:
    print("nothing to re-raise:", e, lines(e))
try:
    f()
except ValueError:
    raise
