# find/rfind/index/rindex/count with start/end, and the index() ValueError.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
print(s.find("a", -3), s.find("a", 100), s.count("aa"), "aaaa".count("aa"))
print("ab" in s, "ba" in s, "" in s, "abc" not in s)
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
t = "h\u00e9llo w\u00f6rld \u00e9"
print(t.find("w"), t.rfind("\u00e9"), t.count("\u00e9"), t.index("l"))
