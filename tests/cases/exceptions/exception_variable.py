# The except target is deleted after the handler; exceptions as values; sys.exc_info().
import sys
try:
    raise ValueError("v")
except ValueError as err:
    saved = err
try:
    err
except NameError as ne:
    print("NameError:", ne)
print(repr(saved), saved.args)
print(sys.exc_info())
try:
    raise KeyError(1)
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info()[0])
errs = [ValueError(i) for i in range(3)]
print([str(e) for e in errs], [e.args for e in errs])
