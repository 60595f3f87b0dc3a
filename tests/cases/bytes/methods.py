# bytes methods: split/join/strip/replace/find/count/upper/startswith/hex/fromhex.
b = b"  a,b,,c  "
print(b.split(b","), b.strip(), b.strip().split(b","), b"a b  c".split())
print(b"-".join([b"x", b"y", b"z"]), b"abc".replace(b"b", b"BB"), b"abcabc".find(b"c"), b"abcabc".rfind(b"c"))
print(b"abcabc".count(b"bc"), b"Hello".upper(), b"Hello".lower(), b"hello world".title())
print(b"data.txt".endswith(b".txt"), b"data".startswith(b"da"), b"abc".index(b"c"))
print(b"\x00\xff\x10".hex(), bytes.fromhex("00ff10"), bytes.fromhex("de ad be ef"), b"abc".hex("-"))
print(b"key=val".partition(b"="), b"12".isdigit(), b"ab".isalpha(), b" ".isspace())
print(b"a\nb\r\nc".splitlines(), b"ab".center(6, b"*"), b"7".zfill(3), b"x".ljust(3) + b"|")
print(b"abc".decode(), b"%d-%s" % (5, b"x"), b"%05.1f" % 2.25)
