with open("t.txt", "w", encoding="utf-8") as f:
    print(f.write("héllo\nwörld\n日本語\n"), f.tell())
    print(repr(f), f.readable(), f.writable(), f.seekable(), f.encoding, f.errors if hasattr(f, "errors") else "")
with open("t.txt") as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.readline(2)), repr(f.readline(100)))
    print(repr(f.read()), repr(f.read()), f.tell())
    f.seek(0)
    print(f.readlines(1), f.readlines())
with open("t.txt", "rb") as f:
    print(f.read(3), f.readline(), f.tell(), repr(f), f.read(0))
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(3, 1)
    print(f.tell(), f.read(2))
with open("t.txt", "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.read())
    f.write("ghi")
    f.seek(0)
    print(f.readlines())
with open("t.txt", "a+") as f:
    f.write("jkl\n")
    f.seek(0)
    print(repr(f.read()))
with open("t.txt", "r+") as f:
    print(f.read(2))
    f.truncate(5) if hasattr(f, "truncate") else None
print(repr(open("t.txt").read()))
try:
    with open("t.txt", "w") as f:
        f.write(123)
except TypeError as e:
    print("TypeError:", e)
try:
    with open("t.txt", "wb") as f:
        f.write("str")
except TypeError as e:
    print("TypeError:", e)
try:
    with open("t.txt") as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    with open("t.txt", "w") as f:
        f.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open("missing/dir/file.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
f = open("t.txt", "w")
f.close()
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    print("x", file=f)
except ValueError as e:
    print("ValueError:", e)
try:
    for line in f:
        pass
except ValueError as e:
    print("ValueError:", e)
with open("lines.txt", "w") as f:
    for i in range(5):
        f.write(f"line {i}\n")
with open("lines.txt") as f:
    first = next(f)
    rest = list(f)
print(first, rest)
with open("lines.txt") as f:
    print(sum(1 for _ in f), f.closed)
print(f.closed)
with open("lines.txt") as f, open("copy.txt", "w") as g:
    for line in f:
        g.write(line.upper())
print(open("copy.txt").read().splitlines()[-2:])
with open("nl.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open("nl.txt", "rb").read(), open("nl.txt").read().encode(), open("nl.txt", newline="").read().encode())
with open("bad.bin", "wb") as f:
    f.write(b"ok\xff\xfeend")
try:
    open("bad.bin").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(open("bad.bin", errors="replace").read(), open("bad.bin", encoding="latin-1").read())
with open("bad.bin", "ab") as f:
    print(f.tell(), f.write(bytearray(b"++")))
print(open("bad.bin", "rb").read())
