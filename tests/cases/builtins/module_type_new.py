import types, sys
m = types.ModuleType("m", "doc")
m.x = 1
print(m, m.__name__, m.__doc__, m.x, m.__dict__["x"])
n = types.ModuleType("cfg")
print(n.__doc__, repr(n), isinstance(n, types.ModuleType), type(n).__name__)
sys.modules["cfg"] = n
n.value = 42
import cfg
print(cfg.value)
class MyMod(types.ModuleType):
    def hello(self):
        return "hi " + self.__name__
mm = MyMod("mine")
print(mm.hello(), type(mm).__name__)
print(sys)
try:
    types.ModuleType(3)
except TypeError as e:
    print(e)
try:
    types.ModuleType()
except TypeError as e:
    print(e)
