# collections.namedtuple: construction, repr, _fields, _replace, _asdict, _make, defaults, errors
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__)
print(p._replace(x=100), p._asdict(), Point._make([3, 4]))
print(p * 2, p + (1,), p[:1], sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__module__, type(p).__name__, repr(Point(x=[1], y={"a": 1})))

Emp = namedtuple("Emp", "name, age  title", defaults=["staff"])
e = Emp("ann", 30)
print(e, Emp._field_defaults, Emp("bob", 41, "boss"))
print(Emp.__new__.__doc__)

V3 = namedtuple("V3", "x y z", defaults=(0, 0))
print(V3(1), V3(1, 2), V3(1, 2, 3), V3.__new__.__defaults__)
R = namedtuple("R", "a a def _b 1c", rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
One = namedtuple("One", "only")
print(One(5), One._make([6]))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, Vec._fields)
print({Point(1, 2): "a"}[Point(1, 2)], Point(1, 2) in {(1, 2)})

tests = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, 2, z=3),
    lambda: Point._make([1, 2, 3]),
    lambda: p._replace(z=1),
    lambda: namedtuple("P", "x _y"),
    lambda: namedtuple("P", "x x"),
    lambda: namedtuple("P", "x class"),
    lambda: namedtuple("1P", "x"),
    lambda: namedtuple("P", "x", defaults=(1, 2)),
    lambda: namedtuple("P", ["a", 1]),
    lambda: setattr(p, "x", 5),
]
for t in tests:
    try:
        print(t())
    except Exception as ex:
        print(type(ex).__name__, ex)
rows = [("a", 1), ("b", 2)]
Row = namedtuple("Row", "key value")
print([Row._make(r) for r in rows], max(map(Row._make, rows), key=lambda r: r.value).key)
