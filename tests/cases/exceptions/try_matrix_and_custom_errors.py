def f(mode):
    out = []
    for i in range(3):
        try:
            out.append("try%d" % i)
            if mode == "break" and i == 1:
                break
            if mode == "continue":
                continue
            if mode == "return" and i == 1:
                return out
            if mode == "raise" and i == 2:
                raise ValueError(i)
        except ValueError as e:
            out.append("except %s" % e)
        else:
            out.append("else")
        finally:
            out.append("finally")
    else:
        out.append("for-else")
    return out
for m in ("none", "break", "continue", "return", "raise"):
    print(m, f(m))

def finally_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_return())

def finally_swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(finally_swallow())

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("converted")
    except ValueError as e:
        return repr(e), repr(e.__context__), e.__suppress_context__
print(nested())

def chained():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        return repr(e.__cause__), e.__suppress_context__
print(chained())

def reraise():
    try:
        try:
            int("x")
        except ValueError:
            raise
    except ValueError as e:
        return str(e)
print(reraise())

def exc_var_cleared():
    e = "before"
    try:
        raise TypeError
    except TypeError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "unbound: " + str(u)
print(exc_var_cleared())

class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])
class SubErr(MyErr):
    pass
try:
    raise SubErr(404, "not found")
except MyErr as e:
    print(type(e).__name__, e, e.args, repr(e))

try:
    raise Exception("a", 1)
except Exception as e:
    print(str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(KeyError("x")), str(KeyError("x")))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(ZeroDivisionError.__mro__)

def multi(x):
    try:
        return x[0] / x[1]
    except (IndexError, TypeError) as e:
        return "bad input: %s" % type(e).__name__
    except ZeroDivisionError:
        return "div0"
print(multi([1]), multi([1, 0]), multi(None), multi([4, 2]))
