class A: pass
def f(x: int | None = None, y: "str | bytes" = "a") -> list[int] | None:
    return x
print(f(3), f())
u = int | str
print(u, repr(u), type(u), type(u).__name__, u.__args__, u.__parameters__)
print(int | None, None | int, int | str | float, (int | str) | (float | int), int | int, str | A, A | None | A)
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.5, int | str), isinstance(None, int | None), isinstance(None, int))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int), {int | str: 1}[str | int])
print(f.__annotations__)
try:
    int | 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 | int
except TypeError as e:
    print("TypeError:", e)
try:
    "x" | int
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError:", e)
def g(items: list[str] | tuple[str, ...], n: int | float = 1) -> dict[str, int] | None:
    return {s: len(s) * n for s in items} or None
print(g(["ab", "c"]), g([]), g(("x",), 2.5))
print(isinstance(3, (int | str, float)), isinstance(3.0, (list, int | float)))
x: int | None = None
print(x)
print(enumerate[int], list[int], frozenset[int], tuple[int, ...], dict[str, list[int]], list[int] == list[int], list[int](range(3)), list[int].__origin__, list[int].__args__, repr(list["A"]), list[int] | None, set[str])
print(type(list[int]).__name__, isinstance([], list), list[int] | dict[str, int])
print(list[int].append is list.append, list[int]() == [], dict[str, int](a=1), type(list[int]), list[int, str], tuple[()], list[list[int]])
for bad in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: isinstance(1, int | list[int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class MyList(list[int]):
    pass
print(MyList([1, 2]), MyList.__mro__[1], {list[int]: 1}[list[int]], list[int] != list[str])
import types
print(type(int | str).__module__)
def mk(c: type[int]) -> type:
    return c
print(mk(int), type[int], type[int] | None)
class B:
    pass
for bad in [lambda: B[int], lambda: int[str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
