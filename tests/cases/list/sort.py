# list.sort and sorted: key, reverse, stability, mixed int/float, error for mixed types.
l = [5, 2, 9, 1, 5, 6, -3, 0, 2.5, 10**20]
l.sort(); print(l)
l.sort(reverse=True); print(l)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3, "c"), (1, "m")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
words.sort(key=len); print(words)
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted("cba"), sorted((2, 1)))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
x = [4, 3, 2]
print(x.sort(), x)
