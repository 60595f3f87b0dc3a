# enum: Enum members, reprs, lookup by value and name, aliases, auto, iteration, errors, functional API
from enum import Enum, IntEnum, StrEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name.lower(), self.value)

    @property
    def is_warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, "%s|%r" % (Color.BLUE, Color.BLUE))
print(f"{Color.RED}", format(Color.RED, ">12"), f"{Color.GREEN!r}", str(Color.GREEN))
print(list(Color), len(Color), Color(1), Color["GREEN"], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color.__members__, list(Color.__members__), Color._member_names_)
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm, Color.default(), Color.RED in Color)
print(type(Color.RED), Color.RED.__class__ is Color, isinstance(Color.RED, Color), type(Color), Color, Enum)
print(Color.RED == Color.RED, Color.RED == Color.CRIMSON, Color.RED != Color.BLUE, Color.RED == 1, {Color.RED: "r"}[Color.CRIMSON])
print(list(reversed(Color)), [c.name for c in Color], sorted(Color, key=lambda c: -c.value))
print(Color._value2member_map_, Color.RED.__reduce_ex__(4))
for bad in (lambda: Color(5), lambda: Color["PINK"], lambda: Color.RED < Color.BLUE, lambda: 1 in Color,
            lambda: setattr(Color, "RED", 9), lambda: delattr(Color, "GREEN")):
    try:
        print(bad())
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), str(Num.THREE), f"{Num.TWO}", format(Num.ONE, "03d"), "%d" % Num.THREE)
print(Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.TWO > Num.ONE, sorted([Num.THREE, Num.ONE]), Num(2), int(Num.THREE))
print([1, 2, 3][Num.ONE], list(range(Num.THREE)), hash(Num.ONE) == hash(1), isinstance(Num.ONE, int))


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    NEXT = auto()


print(list(Step), Step.NEXT.value)


class Mode(StrEnum):
    READ = auto()
    WRITE = "w!"


print(list(Mode), str(Mode.READ), Mode.READ == "read", f"{Mode.WRITE}", Mode.READ.upper(), Mode("w!"))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))


class Shade(str, Enum):
    DARK = "d"
    LIGHT = "l"


print(Shade.DARK, repr(Shade.LIGHT), f"{Shade.DARK}", Shade.DARK == "d", Shade("l"), Shade.DARK.upper())


class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Status("active"), Status(0))
try:
    Status(7)
except ValueError as e:
    print("ValueError", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)
for src in ("class B(Enum):\n    A = 1\n    A = 2\n", "class C(Color):\n    X = 9\n", "class D(Enum):\n    _bad_ = 1\n"):
    try:
        exec(src, {"Enum": Enum, "Color": Color})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal, Animal(3))
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
Level = IntEnum("Level", {"LOW": 10, "HIGH": 20})
print(list(Shape), list(Level), Level.HIGH + 1, Enum("Empty", []), len(Enum("Empty", [])))


class Base(Enum):
    def label(self):
        return "<" + self.name + ">"


class Derived(Base):
    X = 1


print(Derived.X.label(), Derived.X, issubclass(Derived, Base), enum.EnumMeta is enum.EnumType)


class Ign(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1
    _B__private = 2


print(list(Ign), hasattr(Ign, "tmp"))
