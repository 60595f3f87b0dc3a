import sys
sys.path.insert(0, "")  # the modules are written to the working directory
files = {
    "shapes.py": '''"""Shapes module."""
__all__ = ["Circle", "area_of"]
PI = 3.14159
_private = "hidden"
class Circle:
    def __init__(self, r): self.r = r
    def area(self): return PI * self.r ** 2
def area_of(s): return round(s.area(), 2)
def helper(): return "helper"
print("shapes loaded as", __name__)
if __name__ == "__main__":
    print("never printed on import")
''',
    "circ_a.py": '''import circ_b
A_VAL = "a"
def from_b(): return circ_b.B_VAL
''',
    "circ_b.py": '''import circ_a
B_VAL = "b"
''',
    "lazy_mod.py": '''def __getattr__(name):
    if name == "dynamic":
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
''',
    "raises_mod.py": '''x = 1
raise ValueError("module init failed")
''',
}
for path, src in files.items():
    with open(path, "w") as f:
        f.write(src)
import shapes
import shapes as sh2
from shapes import *
from shapes import helper as h, PI
print(shapes.__name__, shapes.__doc__, sh2 is shapes, Circle(1).area(), area_of(Circle(2)), h(), PI)
print("helper" in dir(), "_private" in dir(), "area_of" in dir())
print(shapes.__file__.endswith("shapes.py"), type(shapes).__name__, repr(shapes).startswith("<module 'shapes' from"))
print("shapes" in sys.modules, sys.modules["shapes"] is shapes)
import circ_a
print(circ_a.A_VAL, circ_a.from_b(), circ_a.circ_b.circ_a is circ_a)
import lazy_mod
print(lazy_mod.dynamic)
try:
    lazy_mod.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    import raises_mod
except ValueError as e:
    print("ValueError:", e, "raises_mod" in sys.modules)
try:
    from shapes import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import no_such_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
def local_import():
    import shapes as s
    from shapes import Circle as C
    return s.PI, C(3).r
print(local_import())
shapes.PI = 3
print(Circle(1).area(), shapes.Circle(1).area())
print(__name__)
