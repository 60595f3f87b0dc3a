# A dataclass-like class decorator written by hand: generated __init__, __repr__, __eq__, ordering and defaults.
def record(*fields, defaults=None, order=False):
    defaults = defaults or {}
    def deco(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__} takes at most {len(fields)} positional arguments")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__} got an unexpected field {k!r}")
                if k in values:
                    raise TypeError(f"{cls.__name__} got field {k!r} twice")
                values[k] = v
            for f in fields:
                if f not in values:
                    if f not in defaults:
                        raise TypeError(f"{cls.__name__} missing field {f!r}")
                    d = defaults[f]
                    values[f] = d() if callable(d) else d
                setattr(self, f, values[f])
            if hasattr(self, "validate"):
                self.validate()
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def astuple(self):
            return tuple(getattr(self, f) for f in fields)
        def __eq__(self, other):
            return type(other) is cls and astuple(self) == astuple(other)
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = lambda self: hash(astuple(self))
        cls.astuple = astuple
        cls.fields = fields
        if order:
            cls.__lt__ = lambda self, other: astuple(self) < astuple(other)
        return cls
    return deco
@record("x", "y", defaults={"y": 0}, order=True)
class Point:
    def norm2(self):
        return self.x * self.x + self.y * self.y
@record("name", "tags", "qty", defaults={"tags": list, "qty": 1})
class Item:
    def validate(self):
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.name}")
p, q = Point(3, 4), Point(x=1)
print(p, q, p.norm2(), p == Point(3, 4), p != q, sorted([p, q, Point(1, -1)]))
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}), Point.fields, p.astuple())
a, b = Item("bolt"), Item("nut")
a.tags.append("metal")
print(a, b, a.tags is b.tags)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Item("x", z=1), lambda: Item("y", qty=-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
