s = {5, 3, 1, 100, 33, 17, 64, 8}
print(s, len(s), 3 in s, 4 not in s)
s.add(2); s.discard(100); s.remove(33); print(s)
try:
    s.remove(999)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
a = set(range(0, 20, 2)); b = set(range(0, 20, 3))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100]), a.intersection(b, range(10)), a.difference(b, {4}), a.symmetric_difference([0, 1]))
print(a.issubset(range(100)), a <= a, a < a, {2} < a, a.issuperset({2, 4}), a >= {2}, a.isdisjoint({1, 3}), a > set())
c = a.copy(); c.update([1], (3,)); c.intersection_update(range(8)); print(c)
c.difference_update({0}); c.symmetric_difference_update({1, 99}); print(c)
c |= {50}; c &= {2, 3, 50, 99}; c -= {3}; c ^= {7}; print(c)
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, {9} | fs, type(fs | {9}).__name__, type({9} | fs).__name__, fs.union([4]), hash(fs) == hash(frozenset([1, 2, 3])))
print({fs: 1}, {frozenset(): 0}, frozenset(), set(), set([]), frozenset("aa"))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({x % 7 for x in range(50)}, {-1, -2, -3, 0}, {10**20, 1, 2**64}, {0.5, 1.5, 1, 2})
big = set(range(1000)); big -= set(range(5, 1000)); print(big)
lst = [3, 1, 3, 2, 1, 5]
print(sorted(set(lst)), list(dict.fromkeys(lst)), len(set(lst)))
print(set([1, 2]) == frozenset([1, 2]), {1, 2} == {2, 1}, {1} != {1, 2})
for x in {30, 10, 20}:
    print(x, end=" ")
print()
e = {i * 8 for i in range(10)}
print(e)
e2 = set()
for i in [40, 8, 16, 0, 72, 64]:
    e2.add(i)
print(e2)
del_s = set(range(20))
for i in range(0, 20, 2):
    del_s.discard(i)
del_s.add(100); del_s.add(4)
print(del_s)
print(set("abc") == {"a", "b", "c"}, max({3, 9, 1}), min({3, 9, 1}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
print(repr(set()), str(frozenset()), repr({1}), {(1, 2), (2, 1)})
s3 = {1, 2, 3}
try:
    for x in s3:
        s3.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print({True, 1, 1.0}, {0, False, 0.0, -0.0})
