s = set("hello world")
print(s, len(s))
words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(words)
words.discard("fig"); words.add("kiwi"); words.add("lemon")
print(words, sorted(words))
print({"é", "日本", "😀", "a", "ab"}, frozenset({"x", "y", "z"}))
print(set("abc") | set("cde"), set("abcd") & set("bcx"), set("abcd") - set("b"), set("abc") ^ set("bcd"))
print({w[0] for w in ["alpha", "beta", "gamma", "delta", "alpha"]})
print({(1, "a"), (2, "b"), (0, "c")}, {1.5, 2.5, -0.5, 3.0}, {True, 0, "x", 2.5, (1,)})
print(hash((1, 2, 3)), hash(("a", 1)), hash(frozenset([1, 2, 3])), hash(frozenset(["a", "b"])), hash(()), hash(("x", 2)), hash(1.5), hash(-1.5), hash(1e100), hash(None) == hash(None))
print({b"abc", b"xyz", b""}, dict.fromkeys(set("mississippi")))
d = {}
for w in "to be or not to be that is the question".split():
    d.setdefault(len(w), set()).add(w)
print(d)
print(set(["b", "a"]) == {"a", "b"}, list({"k1", "k2", "k3"}), tuple({"q", "r"}))
