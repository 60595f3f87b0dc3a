# Exception attributes: args of several built-in errors, KeyError str vs repr, OSError fields.
e = KeyError("k")
print(str(e), repr(e), e.args)
e = KeyError()
print(repr(str(e)), repr(e))
e = IndexError("i", 2)
print(str(e), e.args)
try:
    open("/nonexistent/dir/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError caught, subclass of OSError:", isinstance(e, OSError))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
e = SystemExit(5)
print(e.code, SystemExit().code, SystemExit("s").code)
