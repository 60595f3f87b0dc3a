# An uncaught exception goes to the program's sys.excepthook.
import sys
def hook(exc_type, value, tb):
    print("custom hook:", exc_type.__name__, value, tb.tb_lineno)
    print("chained from:", repr(value.__context__))
sys.excepthook = hook
def work():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("failed to work")
print("start")
work()
print("never")
