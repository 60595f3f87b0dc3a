# Sorting strings: code-point order, key=str.lower, reverse, stability with equal keys.
names = ["bob", "Alice", "alice", "Bob", "carol", "\u00c9mile", "dave", "Carol", "eve", "alice"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=len, reverse=True))
print(sorted(names, key=lambda s: (len(s), s)))
print(max(names), min(names), max(names, key=len))
words = "the cat sat on the mat the end".split()
print(sorted(set(words)) == sorted(dict.fromkeys(words)), sorted(dict.fromkeys(words)))
