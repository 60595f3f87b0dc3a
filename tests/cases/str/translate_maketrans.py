# str.maketrans/translate, zfill-like helpers, and chr/ord based ciphers.
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "cd", "xyz")
print("axbycz".translate(table3))
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
e = caesar("Hello, World! xyz", 3)
print(e, caesar(e, -3))
