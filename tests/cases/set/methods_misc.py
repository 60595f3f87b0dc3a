# Set methods returning new sets vs None, copy independence, comparisons, sets of tuples, len after ops.
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(a, b, a < b, a == b, a.update([9]) is None, a)
print(a.union(), a.intersection(), a.difference(), a.union([]) is not a)
pairs = {(1, 2), (2, 1), (1, 2)}
print(sorted(pairs), len(pairs), (2, 1) in pairs)
big = set(range(10000))
evens = {x for x in big if x % 2 == 0}
print(len(big - evens), len(big & evens), len(big ^ evens), min(big - evens), max(evens))
print(set() == frozenset(), {1} in [{1}], frozenset({1}) in {frozenset({1}): 0})
print(bool(set()), bool({0}), len({None, False, 0, ()}))
s = {3, 1, 2}
popped = []
while s:
    popped.append(s.pop())
print(popped)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
