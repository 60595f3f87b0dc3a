# match: collections.abc Mapping/Sequence subjects, deque, namedtuple, loops with break/continue, closures, class bodies, generators.
from collections import deque, OrderedDict, defaultdict, namedtuple
from collections.abc import Mapping, Sequence
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class MySeq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
Point = namedtuple("Point", "x y")
def kind(v):
    match v:
        case {"k": val}: return f"map k={val}"
        case [x, y, z]: return f"seq3 {x} {y} {z}"
        case Point(x=0): return "point on y"
        case [*items]: return f"seq {items}"
        case {}: return "empty-ish map"
        case set() | frozenset(): return "a set"
        case _: return f"other {type(v).__name__}"
for v in [MyMap({"k": 1}), MyMap({}), MySeq(), deque([1, 2, 3]), deque([1]), OrderedDict(k=5), defaultdict(int), Point(0, 1), Point(1, 1), range(3), {1, 2}, frozenset(), "abc", b"ab", bytearray(b"x"), 42, None, memoryview(b"ab")]:
    print(kind(v))
def loop():
    out = []
    for i in range(10):
        match i % 4:
            case 0: continue
            case 1: out.append("one")
            case 2 if i > 5: break
            case x: out.append(x)
    return out
print(loop())
def nested(data):
    match data:
        case {"users": [{"name": str(name), "roles": [*roles]}, *others]} if "admin" in roles:
            return f"admin {name}, {len(others)} others"
        case {"users": []}:
            return "no users"
        case {"users": [first, *_]}:
            return f"first {first['name']}"
    return "nomatch"
print(nested({"users": [{"name": "ann", "roles": ["admin", "dev"]}, {}, {}]}))
print(nested({"users": []}), nested({"users": [{"name": "bob", "roles": []}]}), nested({}))
def closure():
    fns = []
    for v in [(1, 2), (3, 4)]:
        match v:
            case (a, b):
                fns.append(lambda: a + b)
    return [f() for f in fns]
print(closure())
class K:
    match 3:
        case 3: attr = "three"
print(K.attr)
g = (x for x in [1])
def gen():
    for v in [1, "a", [1]]:
        match v:
            case int(): yield "int"
            case str(): yield "str"
            case _: yield "other"
print(list(gen()))
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}: print(kw)
match [1, 2, 3, 4]:
    case [1, *_, 4]: print("ends")
match 3.0:
    case 3: print("int-eq-float")
match -0.5:
    case -0.5: print("neg float")
match "x":
    case "x" "y": print("concat no")
    case "x": print("x")
try:
    match 1:
        case 2: pass
    print("no match, fine")
except Exception as e:
    print("error", e)
x = 10
match 10:
    case x if x > 100: print("no")
    case _: print("x rebound to", x)
