# except clauses with tuples, ordering of clauses, catching base classes and BaseException.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except (TypeError, ValueError):
        return "type-or-value"
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), ValueError(),
            UnicodeDecodeError("utf-8", b"", 0, 1, "x"), RuntimeError(), NotImplementedError(), AttributeError()]:
    print(classify(exc))
try:
    raise SystemExit(3)
except BaseException as e:
    print("caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)
