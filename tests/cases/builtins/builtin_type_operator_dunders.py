# Built-in types expose exactly the operator dunders CPython 3.11 gives them.
import types
ops = ["add","sub","mul","truediv","floordiv","mod","pow","lshift","rshift","and","or","xor","matmul"]
names = ["__%s__"%o for o in ops] + ["__r%s__"%o for o in ops] + ["__i%s__"%o for o in ops] + ["__neg__","__pos__","__invert__","__abs__"]
ts = [int, bool, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, type({}.keys()), type({}.items()), type({}.values()), type, range, slice, type(None), object]
for t in ts:
    own = [n for n in names if n in t.__dict__]
    print(t.__name__, own, hasattr(t, "__sub__"))
print(len(dir(str)), len(dir(list)), len(dir(int)), len(dir(dict)))
print(dir(list))
print(5 .__add__(3), "a".__add__("b"), [1].__add__([2]), (1).__radd__(2), "ab".__mul__(2), {1}.__sub__({1}))
class MyInt(int): pass
print(MyInt(3) + 4, 4 - MyInt(1), -MyInt(2), MyInt(5) & 3)
