import binascii, base64
print(binascii.hexlify(b"\x00\xffab"), binascii.hexlify(b"abcdef", "-", 2), binascii.unhexlify("41ff"), binascii.a2b_hex(b"6869"), binascii.b2a_hex(b"hi"))
print(binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")), hex(binascii.crc32(b"The quick brown fox jumps over the lazy dog")), binascii.crc_hqx(b"123456789", 0xFFFF))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGVsbG8=\n"))
for bad in [lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64("a"), lambda: base64.b64decode("abc")]:
    try:
        bad()
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(base64.binascii is binascii if hasattr(base64, "binascii") else "", base64.Error is binascii.Error if hasattr(base64, "Error") else "")
