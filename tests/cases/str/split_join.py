# str.split/rsplit with and without sep and maxsplit; join of various iterables.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".rsplit(",", 1))
print("a::b::c".split("::"))
print("".split(), "".split(","), "   ".split())
print("abc".split("abc"), "xabcx".split("abc"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("p", "q")))
print("".join(str(i) for i in range(10)))
print("\u00e9-\u00e8".split("-"))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
