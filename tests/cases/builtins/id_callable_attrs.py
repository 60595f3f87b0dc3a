# id() compared only for identity, callable(), getattr/setattr/hasattr/delattr with defaults.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None))
print(callable(len), callable(lambda: 0), callable(5), callable("s"), callable(int), callable(print))
class Obj:
    cls_attr = "C"
    def method(self):
        return "m"
o = Obj()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "y", "default"), hasattr(o, "x"), hasattr(o, "y"), getattr(o, "cls_attr"))
print(getattr(o, "method")(), callable(getattr(o, "method")), hasattr(Obj, "method"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([], "append").__name__, getattr("s", "upper")())
