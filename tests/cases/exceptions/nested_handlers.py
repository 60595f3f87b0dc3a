# Nested try blocks, re-raise with bare raise, exceptions raised inside handlers.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 saw KeyError, re-raising")
        raise
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught", repr(e))
        return "handled"
print(level1())
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("a")
    finally:
        print("finally during propagation")
except ValueError as e:
    print("after finally:", e)
def handler_fails():
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
try:
    handler_fails()
except IndexError as e:
    print(repr(e), type(e.__context__).__name__)
