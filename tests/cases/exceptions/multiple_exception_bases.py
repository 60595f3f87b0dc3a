class A(TypeError, ArithmeticError): pass
class B(OSError, ValueError): pass
class C(KeyError, LookupError): pass
for cls in (A, B, C):
    e = cls("msg")
    print(cls.__mro__, cls.__base__, repr(e), str(e), isinstance(e, Exception))
try:
    raise B(2, "No such file")
except ValueError as e:
    print("caught as ValueError", e, e.errno, e.strerror)
try:
    raise A("both")
except ArithmeticError as e:
    print("caught", repr(e))
import io
print(issubclass(io.UnsupportedOperation, ValueError), io.UnsupportedOperation.__mro__)
try:
    class D(int, str): pass
except TypeError as e:
    print(e)
try:
    class E(dict, list): pass
except TypeError as e:
    print(e)
