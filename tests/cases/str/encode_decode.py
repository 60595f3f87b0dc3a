# str.encode / bytes.decode with utf-8, ascii, latin-1 and error handlers.
s = "h\u00e9llo \u20ac"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(len("\U0001F600".encode("utf-8")), "\U0001F600".encode("utf-8"))
