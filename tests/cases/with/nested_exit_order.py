# Nested with statements exit in reverse order, even on exceptions; exception replaced in __exit__.
class Trace:
    def __init__(self, n, fail_exit=False):
        self.n = n
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else "-")
        if self.fail_exit:
            raise RuntimeError(f"exit {self.n} failed")
with Trace(1):
    with Trace(2):
        with Trace(3):
            print("innermost")
try:
    with Trace(1), Trace(2, fail_exit=True), Trace(3):
        raise KeyError("body")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
