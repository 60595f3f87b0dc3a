# dataclasses: slots, make_dataclass, field metadata, kw_only=True, custom methods kept, __set_name__ defaults
from dataclasses import dataclass, field, fields, make_dataclass, replace, asdict, astuple, MISSING
from collections import namedtuple


@dataclass(slots=True)
class Pixel:
    x: int
    y: int = 0

    def moved(self, dx):
        return Pixel(self.x + dx, self.y)


px = Pixel(1)
print(px, px.moved(3), Pixel.__slots__, hasattr(px, "__dict__"))
try:
    px.z = 1
except AttributeError as e:
    print("AttributeError")


@dataclass(frozen=True, slots=True)
class FrozenPixel:
    x: int


print(FrozenPixel(4), hash(FrozenPixel(4)) == hash((4,)))

Item = make_dataclass("Item", ["name", ("price", float), ("qty", int, field(default=1))],
                      namespace={"total": lambda self: self.price * self.qty})
it = Item("pen", 1.5, qty=4)
print(it, it.total(), [f.name for f in fields(Item)], Item.__name__)
Frozen = make_dataclass("Frozen", [("a", int)], frozen=True, order=True)
print(sorted([Frozen(3), Frozen(1)]))
for bad in (lambda: make_dataclass("X", ["a", "a"]), lambda: make_dataclass("X", ["class"]), lambda: make_dataclass("X", ["1x"])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    retries: int = 3
    name: str


print(Options(name="n"), Options(name="m", retries=1))
try:
    Options("n")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Meta:
    value: int = field(default=0, metadata={"unit": "ms", "min": 0})


f0 = fields(Meta)[0]
print(f0.metadata["unit"], dict(f0.metadata), f0.default is not MISSING, fields(Meta)[0].default_factory is MISSING)


@dataclass
class Custom:
    a: int
    b: int = 2

    def __repr__(self):
        return "Custom<%d,%d>" % (self.a, self.b)

    def __eq__(self, other):
        return isinstance(other, Custom) and self.a == other.a


print(Custom(1), Custom(1, 5) == Custom(1, 9), Custom.__hash__)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))


acct = Account("ann")
acct.deposit(50)
acct.deposit(25.5)
print(acct, acct.history, asdict(acct))
print(astuple(acct), replace(acct, owner="bob"))

Pair = namedtuple("Pair", "left right")


@dataclass
class Holder:
    pair: Pair
    nested: dict


h = Holder(Pair([1], {"k": (2, 3)}), {"a": [Pair(1, 2)]})
d = asdict(h)
print(d, type(d["pair"]).__name__, d["pair"].left is h.pair.left)


class Desc:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return 42 if obj is None else obj.__dict__.get("_" + self.name, 42)

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value


@dataclass
class UsesDesc:
    size: int = Desc()


print(UsesDesc(), UsesDesc(7).size)
