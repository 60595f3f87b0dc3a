# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, order, frozen, hash, post_init, errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import List, ClassVar, Optional


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 5


p = Point(1)
print(p, Point(1, 2, ["a"]), Point(x=3, tags=["t"]), p == Point(1), p == Point(2), p == (1, 0, []))
print(Point.y, hasattr(Point, "tags"), Point.count, Point.__hash__, Point.__match_args__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default, fields(Point)[2].default_factory)
print(Point.__dataclass_params__, Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
a, b = Point(1), Point(1)
a.tags.append("only a")
print(a.tags, b.tags)
for bad in (lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=2), lambda: p < Point(2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v = Version(1, 2, "beta")
print(v, sorted([Version(2), Version(1, 5), Version(1, 2, "x")]), Version(1) < Version(1, 1), Version(3) >= Version(2, 9))
print(hash(v) == hash((1, 2)), {Version(1): "one"}[Version(1, 0, "other")], v == Version(1, 2, "rc"))
for bad in (lambda: setattr(v, "major", 5), lambda: delattr(v, "minor"), lambda: setattr(v, "new", 1)):
    try:
        bad()
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))
print(replace(v, minor=9), v)


@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False, repr=False)

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3, scale=2)
print(r, r.area, [f.name for f in fields(r)], replace(r, w=1, scale=1).area)
try:
    replace(r, area=1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int


print(Config("app", level=3), Config("x", debug=True, level=1))
try:
    Config("app", True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    id: int
    name: str = "base"


@dataclass
class Derived(Base):
    extra: list = field(default_factory=lambda: [1])
    name: str = "derived"


print(Derived(7), [f.name for f in fields(Derived)], isinstance(Derived(1), Base))


@dataclass(eq=False)
class Ident:
    v: int


i = Ident(1)
print(i == Ident(1), i == i, Ident.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(default="x", hash=False)


print(hash(Key(1)) == hash((1,)), len({Key(1), Key(1), Key(2)}))


@dataclass
class Tree:
    value: int
    children: List["Tree"] = field(default_factory=list)
    parent: Optional["Tree"] = field(default=None, repr=False, compare=False)


root = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(root)
print(asdict(root))
print(astuple(Tree(1, [Tree(2)])))
loop = Tree(0)
loop.children.append(loop)
print(loop)
print(is_dataclass(Tree), is_dataclass(root), is_dataclass(int), is_dataclass(3))

errors = [
    "@dataclass\nclass A:\n    x: int = 1\n    y: int\n",
    "@dataclass\nclass B:\n    x: list = []\n",
    "@dataclass(order=True)\nclass C:\n    x: int\n    def __lt__(self, o):\n        return True\n",
    "@dataclass(order=True, eq=False)\nclass D:\n    x: int\n",
    "@dataclass\nclass E:\n    x = field(default=1)\n",
    "@dataclass(frozen=True)\nclass F(Point):\n    z: int = 0\n",
    "field(default=1, default_factory=list)\n",
    "fields(3)\n",
    "asdict(Point)\n",
]
for src in errors:
    try:
        exec(src, {"dataclass": dataclass, "field": field, "Point": Point, "fields": fields, "asdict": asdict})
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self


print(Inventory().add("apple").add("pear", 3).add("apple"))
