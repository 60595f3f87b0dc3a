# Iterating strings: for loops, enumerate, zip, reversed, list(), sorted().
s = "h\u00e9llo"
for i, c in enumerate(s):
    print(i, c, ord(c))
print(list(s), list(reversed(s)), sorted(s), tuple("ab"))
print(list(zip("abc", "12")))
print([c * 2 for c in "xyz"], {c for c in "aaa"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
it = iter("ab")
print(next(it), next(it), next(it, "end"))
