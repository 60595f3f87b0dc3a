# The messages of a refused __class__ assignment are CPython's (found by
# tests/fuzz/jitdiff.py).
class A:
    pass
class S:
    __slots__ = ("x",)
class B(A):
    pass
for cls in (S, int, B):
    try:
        a = A()
        a.__class__ = cls
        print("ok", type(a).__name__)
    except TypeError as e:
        print(e)
try:
    s = S()
    s.__class__ = A
except TypeError as e:
    print(e)
