# match: command parsing, literal/sequence/mapping/class/or/as patterns, guards, enums, dataclasses.
def cmd(c):
    match c.split():
        case ["go", direction] if direction in ("n", "s"):
            return f"go {direction}"
        case ["go", _]:
            return "bad dir"
        case ["take", *items]:
            return f"take {items}"
        case [("quit" | "exit")]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "?"
for c in ["go n", "go x", "take a b", "quit", "exit", "", "foo bar"]:
    print(cmd(c))
def shape(p):
    match p:
        case {"type": "circle", "r": r}:
            return 3.14 * r * r
        case (x, y):
            return x * y
        case int(n) | float(n):
            return n
        case str() as s:
            return len(s)
        case None:
            return 0
print(shape({"type": "circle", "r": 2}), shape((2, 3)), shape(5), shape(2.5), shape("abcd"), shape(None), shape([1,2,3]))
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for pt in [P(0, 5), P(1, 2), P(3, 4)]:
    match pt:
        case P(0, y): print("zero", y)
        case P(x, y=2): print("x", x)
        case P(x=xx, y=yy) if xx < yy: print("lt", xx, yy)
match 5:
    case 1 | 2: print("small")
    case n if n > 3: print("big", n)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
for col in [Color.RED, Color.GREEN, 3]:
    match col:
        case Color.RED: print("red")
        case Color.GREEN: print("green")
        case other: print("other", other)
for v in [{"a": 1, "b": 2, "c": 3}, {"a": 1}, {"b": 1}, [1, 2], (1, 2, 3, 4, 5), "ab", -3, 1+2j, True, 0, b"x"]:
    match v:
        case {"a": 1, **rest}: print("map rest", rest)
        case {"b": _}: print("has b")
        case [a, b]: print("pair", a, b)
        case (first, *mid, last): print("seq", first, mid, last)
        case -3: print("minus three")
        case 1+2j: print("complex")
        case True: print("true")
        case 0: print("zero")
        case bytes(): print("bytes")
        case str(s): print("str", s)
match (1, [2, 3]):
    case (a, [b, *c]) as whole:
        print(a, b, c, whole)
match 1, 2:
    case x, y: print("tuple subject", x, y)
match = 3
print(match)
def match(x): return x
print(match(4))
match [1, 2]:
    case [1, 2] | [2, 1] : print("either")
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
for q in [Pt(0, 0), Pt(1, 0), Pt(0, 1), Pt(2, 3)]:
    match q:
        case Pt(0, 0): print("origin")
        case Pt(x=0, y=yy): print("on y", yy)
        case Pt(xx, 0): print("on x", xx)
        case Pt(): print("else", q)
