# typing: Generic classes, Protocol (runtime_checkable), NamedTuple, TypedDict, NewType, overload, final
from typing import (Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict, NewType, overload,
                    final, get_overloads, Optional, List, Dict, Iterator, TYPE_CHECKING, SupportsInt, SupportsAbs,
                    get_type_hints, Any)
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), type(s).__name__, Stack.__parameters__, Stack[int], Stack[str].__args__)
print(Stack.__orig_bases__, Stack.__mro__, Stack[int].__origin__ is Stack, s.__orig_class__)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


class IntPair(Pair[int, V]):
    pass


print(Pair[str, int], IntPair.__parameters__, IntPair[bytes], Pair.__parameters__, IntPair(1, "x").v)
print(Generic[T], Pair[K, V][int, str], typing.Generic, Stack[T])
for bad in (lambda: Pair[int], lambda: Stack[int, str], lambda: Generic[int], lambda: type("X", (Generic,), {})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class Greeter(Protocol):
    name: str

    def greet(self) -> str:
        ...


class File:
    def close(self):
        return "closed"


class Door:
    pass


print(isinstance(File(), Closer), isinstance(Door(), Closer), issubclass(File, Closer), issubclass(int, Closer))
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(-2.5, SupportsAbs))
for bad in (lambda: isinstance(File(), Greeter), lambda: Closer()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class RealCloser(Closer):
    pass


print(RealCloser().close(), isinstance(RealCloser(), Closer))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0

    def raise_(self, pct: float) -> "Employee":
        return self._replace(salary=self.salary * (1 + pct / 100))

    @property
    def tag(self) -> str:
        return self.name[:3].upper()


e = Employee("alice", salary=100.0)
print(e, e.raise_(10), e.tag, e._fields, e._field_defaults, Employee.__annotations__)
print(isinstance(e, tuple), Employee.__bases__, e[0], len(e), Employee._make(["bob", "ops", 1.0]))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__, Point._fields)
for bad in ("class Bad(NamedTuple):\n    a: int = 1\n    b: int\n",
            "class Bad2(NamedTuple):\n    x: int\n    def _replace(self):\n        pass\n"):
    try:
        exec(bad, {"NamedTuple": NamedTuple})
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__ + ":", ex)


class Movie(TypedDict):
    title: str
    year: int


class ReleasedMovie(Movie, total=False):
    studio: str


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__))
print(sorted(ReleasedMovie.__required_keys__), sorted(ReleasedMovie.__optional_keys__), ReleasedMovie.__total__)
Options = TypedDict("Options", {"verbose": bool, "level": int}, total=False)
print(Options(verbose=True), Options.__total__, typing.is_typeddict(Options), typing.is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as ex:
    print("TypeError:", ex)

UserId = NewType("UserId", int)
uid = UserId(42)
print(UserId, uid, type(uid).__name__, UserId.__supertype__, UserId.__name__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"), len(get_overloads(double)))


@final
class Sealed:
    @final
    def method(self):
        return 1


print(Sealed.__final__, Sealed.method.__final__, TYPE_CHECKING)
if TYPE_CHECKING:
    print("never")


class Tree(Generic[T]):
    def __init__(self, value: T, children: "Optional[List[Tree[T]]]" = None):
        self.value = value
        self.children = children or []

    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(list(t.walk()), get_type_hints(Tree.__init__, localns={"Tree": Tree}))
