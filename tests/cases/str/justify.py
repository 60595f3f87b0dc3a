# center/ljust/rjust/zfill/expandtabs with default and custom fill characters.
for w in [0, 3, 7, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("abc".center(w, ".")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "x")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\tdef\t".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12\t\n1234\t5".expandtabs(3)))
print(repr("\u00e9".center(5, "\u00b7")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
