# startswith/endswith with tuples, start and end arguments.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith(""), s.startswith("o", 4, 5))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith(("x", "ld")), s.startswith(("a", "he")))
print(s.endswith(""), "".startswith(""), "".endswith("a"), s.startswith("hello world!"))
print(s.startswith("l", -9), s.endswith("o", None, 5))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
