# collections.Counter: counting, most_common order, arithmetic, update/subtract
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words)
print(words.most_common(2))
print(words["the"], words["missing"], "missing" in words)
letters = Counter("abracadabra")
print(letters)
print(letters.most_common())
print(letters.most_common(3), letters.most_common(0), letters.most_common(-1))
print(sorted(letters.elements()))
print(list(letters.elements()))
print(letters.total(), sum(letters.values()))

c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c + d, c - d, c | d, c & d)
print(d - c, +Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
c.update("aaz")
print(c)
c.update({"b": 5})
c.update(b=1)
print(c)
c.subtract({"a": 10})
c.subtract("z")
print(c)
print(+c)
c += Counter(q=1)
print(c)
e = Counter(x=1, y=2)
e -= Counter(x=5)
print(e)
e |= Counter(y=1, w=4)
print(e)
e &= Counter(w=2, y=9)
print(e)

# comparisons treat missing as zero
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) < Counter(a=1, b=1))
print(Counter(a=1) == {"a": 1}, dict(Counter(a=1)) == {"a": 1})

del c["nothing"]
del c["a"]
print(c)
print(Counter(), repr(Counter()), Counter({"x": 0, "y": -2}))

# ties keep first-seen order
ties = Counter("bbaacc d")
print(ties.most_common())
print(Counter(["b", "a", "c", "a", "b", "c"]).most_common(2))

# non-numeric values still repr (unordered falls back to insertion order)
print(Counter(a="x", b=None))
print(Counter({1: 2.5, 2: 0.5}))

class Tally(Counter):
    pass

t = Tally("hello")
print(t, type(t.copy()).__name__, type(t + t).__name__)

try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError:", e)

# anagram groups
groups = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat"]:
    key = tuple(sorted(Counter(w).items()))
    groups.setdefault(key, []).append(w)
print(list(groups.values()))
print(Counter(len(w) for w in text.split()).most_common())
