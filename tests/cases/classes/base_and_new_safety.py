# __base__ is the first base when layouts are equal; object.__new__ refuses
# a class whose nearest non-Python __new__ is another type's.
class Left: pass
class Right: pass
class Bottom(Left, Right): pass
print(Bottom.__base__, Bottom.__bases__)
class SL(Left):
    __slots__ = ('a',)
class Other: pass
class Mix(Other, SL): pass
print(Mix.__base__)
for call in [lambda: object.__new__(int), lambda: object.__new__(list), lambda: object.__new__(5),
             lambda: int.__new__(str), lambda: object.__new__()]:
    try:
        print(call())
    except TypeError as e:
        print(e)
class L(list): pass
try:
    object.__new__(L)
except TypeError as e:
    print(e)
class N:
    def __new__(cls):
        return object.__new__(cls)
class NN(N): pass
print(type(N()).__name__, type(NN()).__name__, type(object.__new__(NN)).__name__)
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(E(1)))
