# dir() of instances and modules, __subclasses__, isinstance/issubclass
# hooks, annotation order, built-in method qualnames.
import sys
sys.path.insert(0, "")  # the modules are written to the working directory
print(dir())
class A:
    pass
print(dir(A()))
print([n for n in dir(A) if not n.startswith("__")], "__weakref__" in A.__dict__)
a = A()
print(a.__getstate__())
a.x = 1
print(a.__getstate__(), A.__subclasshook__(), repr(object.__doc__[:38]))
class B(A): pass
class C(A, int): pass
print(A.__subclasses__(), B.__subclasses__(), int.__subclasses__()[-1])
class Checker:
    def __instancecheck__(self, obj): return obj == 1
    def __subclasscheck__(self, cls): return cls is int
print(isinstance(1, Checker()), isinstance(2, Checker()), issubclass(int, Checker()), issubclass(str, (Checker(), float)))
class Meta(type):
    def __instancecheck__(cls, obj): return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub): return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class D:
    quack = 1
print(isinstance(D(), Duck), isinstance(1, Duck), issubclass(D, Duck), issubclass(int, (str, Duck)), isinstance(D(), (int, Duck)))
for bad in (lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: issubclass(int, 5), lambda: issubclass(int, (5,))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def f(a: int, /, b: str, *rest: int, flag: bool = None, **kw: dict) -> str: pass
print(list(f.__annotations__))
print([].append.__qualname__, list.append.__qualname__, len.__qualname__, "a".upper.__qualname__, dict.fromkeys.__qualname__)
def abstract(): pass
abstract.__isabstractmethod__ = True
print(property(abstract).__isabstractmethod__, property(len).__isabstractmethod__, staticmethod(abstract).__isabstractmethod__)
with open("helper_mod_dir.py", "w") as fh:
    fh.write("names = sorted(globals())\n")
import helper_mod_dir
print(helper_mod_dir.names, helper_mod_dir.__package__ == "")
