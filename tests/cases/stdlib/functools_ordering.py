# functools: cmp_to_key, total_ordering, cached_property, singledispatch
from functools import cmp_to_key, total_ordering, cached_property, singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(2), K(1) >= K(0))
try:
    K(1) < 5
except TypeError as e:
    print("TypeError", e)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, a <= b, a > b, a >= b, a >= Version("1.0"), b > a)
print(Version.__ge__.__name__, Version.__ge__.__doc__)
print(Version.__le__.__doc__)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v


print(Desc(1) < Desc(2), Desc(2) <= Desc(2), Desc(3) >= Desc(4))
try:
    total_ordering(type("Nothing", (), {}))
except ValueError as e:
    print("ValueError", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
c.r = 3
print(c.area)
c.area = 0
print(c.area, Circle.area.attrname, type(Circle.area).__name__)


@singledispatch
def describe(x):
    return "object:" + type(x).__name__


@describe.register
def _(x: int):
    return "int:%d" % x


@describe.register(str)
def _(x):
    return "str:" + x


@describe.register(Sequence)
def _(x):
    return "sequence of %d" % len(x)


@describe.register(Mapping)
def _(x):
    return "mapping of %d" % len(x)


print(describe(3), describe(True), describe("hi"), describe([1, 2]), describe((1,)))
print(describe({"a": 1}), describe(2.5), describe(None), describe(range(4)))
print(describe.dispatch(bool).__name__, describe.registry[str].__name__, len(describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError", e)


class Fmt:
    @singledispatchmethod
    def show(self, x):
        return "?"

    @show.register
    def _(self, x: int):
        return "#%d" % x

    @show.register
    def _(self, x: list):
        return "[%s]" % ",".join(self.show(i) for i in x)


print(Fmt().show(4), Fmt().show([1, 2, "z"]), Fmt().show(1.5))
