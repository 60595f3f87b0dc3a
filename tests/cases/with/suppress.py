# __exit__ returning True suppresses the exception; selective suppression by type.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}["k"]
print("after first")
with Suppress(ZeroDivisionError, ValueError):
    int("x")
print("after second")
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")
def f():
    with Suppress(Exception):
        return "returned from with"
print(f())
def g():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            if i == 2:
                break
        print("loop", i)
g()
