# functools.lru_cache and cache: hits/misses, eviction order, keys, typed, clear
import functools
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    square(v)
print(calls, square.cache_info())


@lru_cache
def ident(x=0, y=0):
    return (x, y)


ident(1); ident(1); ident(True); ident(1.0); ident(1.0)
ident(x=1); ident(x=1); ident(1, 2); ident(1, y=2); ident(y=2, x=1); ident(x=1, y=2)
print(ident.cache_info())
ident("a"); ident("a"); ident(("a",))
print(ident.cache_info(), ident.cache_parameters())


@lru_cache(maxsize=8, typed=True)
def typed(x):
    return type(x).__name__


print(typed(3), typed(3.0), typed(3), typed.cache_info(), typed.cache_parameters())


@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(16, 16), count_paths.cache_info())

zero = lru_cache(maxsize=0)(lambda x: x + 1)
print(zero(1), zero(1), zero.cache_info())
neg = lru_cache(maxsize=-5)(abs)
print(neg(-3), neg.cache_info())


class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def cells(self, k):
        return self.n * k


g = Grid(3)
print(g.cells(2), g.cells(2), Grid.cells.cache_info())


@lru_cache(maxsize=4)
def may_fail(x):
    if x < 0:
        raise ValueError("negative")
    return x


for v in (1, -1, -1, 1):
    try:
        may_fail(v)
    except ValueError as e:
        print("error", e)
print(may_fail.cache_info())

try:
    lru_cache("big")
except TypeError as e:
    print("TypeError", e)
try:
    square([1])
except TypeError as e:
    print("TypeError", e)
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields, type(info).__name__)


@functools.lru_cache(maxsize=2)
def doc_me(a):
    "Documented."
    return a


print(doc_me.__doc__, doc_me.__qualname__)
