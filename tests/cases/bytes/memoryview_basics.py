m = memoryview(b"hello world")
print(type(m), m.obj, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m.tolist()[:3], m.hex(), m.hex(":"), len(m), list(m[:3]), bytes(m[6:]), m == b"hello world", m[:5] == b"hello", m == bytearray(b"hello world"), hash(memoryview(b"ab")) == hash(b"ab"))
b = bytearray(b"abcdef")
v = memoryview(b)
v[0] = 65
v[1:3] = b"XY"
print(b, v.readonly, v.tobytes(), v[::-1].tobytes(), v[::-2].tolist(), v[1:5][1:3].tobytes())
for f in [lambda: v.__setitem__(0, 256), lambda: v.__setitem__(slice(0, 2), b"abc"), lambda: m.__setitem__(0, 1), lambda: m[20], lambda: hash(v), lambda: m["a"], lambda: v.__setitem__(0, "a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
v.release()
for f in [lambda: v[0], lambda: len(v), lambda: v.tobytes(), lambda: v.nbytes]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(v)[:20], v == v)
with memoryview(b"xyz") as mm:
    print(mm.tobytes(), mm.cast("c")[0], mm.cast("b").tolist(), mm.toreadonly().readonly)
print(mm.released if hasattr(mm, "released") else "")
for bad in ["abc", 5, [1, 2]]:
    try:
        memoryview(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") != b"ac", b"ab" == memoryview(b"ab"), memoryview(b"") == b"", list(memoryview(b"\x00\xff")))
print(b"x" + memoryview(b"yz"), bytearray(memoryview(b"q")), b"-".join([memoryview(b"a"), b"b"]), bytes(memoryview(b"abc")[::2]))
print(memoryview(b"abc")[1], memoryview(b"abc").tolist(), memoryview(b"\xff").cast("b")[0], memoryview(b"\xff") == memoryview(b"\xff").cast("b"))
data = bytearray(b"0123456789")
view = memoryview(data)[2:8]
view[0] = ord("X")
print(data, view.tobytes(), len(view), view.obj is data, [c for c in view][:3])
ba = bytearray(8)
mvb = memoryview(ba)
for i in range(8):
    mvb[i] = i * 30
print(ba, mvb.hex(), sum(mvb), max(mvb), b"\x1e" in mvb.tobytes())
print(str(memoryview(b"hi"), "ascii") if False else "", memoryview(b"hi").tobytes().decode())
