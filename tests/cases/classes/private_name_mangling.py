__mod_private = "module level"
class A:
    __a = 1
    def f(self):
        return __mod_private if False else A.__a, self.__a
    class __Inner:
        __b = 2
        def g(self):
            return self.__b
    def inner(self):
        return A._A__Inner().g(), self._A__Inner.__name__, self._A__Inner.__qualname__
    def comp(self):
        return [self.__a * i for i in range(3)], (lambda: self.__a)(), {k: self.__a for k in "x"}
    def params(self, __p=5):
        return __p
    def delete(self):
        self.__tmp = 1
        had = hasattr(self, "_A__tmp")
        del self.__tmp
        return had, hasattr(self, "_A__tmp")
    def glob(self):
        global __gx
        __gx = "global mangled"
        return __gx
print(A().f(), A().inner(), A().comp(), A().params(), A().params(7), A().delete(), A().glob())
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print("_A__gx" in globals(), "__gx" in globals())
try:
    A().params(__p=1)
except TypeError as e:
    print("TypeError:", e)
class _Leading:
    def m(self):
        self.__v = 1
        return list(vars(self))
print(_Leading().m())
class ___:
    def m(self):
        self.__v = 1
        return list(vars(self))
print(___().m())
class S:
    __slots__ = ("__x", "y", "__z__")
    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3
    def get(self):
        return self.__x, self.y, self.__z__
print(S().get(), sorted(k for k in S.__dict__ if k in ("_S__x", "y", "__z__", "__x")))
class T:
    __ann: int = 3
    def method(self) -> None:
        pass
print(T.__annotations__, T._T__ann)
def outer():
    class Loc:
        def __init__(self):
            self.__h = "hidden"
        def reveal(self):
            def nested():
                return self.__h
            return nested()
    return Loc().reveal()
print(outer())
class Base:
    def __init__(self):
        self.__id = "base"
    def base_id(self):
        return self.__id
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__id = "derived"
    def derived_id(self):
        return self.__id
d = Derived()
print(d.base_id(), d.derived_id(), sorted(vars(d)))
