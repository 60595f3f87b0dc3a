# contextlib (contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator) and io.StringIO.
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("text")
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["x"]
print("after swallow")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
class Res:
    def close(self): print("closed res")
with closing(Res()) as r:
    print("using", type(r).__name__)
with nullcontext(5) as n:
    print(n)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("two", 2)
print(repr(buf.getvalue()))
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"t{i}"))
    stack.callback(print, "callback ran")
    print("in stack")
@tag("deco")
def f(x):
    print("f body", x)
    return x * 2
print(f(21))
class mycm(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
@mycm()
def g(): print("g")
g()
@contextmanager
def bad():
    if False: yield
try:
    with bad(): pass
except RuntimeError as e:
    print("RuntimeError", e)
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), end=""); print(s.read()); s.seek(0); print(s.readlines()); print([l for l in io.StringIO("a\nb\n")])
s2 = io.StringIO(); s2.write("abc"); s2.write("def"); print(s2.getvalue(), s2.tell()); s2.seek(1); s2.write("X"); print(s2.getvalue())
print("x", file=s2); print(repr(s2.getvalue()))
