# The traceback module. (CPython 3.11 underlines part of a line with ^^^
# when the failing expression is not the whole line; every frame here fails
# on a whole-line statement, which Mosaic matches exactly.)
import sys
import traceback


def bottom():
    raise ValueError("bottom")


def middle(n):
    if n:
        middle(n - 1)
    else:
        bottom()


def outer():
    try:
        middle(5)
    except ValueError as e:
        raise RuntimeError("wrapped") from e


try:
    outer()
except Exception:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ZeroDivisionError("second")
except ZeroDivisionError as e:
    for line in traceback.format_exception(e):
        print(line.replace(__file__, "FILE"), end="")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    stack = traceback.extract_tb(e.__traceback__)
    for fs in stack:
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    print(len(stack), list(stack[0])[1:], stack[0] == (__file__, 37, "<module>", 'raise ZeroDivisionError("second")'))


class AppError(Exception):
    pass


try:
    raise AppError()
except AppError:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")
    print(traceback.format_exc(limit=0), end="")
    print(traceback.format_exc(chain=False).splitlines()[-1])

print(repr(traceback.format_exc()))

for src in ["x = (1 +", "1 +* 2", "def f(:\n    pass", "  x = 1"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")

try:
    raise KeyError("a") from None
except KeyError:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")


def rec(n):
    if n < 10:
        rec(n + 1)
    else:
        bottom()


try:
    rec(0)
except ValueError:
    lines = traceback.format_exc().splitlines()
    print(len(lines), [line.replace(__file__, "FILE") for line in lines[-3:]])

try:
    import json
    json.loads("{bad")
except Exception:
    print(traceback.format_exc().splitlines()[-1])

print(traceback.format_list([("f.py", 3, "g", "x = 1"), ("h.py", 9, "k", None)]))
te = traceback.TracebackException.from_exception(RuntimeError("direct"))
print(list(te.format()), str(te))
traceback.print_exception(ValueError("to stdout"), file=sys.stdout)
traceback.print_exception(ValueError, ValueError("old form"), None, file=sys.stdout)
