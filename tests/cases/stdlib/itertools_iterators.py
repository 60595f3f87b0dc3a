# itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, starmap, zip_longest, pairwise
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, islice, starmap, zip_longest, pairwise)
import operator

c = count()
print([next(c) for _ in range(3)], c)
print(list(zip(count(10, 5), "abc")), list(islice(count(2.5, 0.5), 4)))
f = count(0.1, 0.1)
print([next(f) for _ in range(4)], f)
print(count(5, 2), count(1, 1.0), count(-3))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)), repeat(7, 2), repeat("z"))
r = repeat(0, 3)
next(r)
print(r, operator.length_hint(r), list(map(pow, range(5), repeat(2))))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([5, 1, 7, 3], max)), list(accumulate([], initial=100)), list(accumulate([1, 2], initial=100)))
print(list(accumulate("abc")), list(accumulate([])), list(accumulate([[1], [2]], initial=[0])))
print(list(accumulate(range(1, 6), lambda a, b: a * 10 + b)))

print(list(chain("ab", [1, 2], (3,), {})), list(chain()), list(chain.from_iterable(["ab", "cd", ""])))
print(list(chain.from_iterable(map(range, [1, 2, 3]))))
lazy = chain(5)
try:
    next(lazy)
except TypeError as e:
    print("TypeError", e)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, []])))
it = iter([1, 2, 10, 3])
print(list(takewhile(lambda x: x < 5, it)), list(it))

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(100), 10, 50, 15)), list(islice("ab", 0)))
print(list(islice(count(), 3, 12, 4)), list(islice("abc", None)), list(islice("abcdef", None, None, None)))
for args in [(2, 5), (0, 5, 3), (3, 3), (5, 2), (1, None, 4), (4,), (20,)]:
    src = iter(range(10))
    got = list(islice(src, *args))
    print(args, got, next(src, "end"))
for args in [(-1,), (1, -1), (0, 1, 0), ("a",), (-2, 4), (1, 2, -1)]:
    try:
        islice([], *args)
    except ValueError as e:
        print(args, "ValueError", e)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [], [2, 3])))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

# running balance and first-over-threshold
deposits = [100, -30, 50, -200, 75]
balances = list(accumulate(deposits))
print(balances, next(dropwhile(lambda b: b < 120, balances)))
print(["".join(g) for g in zip_longest(*["abc", "de", "f"], fillvalue="")])
# zero floats as state (a slot holding 0.0 once read as unset)
print(list(islice(count(0.0, 0.5), 3)), list(repeat(0.0, 2)), list(accumulate([0.0, 0.0])), [list(g) for k, g in __import__("itertools").groupby([0.0, 0.0, 1.0])])
