import sys
print(sys, type(sys), NotImplemented, Ellipsis, type(None), type(NotImplemented), type(...))
print(range(1, 5, 2), slice(1, None), slice(None), {}.keys(), {"a": 1}.values(), {"a": 1}.items())
print(int, object, type, BaseException, ValueError, type(len), type(print))
print(repr(""), repr("'"), repr('"'), repr("a'b\"c"), repr("\n\t\x00\x7f\u00e9\u2028"))
print(str(b"x'y"), repr(bytearray(b"\x00a")), frozenset(), set(), dict(), list(), tuple())
print(float, bool, complex if False else "", None.__class__, True.__class__.__mro__)
print(type.__mro__, type(type.__dict__["__name__"]).__name__ if "__name__" in type.__dict__ else "")
class A: pass
print(A.__class__, A.__base__, A.__bases__, A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__dict__.get("__weakref__") is not None)
print(type(A.__dict__["__dict__"]).__name__ if "__dict__" in A.__dict__ else "")
print(sorted(k for k in A.__dict__))
