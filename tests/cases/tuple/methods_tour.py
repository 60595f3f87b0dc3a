t = (1, 2, 3, 2, 1)
print(t, t[1:3], t[::-1], t.count(2), t.index(2), t.index(1, 1), len(t), t + (4,), t * 2, (1,) * 0)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
print((), (1,), tuple(), tuple("ab"), tuple([1, [2]]), ((1, 2), (3,)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, "a") == (1, "a"), () < (0,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
a, *b, c = range(6); print(a, b, c)
x = (1, [2, 3]); x[1].append(4); print(x)
try:
    hash(x)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))), hash((1.5, "s")) == hash((1.5, "s")), hash((-1,)), hash((-2,)))
pts = [(3, 4), (1, 2), (3, 1), (0, 9)]
print(sorted(pts), sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2), max(pts), min(pts, key=lambda p: p[1]))
print(list(zip(*pts)), dict(pts), tuple(reversed(t)))
nt = ((1, 2), (3, 4))
print([a + b for a, b in nt], sum(map(sum, nt)))
print(repr((1,)), str(("a", 'b"', "c'")), (1, 2) * 3, 2 * (0,))
print(tuple(range(5))[1:-1], (1, 2, 3)[-5:10], (5, 4, 3)[::2])
print(isinstance((), tuple), type(()).__name__, bool(()), bool((0,)))
import sys
print(t.__len__(), t.__getitem__(0), t.__contains__(3), 3 in t)
