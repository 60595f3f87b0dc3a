d = {(1, 2): "a"}
try:
    d[(3, 4)]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}["x"]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}[""]
except KeyError as e:
    print(repr(e), str(e))
try:
    set().remove((1,))
except KeyError as e:
    print(repr(e), str(e))
try:
    {}.pop(None)
except KeyError as e:
    print(repr(e), str(e))
try:
    [].index("x")
except ValueError as e:
    print(repr(e))
try:
    int("abc")
except ValueError as e:
    print(repr(e), e.args)
e = KeyError()
print(repr(e), str(e), repr(KeyError(1, 2)), str(KeyError(1, 2)), str(KeyError("a b")))
print(repr(ValueError("x")), str(IndexError()), repr(ZeroDivisionError("division by zero")))
d[(5, 6)]
