import base64
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo wörld".encode()]:
    e = base64.b64encode(data)
    print(e[:40], base64.b64decode(e) == data, base64.b32encode(data)[:24], base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data)[:20], base64.b16decode(base64.b16encode(data)) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs bG8=\n"), base64.b64decode("aGVsbG8"+"=" * 3), base64.standard_b64encode(b"x"))
for bad in ["aGVsbG8", "a", "abc"]:
    try:
        print(base64.b64decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    base64.b64decode("aGV$sbG8=", validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(base64.encodebytes(b"x" * 100), base64.decodebytes(base64.encodebytes(b"abc")))
try:
    base64.b64encode("str")
except TypeError as e:
    print(e)
print(base64.b16decode("ff", casefold=True), base64.b32decode("me======".upper()))
for s in ['aGVsbG8=aGVs', 'aGVsbG8==x', 'aGVsbG8=\n', 'aGVsbG8=x', 'aGVs=bG8=', '=aGVs', 'aGVs\nbG8=', 'aG==Vs', 'a===']:
    for v in (False, True):
        try:
            print(repr(s), v, base64.b64decode(s, validate=v))
        except Exception as e:
            print(repr(s), v, type(e).__name__, e)
