import sys
print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep="")
print(end="")
print("x", file=sys.stdout)
print("to err", file=sys.stderr)
print(*[1, 2, 3], sep=", ")
print(sep="x")
print(None, True, 1.0, [None])
try:
    print(1, sep=5)
except TypeError as e:
    print("TypeError:", e)
print(len("abc"), len([1]), len({}), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(list(range(5, 0, -2)), range(3), range(1, 5), range(1, 5, 2), range(0), list(range(-3)), range(10)[2:8:2], range(10)[-1], range(10)[::-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
r = range(0, 100, 7)
print(r.start, r.stop, r.step, 14 in r, 15 in r, r.index(21), r.count(7), r == range(0, 98, 7), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "a", [], None, 2])), list(filter(lambda x: x % 2, range(6))))
print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max([], default=7), min([], default=None), max([1, 5, 3], key=lambda x: -x), min(["aa", "b"], key=len), max((1, 2), (1, 3)))
for f, args in [(min, ()), (max, ([],)), (min, (1,))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(x * x for x in range(4)), sum([0.5, 0.25]), sum((), 5), sum([1e100, 1, -1e100]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5.5), round(2.567, 1), divmod(17, 5), pow(2, 10), pow(2, 10, 1000), pow(2.0, 3), pow(4, 0.5))
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, (str, object)), isinstance([], (tuple, (list, dict))))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
vals = iter([5, 4, 0, 3])
print(list(iter(lambda: next(vals), 0)))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any(x > 3 for x in range(5)), all(c.isalpha() for c in "abc"))
print(chr(65), chr(0x263A), ord("A"), ord("☺"), hex(255), oct(8), bin(5), hex(-1), bin(-5))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable("s".upper))
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = "x"
    def m(self): pass
o = C()
print(getattr(o, "a"), getattr(o, "zz", None), hasattr(o, "b"), hasattr(o, "q"), vars(o))
setattr(o, "c", 3); delattr(o, "a"); print(vars(o), o.__dict__)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(o) if not n.startswith("__")], dir(C) == sorted(dir(C)))
print(type(1), type("s"), type([]), type(None), type(type), type(o), type(C.m), type(o.m), type(len))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 0, 1: 0}), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(id(o) == id(o), hash("a") == hash("a"), hash(1), hash(True), hash(0.0))
print(int.__doc__ is not None or True, repr(len), repr(int), repr(C)[:17], repr(None), str(Ellipsis), ...)
print(bool(), int(), float(), str(), list(), dict(), tuple(), set(), complex if False else "")
print(format(1234.5, ","), format(10, "b"), ascii("ü"), repr(b"\x00"), bytes(3), bytearray(b"ab"))
print(globals().get("__name__"), __name__, locals() is globals())
print(eval("1 + 2"), eval("x * 2", {"x": 5}), exec("y = 3") or "exec ok")
print(max("apple", "banana", key=len), min(range(10), key=lambda x: (x - 5) ** 2), sorted(["b", "A", "c"], key=str.casefold))
