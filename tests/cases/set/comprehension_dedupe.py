# Deduplication with sets while preserving first-seen order, set comprehensions.
data = [5, 3, 5, 1, 3, 9, 1, 7, 9, 5]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)
print({x * x for x in range(-5, 6)})
print({x for x in data if x > 4})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}), len({len(w) for w in words}))
print(set(data) == set(unique), frozenset(data) == seen)
