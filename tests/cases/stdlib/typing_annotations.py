# typing: aliases and special forms in annotations, their reprs, get_origin/get_args, get_type_hints
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, Iterator, List, Literal,
                    Mapping, Optional, Sequence, Set, Tuple, Type, TypeVar, Union, Annotated, Deque,
                    DefaultDict, Counter, Generator, NoReturn, get_args, get_origin, get_type_hints, cast)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", int, str, covariant=True)
C = TypeVar("C", contravariant=True)
print(T, K, V, C, T.__name__, K.__bound__, V.__constraints__, T.__constraints__, V.__covariant__)
print(List, List[int], Dict[str, List[int]], Set[float], FrozenSet[str], Type[int])
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]], Union[int], Union[int, int])
print(Tuple, Tuple[int, ...], Tuple[()], Tuple[int, str], Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Any, Iterable[int], Iterator[str], Sequence[T], Mapping[K, V], Deque[int], DefaultDict[str, int], Counter[str])
print(Generator[int, None, None], Literal[1, "a"], Annotated[int, "meta"], ClassVar[int], Final[int], NoReturn)
print(Union[int, List[int]], Optional[List[int]], Tuple[int, Optional[str]], List[T][int], Dict[str, T][bytes])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str])
print(Literal[1, 2] == Literal[2, 1], hash(Union[int, str]) == hash(Union[str, int]), Union[int, str].__args__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(int), get_args(int), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_origin(Callable[[int], str]))
print(get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x", 2]), get_args(Tuple[int, ...]), get_origin(Literal[3]))
print(List.__origin__, List[int].__origin__, List[int].__args__, Dict[str, T].__parameters__, typing.Union, typing.Optional)
for bad in (lambda: List[int](), lambda: Any(), lambda: List[int, str], lambda: Union[()], lambda: Union[1],
            lambda: Callable[int, str], lambda: Dict[str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Deque[int]([1, 2]), cast(int, "not checked"), cast(List[str], 3))


def greet(name: str, times: int = 1, tags: "List[str]" = None, flag: Optional[bool] = None, *rest: Any) -> Dict[str, int]:
    return {name: times}


print(greet.__annotations__["tags"], greet.__annotations__["return"])
print(get_type_hints(greet))


class Node:
    value: int
    children: "List[Node]"
    parent: Optional["Node"] = None
    count: ClassVar[int] = 0


class Leaf(Node):
    label: str


print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(Leaf, include_extras=True) == get_type_hints(Leaf))


class Meta:
    x: Annotated[int, "unit: m"]


print(get_type_hints(Meta), get_type_hints(Meta, include_extras=True))


def first(items: Sequence[T]) -> T:
    return items[0]


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


print(first("abc"), apply(lambda v: v * v, range(4)), get_type_hints(apply))
Vector = List[float]
Matrix = List[Vector]


def scale(m: Matrix, k: float) -> Matrix:
    return [[k * x for x in row] for row in m]


print(scale([[1.0, 2.0]], 2), Matrix)
