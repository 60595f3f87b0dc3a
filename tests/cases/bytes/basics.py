# bytes: construction, indexing gives ints, slicing, concatenation, repeat, in.
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b + b" world", b * 2, len(b))
print(b"ell" in b, 104 in b, b"x" not in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("h\u00e9", "utf-8"))
print(list(b), tuple(b"ab"), [x for x in b"AB"])
print(b == b"hello", b < b"help", b"" < b"\x00", b"abc" != "abc")
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
