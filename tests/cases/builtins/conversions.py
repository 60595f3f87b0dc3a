# int/float/str/repr/bool/list/tuple/dict/set/frozenset constructors from many inputs.
print(int(), int("12"), int(12.9), int("-0x1f", 16), float(), float("1.5"), float(2), str(), str(12), str(1.0))
print(repr("q"), repr(1.0), repr(None), repr([1, "a"]), repr((1,)), repr({"k": 1}))
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(2)), tuple(), tuple([1]), tuple("xy"))
print(dict(), dict(a=1), dict([("k", "v")]), dict({1: 2}, z=3), dict(zip([1, 2], "ab")))
print(set(), set([1, 1, 2]), set("aa"), set(range(3)), frozenset([2, 1]), frozenset())
print(type(int("5")).__name__, type(str(5)).__name__, type(list()).__name__, type(dict()).__name__)
print(bool("False"), str(False), int(str(True) == "True"))
