# CRC-32 (table driven), Adler-32 and FNV-1a hashes implemented by hand over bytes, checked on known vectors.
def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table
CRC_TABLE = make_crc_table()
def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
def fnv1a_32(data):
    h = 0x811C9DC5
    for x in data:
        h ^= x
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h
def fnv1a_64(data):
    h = 0xCBF29CE484222325
    for x in data:
        h ^= x
        h = (h * 0x100000001B3) % 2**64
    return h
vectors = [b"", b"a", b"abc", b"123456789", b"The quick brown fox jumps over the lazy dog", bytes(range(256))]
for v in vectors:
    label = repr(v) if len(v) < 50 else f"<{len(v)} bytes>"
    print(f"{label:<48} crc32={crc32(v):08x} adler32={adler32(v):08x} fnv32={fnv1a_32(v):08x} fnv64={fnv1a_64(v):016x}")
print(crc32(b"123456789") == 0xCBF43926)
part = crc32(b"hello ")
print(crc32(b"world", part) == crc32(b"hello world"))
big = bytes((i * i) & 0xFF for i in range(20000))
print(hex(crc32(big)), hex(adler32(big)), hex(fnv1a_32(big)))
