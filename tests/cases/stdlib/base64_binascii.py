import base64
import binascii

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(f.__name__, a, k, "->", r)

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd" * 7,
           "héllo wörld".encode("utf-8")]
for s in samples:
    e64 = base64.b64encode(s)
    u64 = base64.urlsafe_b64encode(s)
    e32 = base64.b32encode(s)
    h32 = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    e85 = base64.b85encode(s)
    a85 = base64.a85encode(s)
    print(e64[:60], u64[-12:], e32[:40], h32[-16:], e16[:40], e85[:30], a85[:30])
    assert base64.b64decode(e64) == s
    assert base64.standard_b64decode(base64.standard_b64encode(s)) == s
    assert base64.urlsafe_b64decode(u64) == s
    assert base64.b32decode(e32) == s
    assert base64.b32hexdecode(h32) == s
    assert base64.b16decode(e16) == s
    assert base64.b85decode(e85) == s
    assert base64.a85decode(a85) == s
    assert base64.decodebytes(base64.encodebytes(s)) == s
print(base64.encodebytes(bytes(range(100))))
print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64decode(b"-_-_", altchars=b"-_"))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs\nbG8g!!d29y bGQ="), base64.b64decode("YQ==trailing"))
print(base64.b64decode(bytearray(b"YWJj")), base64.b64decode(memoryview(b"YWJj")))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01="L"), base64.b32decode("0F======", map01=b"I"))
print(base64.b16decode("666f6f", casefold=True), base64.b85encode(b"abc", pad=True),
      base64.a85encode(b"\0\0\0\0    hello", foldspaces=True, adobe=True), base64.a85encode(b"x" * 40, wrapcol=10))
print(base64.a85decode(b"<~z+<VdL~>", adobe=True), base64.a85decode(b"y", foldspaces=True))

for bad in ["YQ", "YWJ", "Y", "YWJjZ", "YWJjZA=", "=YWJj", "YW=Jj", "YWJj=="]:
    t(base64.b64decode, bad)
    t(base64.b64decode, bad, validate=True)
t(base64.b64decode, "YW Jj", validate=True)
t(base64.b64decode, "héllo")
t(base64.b64decode, 123)
t(base64.b64encode, "text")
t(base64.b32decode, "MZXW6")
t(base64.b32decode, "MZXW6Y==")
t(base64.b32decode, "MZXW6!==")
t(base64.b32decode, "mzxw6===")
t(base64.b16decode, "abc")
t(base64.b16decode, "6g")
t(base64.b16decode, "666")
t(base64.b85decode, b"abc\x01e")
t(base64.b85decode, b"~~~~~")
t(base64.a85decode, b"abz")
t(base64.a85decode, b"<~ab", adobe=True)

# binascii
print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"abcdef", "-", 2), binascii.hexlify(b"abcde", b":", -2))
print(binascii.unhexlify("0aFF10"), binascii.a2b_hex(b"6869"))
t(binascii.unhexlify, "abc")
t(binascii.unhexlify, "zz")
t(binascii.unhexlify, "é1")
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64("aGVsbG8=\n"))
t(binascii.a2b_base64, b"aGVsbG8=x", strict_mode=True)
t(binascii.a2b_base64, b"aGVs!bG8=", strict_mode=True)
for d in [b"", b"a", b"hello world", bytes(range(256)) * 3]:
    print(binascii.crc32(d), binascii.crc32(d, 12345), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xFFFF))
c = binascii.crc32(b"hello ")
print(binascii.crc32(b"world", c) == binascii.crc32(b"hello world"))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
