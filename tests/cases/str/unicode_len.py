# Non-ASCII text: len counts code points, indexing, ord/chr, encode lengths.
words = ["caf\u00e9", "na\u00efve", "\u65e5\u672c\u8a9e", "\U0001F600\U0001F601", "\u0410\u0411\u0412", "a\u0301"]
for w in words:
    print(w, len(w), len(w.encode("utf-8")), [ord(c) for c in w], w[::-1], w.upper())
print(chr(233), chr(0x4e2d), chr(0x1F600), ord("\u20ac"))
s = "".join(chr(c) for c in range(0x3b1, 0x3c9))
print(s, len(s))
print("\u00e9" == "e\u0301", "\u00e9".encode(), "e\u0301".encode())
