# type() three-argument form, __name__, __class__, dir() membership of common names.
T = type("T", (), {"x": 1, "f": lambda self: self.x + 1})
t = T()
print(T.__name__, t.x, t.f(), type(t) is T, t.__class__.__name__)
U = type("U", (T,), {"x": 10})
print(U().f(), issubclass(U, T), U.__bases__[0].__name__)
print("append" in dir([]), "upper" in dir(""), "__len__" in dir({}), "keys" in dir({}))
print(int.__name__, str.__name__, type.__name__, object.__name__, len.__name__)
