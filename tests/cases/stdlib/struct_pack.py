import struct
for fmt in ["i", "<i", ">I", "!h", "@bhi", "=bhi", "<q", ">Q", "d", "<f", ">e", "?", "3s", "5p", "c", "@ci", "@id", "<2h3b", "xxi", "@l", "<l", "n", "P", "@hq", "@qh", "4x", ""]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("<i", -2), struct.pack(">I", 0xDEADBEEF), struct.pack("<hH", -1, 65535), struct.pack(">q", -2**63), struct.pack("@bhi", 1, 2, 3))
print(struct.unpack("<i", b"\xfe\xff\xff\xff"), struct.unpack(">HH", b"\x00\x01\xff\xff"), struct.unpack("<2h3b", struct.pack("<2h3b", -5, 5, -1, 0, 127)))
for v in [0.0, -0.0, 1.0, -1.5, 3.141592653589793, 1e-310, 1e300, float("inf"), float("-inf"), 0.1, 65504.0, 1e-7, 5.96e-8, 2.0**-149]:
    out = [struct.pack(">d", v).hex(), struct.pack("<f", v).hex() if abs(v) < 3.4e38 or v != v or abs(v) == float("inf") else "ovf"]
    try:
        out.append(struct.pack(">e", v).hex())
    except OverflowError as e:
        out.append(str(e))
    out.append(struct.unpack("<f", struct.pack("<f", v))[0] if out[1] != "ovf" else None)
    print(v, out)
print(struct.unpack(">d", bytes.fromhex("7ff8000000000000")), struct.unpack("<e", b"\x00\x3c"), struct.unpack(">f", b"\x3f\x80\x00\x00"))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("5p", b"abcdefg"), struct.unpack("5p", struct.pack("5p", b"xy")), struct.pack("?c", 5, b"z"))
s = struct.Struct("<I2sf")
print(s.size, s.format, s.pack(7, b"hi", 2.5), s.unpack(s.pack(7, b"hi", 2.5)))
buf = bytearray(12)
struct.pack_into("<ii", buf, 4, 1, -1); print(buf, struct.unpack_from("<i", buf, 8), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("B", -1), lambda: struct.pack("<h", 40000), lambda: struct.pack("<i", 2**31), lambda: struct.pack("<I", -1), lambda: struct.pack("i", 1, 2), lambda: struct.unpack("i", b"abc"), lambda: struct.pack("z", 1), lambda: struct.pack("i", "x"), lambda: struct.pack("f", 1e40), lambda: struct.pack("<Q", -1), lambda: struct.pack("<q", 2**63)]:
    try:
        print(bad())
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
for f, v in [('<i', 2**40), ('i', 2**31), ('<l', 2**31), ('<I', 2**32), ('I', -1), ('<L', -1), ('<Q', 2**64), ('<q', -2**63 - 1), ('Q', -1), ('H', -1), ('f', 1e39), ('<f', -1e39), ('d', 1e308 * 10), ('<e', 1e6), ('f', 3.4028235e38), ('<f', 3.4028236e38)]:
    try:
        print(f, v, struct.pack(f, v))
    except (struct.error, OverflowError) as e:
        print(f, v, type(e).__name__, e)
print(struct.Struct("i").size, type(struct.Struct("<h")).__name__)
