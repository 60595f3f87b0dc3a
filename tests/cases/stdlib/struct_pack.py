import struct
from collections import namedtuple

def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(a, "->", r)

# sizes and alignment
for fmt in ["c", "ci", "<ci", ">ci", "=ci", "!ci", "cq", "ch", "c0i", "c0q", "10s3p", "@?e d", "bhilqnNP",
            "<bhilq", "3x", "2i3h", "0s", "", "ii ", " i", "5c", "2?"]:
    print(repr(fmt), struct.calcsize(fmt))

# integers in every byte order
for order in "@=<>!":
    for code in "bBhHiIlLqQ":
        fmt = order + code
        lo_hi = [-1, 0, 1, 127, 255, 32767, 65535, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 63 - 1, 2 ** 64 - 1, -2 ** 63]
        out = []
        for v in lo_hi:
            try:
                b = struct.pack(fmt, v)
                out.append(b.hex() + "=" + str(struct.unpack(fmt, b)[0]))
            except struct.error as e:
                out.append("E(" + str(e) + ")")
        print(fmt, " ".join(out))
print(struct.pack("nNP", -5, 5, 4096), struct.unpack("nNP", struct.pack("nNP", -5, 5, 4096)))

# floats: half, single, double
for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.0, 6e-8, 1e-8, 3.4028235e38, 1e-45, 1e-320,
          float("inf"), float("-inf"), 12345.678]:
    row = []
    for fmt in ("<e", ">e", "<f", ">f", "<d", ">d"):
        try:
            b = struct.pack(fmt, v)
            row.append(b.hex() + ":" + repr(struct.unpack(fmt, b)[0]))
        except (OverflowError, struct.error) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(v), row)
print(struct.unpack("<e", b"\x00\x7e"), struct.unpack(">f", b"\x7f\xc0\x00\x00"), struct.pack(">d", float("nan")).hex())
print(struct.pack("f", 1e300), struct.pack("d", 3), struct.pack("<f", True))
t(struct.pack, "<f", 1e300)
t(struct.pack, "e", 1e6)
t(struct.pack, "f", "x")

# chars, strings, bools, padding
print(struct.pack("c3s2x?", b"z", b"hello", 7), struct.pack("5s", b"ab"), struct.pack("3s", bytearray(b"abcdef")))
print(struct.pack("5p", b"abcdefgh"), struct.pack("0p", b"ab"), struct.pack("1p", b"ab"), struct.pack("10p", b"ab"))
print(struct.unpack("c3s2p??x", b"abcd\x05z\x00\x02!"))
print(struct.unpack(">?x", b"\x05\x00"), struct.pack("?", []), struct.pack("?", "a"))

# a record
Rec = namedtuple("Rec", "id flag score name")
rec_fmt = "<I?d8s"
raw = struct.pack(rec_fmt, 1001, True, 98.5, b"alice")
print(raw, len(raw), Rec._make(struct.unpack(rec_fmt, raw)))

# Struct objects
s = struct.Struct("<2hq")
print(s.format, s.size, s.pack(1, -2, 3), s.unpack(s.pack(1, -2, 3)), struct.Struct(b">i").format)
buf = bytearray(12)
s.pack_into(buf, 0, 7, 8, 9)
print(buf, s.unpack_from(buf), s.unpack_from(buf, 0))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
it = struct.iter_unpack(">H", bytes(range(8)))
print(next(it), it.__length_hint__(), list(it))
print(struct.unpack_from("<i", b"abcdefghij", 2), struct.unpack_from("<i", b"abcdefghij", -4),
      struct.unpack_from("<h", buffer=b"xxab", offset=2))
b2 = bytearray(5)
struct.pack_into("<h", b2, 2, 0x0102)
struct.pack_into("<h", b2, -2, 513)
print(b2)
mv = memoryview(bytearray(4))
struct.pack_into(">H", mv, 1, 0xABCD)
print(mv.tobytes(), struct.unpack(">I", mv))

# errors
for args in [("z",), ("3",), ("<3",), ("3 i", 1, 2, 3), ("@x<i",), ("99999999999999999999i",), ("<n", 1), ("ii", 1),
             ("i", 1, 2), ("x", 1), ("c", b"ab"), ("c", "a"), ("s", "str"), ("p", 1), ("i", 1.5), ("i", "x"),
             (">h", 40000), ("<h", 40000), ("h", 40000), ("B", -1), (">H", -1), ("I", -1), (">q", 2 ** 64), ("<Q", -1),
             ("i", 2 ** 70), ("<l", 2 ** 40)]:
    t(struct.pack, *args)
t(struct.calcsize, 5)
t(struct.unpack, "i", b"abc")
t(struct.unpack, "i", b"abcdefgh")
t(struct.unpack, "i", "abcd")
t(struct.unpack_from, "i", b"abcdefghij", 8)
t(struct.unpack_from, "i", b"abcdefghij", -14)
t(lambda f, b: list(struct.iter_unpack(f, b)), "h", b"abc")
t(lambda f, b: list(struct.iter_unpack(f, b)), "0i", b"abc")
t(struct.pack_into, "i", bytearray(5), 2, 1)
t(struct.pack_into, "h", bytearray(5), -7, 1)
t(struct.pack_into, "i", bytearray(5), -2, 1)
t(struct.pack_into, "h", b"abcd", 0, 1)
t(struct.pack_into, "h", bytearray(5), 1)
t(s.pack, 1)
t(struct.Struct, "Z")
print(struct.error, struct.error.__mro__[1])
class Idx:
    def __index__(self):
        return 42
print(struct.pack("<iQ", Idx(), Idx()), struct.pack("<d", Idx()))
