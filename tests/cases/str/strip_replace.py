# strip/lstrip/rstrip with and without chars; replace with counts; removeprefix/suffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip(""), "aaa".strip("a") == "")
print("www.example.com".lstrip("cmowz."), "www.example.com".rstrip("cmowz."))
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("aa", "a"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "a.b.c".replace(".", "::"))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix("x"))
print("\u00e9t\u00e9".replace("\u00e9", "e"))
