a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[100:], a[-100:2], a[5:2], a[::-3], a[1:-1:3])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 8, 9]
print(b)
b[::2] = range(len(b[::2]))
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del b[::3]
print(b)
del b[1:3]
print(b)
b[len(b):] = "ab"
print(b)
b[-2:] = []
print(b)
c = [3, 1, 2]
c.append(4); c.extend((5, 6)); c.insert(0, 0); c.insert(100, 99); c.insert(-1, 98); c.insert(-100, -1)
print(c, c.pop(), c.pop(0), c.pop(-2), c)
c.remove(3)
print(c, c.index(2), c.count(2), c.index(2, 1) if 2 in c[1:] else None)
for op in [lambda: c.remove(42), lambda: c.index(42), lambda: [].pop(), lambda: c.pop(100), lambda: c[100], lambda: c["a"], lambda: c.index(2, 5)]:
    try:
        op()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
c.reverse(); print(c)
c.sort(); print(c)
c.sort(reverse=True); print(c)
c.clear(); print(c, len(c))
d = [1, 2] * 3; print(d, [0] * 0, [[0] * 2] * 2, [1] + [2], d * -1)
d += [9]; d *= 2; print(d)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 9], [1, [2, 3]] == [1, [2, 3]], [] == [], [1] != [1.0])
n = [[1, 2], [3, [4, 5]], {"a": (1,)}]
print(n, repr(n), str(n))
r = [1]; r.append(r); print(r)
words = "the Quick brown fox Jumps over The lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, {2}, {1, 2}])
    print(sorted([{1}, {2}, {1, 2}]))
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(range(3, 0, -1)), list(map(str, [1, 2])))
print([x * y for x in range(3) for y in range(3) if x != y], [[i] * i for i in range(4)])
e = [5, 3, 8]
e[1] += 10; e[-1] //= 3; print(e)
print(e.copy() is e, e.copy() == e, len(e), bool([]), bool([0]))
import sys
print(list.__name__, type([]).__name__, isinstance([], list))
try:
    [].sort(key=1)
    print("ok")
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2, 3][1:2] = 5
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3, 4, 5]
x[1:4] = x
print(x)
y = [1, 2, 3]
y[:0] = y
print(y, y.index(3, -2), y[-1:-4:-1])
print(list(reversed([1, 2, 3])), [i for i in reversed(range(5))])
