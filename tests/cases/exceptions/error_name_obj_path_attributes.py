try: undefined_x
except NameError as e: print(repr(e.name))
try: (1).foo
except AttributeError as e: print(repr(e.name), repr(e.obj))
print(repr(NameError("x").name), repr(AttributeError("x").name), AttributeError("m", name="n", obj=3).obj)
e = ImportError("msg", name="modname", path="/p")
print(e.name, e.path, e.msg, e.args, str(e), repr(e))
e2 = ImportError()
print(e2.name, e2.path, e2.msg, repr(e2))
e3 = ImportError("a", "b")
print(e3.msg, str(e3))
try: ImportError("x", bogus=1)
except TypeError as t: print(t)
try: NameError("x", name="y").name
except TypeError as t: print(t)
print(NameError("x", name="nm").name)
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print(e.name, e.path, e.msg)
try:
    from math import nope
except ImportError as e:
    print(e.name, e.msg.split(" (")[0])
class Custom(AttributeError):
    pass
c = Custom("m", name="attr", obj=[1])
print(c.name, c.obj, c.args, str(c))
