import sys
class AppError(Exception):
    """Base app error."""
class DbError(AppError):
    def __init__(self, table, *rest):
        super().__init__(f"db failure on {table}", *rest)
        self.table = table
e = DbError("users", 42)
print(e.args, str(e), repr(e), e.table, AppError.__doc__)
try:
    raise DbError("t")
except AppError as ex:
    print("caught base:", type(ex).__name__, isinstance(ex, Exception))
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is ex)
print(sys.exc_info())
def f():
    try:
        raise ValueError("a")
    finally:
        print("in finally, exc_info:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
try:
    f()
except ValueError:
    pass
def override():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    override()
except TypeError as ex:
    print(repr(ex), repr(ex.__context__))
class Quiet(BaseException): pass
try:
    try:
        raise Quiet()
    except Exception:
        print("wrong")
except BaseException as ex:
    print("BaseException caught", type(ex).__name__)
try:
    raise KeyError("a", "b")
except KeyError as ex:
    print(str(ex), repr(ex))
try:
    raise KeyError()
except KeyError as ex:
    print(repr(str(ex)), ex.args)
ex = ValueError("x")
print(ex.__traceback__, ex.__cause__, ex.__context__, ex.__suppress_context__)
try:
    raise ex
except ValueError as caught:
    print(caught.__traceback__ is not None, caught.__traceback__.tb_lineno, type(caught.__traceback__).__name__)
def raiser():
    raise IndexError("deep")
try:
    raiser()
except IndexError as ex2:
    tb = ex2.__traceback__
    n = 0
    while tb:
        n += 1
        last = tb
        tb = tb.tb_next
    print("frames:", n, last.tb_lineno)
try:
    raise ValueError("with tb").with_traceback(None)
except ValueError as v:
    print("with_traceback ok", v)
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err), repr(err))
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as fe:
    print(type(fe).__name__, fe.errno, fe.filename, str(fe))
except OSError as oe:
    print("OSError", oe)
try:
    raise StopIteration(5)
except StopIteration as si:
    print(si.value, si.args)
print(repr(SystemExit(3).code), SystemExit().code, SystemExit("m", 2).code)
try:
    raise Exception
except Exception as bare:
    print(repr(bare), bare.args)
try:
    raise 5
except TypeError as te:
    print(te)
try:
    raise ValueError from 5
except TypeError as te:
    print(te)
class NoStr(Exception):
    def __str__(self):
        raise RuntimeError("bad str")
try:
    try:
        raise NoStr()
    except NoStr as ns:
        print("caught NoStr")
        print(repr(ns))
except Exception as z:
    print("?", z)
def nested_reraise():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        raise
try:
    nested_reraise()
except Exception as ex3:
    print("reraised", repr(ex3), repr(ex3.__context__))
try:
    raise
except RuntimeError as re:
    print("RuntimeError:", re)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError),
      issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError),
      issubclass(UnicodeDecodeError, ValueError), issubclass(FileNotFoundError, OSError),
      issubclass(TimeoutError, OSError), issubclass(StopAsyncIteration, Exception), IOError is OSError,
      EnvironmentError is OSError, issubclass(UnboundLocalError, NameError), issubclass(KeyboardInterrupt, Exception))
