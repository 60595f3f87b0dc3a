# heapq.nlargest/nsmallest (ties keep input order, key=) and merge (key=, reverse=, stability)
import heapq

state = 99


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


data = [rnd(50) for _ in range(40)]
for n in (0, 1, 2, 5, 39, 40, 41, -1):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data)))
pairs = [(rnd(5), "item%d" % i) for i in range(30)]
print(heapq.nlargest(6, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(6, pairs, key=lambda p: p[0]))
print(heapq.nlargest(4, iter(pairs), key=lambda p: p[0]), heapq.nsmallest(4, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(2, "banana"), heapq.nsmallest(3, "banana"), heapq.nlargest(1, []), heapq.nsmallest(2, []))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(5, range(1000, 0, -1)), heapq.nlargest(5, (x * x % 97 for x in range(500))))
for n in range(1, 8):
    assert heapq.nlargest(n, pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0], reverse=True)[:n]
    assert heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0])[:n]
print("equivalent to sorted")

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], [9, 3, 0], reverse=True)))
print(list(heapq.merge(["x9", "y7"], ["a8", "b6"], key=lambda s: int(s[1]), reverse=True)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])), list(heapq.merge(iter([2, 4]), (1, 3))))
a = [(1, "a"), (2, "a"), (2, "a2")]
b = [(1, "b"), (2, "b")]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
streams = [sorted(rnd(100) for _ in range(rnd(8))) for _ in range(6)]
merged = list(heapq.merge(*streams))
print(merged == sorted(sum(streams, [])), len(merged))
print(list(heapq.merge([3, 1], [2, 0])))
g = heapq.merge([1, 2], [3])
print(next(g), next(g), list(g))
