t = str.maketrans("abc", "xyz", "d")
for s in ["abcdabcd", "", "hello world", "dddd", "ÀaBbé日d", "a" * 100 + "é" + "d" * 50]:
    print(s.translate(t), s.translate({97: None, 98: "BB", 99: 100, ord("é"): "e", 0x65E5: "sun"}), s.translate({}), s.translate({ord("a"): "é", ord("b"): 0x1F600}))
class M(dict):
    def __missing__(self, k):
        return None if k % 2 else k
print("abcdefgh".translate(M()), "hello".translate(str.maketrans({"l": "L", "o": ""})))
for bad in [{97: 1.5}, {97: 0x110000}, {97: -1}]:
    try:
        print("abc".translate(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Tab:
    def __getitem__(self, k):
        if k == 98: raise LookupError
        return chr(k).upper()
print("abcabc".translate(Tab()), "aaa".translate({97: True}), "xyz".translate({120: False}))
