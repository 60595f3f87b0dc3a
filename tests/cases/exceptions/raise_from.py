# raise ... from ...: __cause__, __context__, __suppress_context__ inspected and printed.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as r:
    print(repr(r), r.__cause__, repr(r.__context__), r.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as t:
    print(repr(t), t.__cause__, repr(t.__context__), t.__suppress_context__)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
