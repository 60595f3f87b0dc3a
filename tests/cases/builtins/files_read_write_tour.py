with open("data.txt", "w") as f:
    n = f.write("line one\nline two\n")
    print("wrote", n)
    f.write("line three")
with open("data.txt") as f:
    print(repr(f.read()))
with open("data.txt") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open("data.txt", "a") as f:
    f.write("\nappended\n")
    print(f.tell())
with open("data.txt", "r") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open("data.txt") as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open("data.txt", "rb") as f:
    b = f.read(5)
    print(b, f.tell())
    f.seek(0)
    print(f.read(4), f.seek(-3, 2), f.read())
with open("bin.dat", "wb") as f:
    f.write(bytes(range(256)))
    f.write(b"\x00\xff")
with open("bin.dat", "rb") as f:
    data = f.read()
print(len(data), data[:10], data[-3:], sum(data))
f = open("data.txt")
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
except OSError as e:
    print("OSError", e)
try:
    open("data.txt", "q")
except ValueError as e:
    print("ValueError:", e)
with open("out.txt", "w") as f:
    print("via print", 42, file=f)
    print("second", file=f, end="")
    f.writelines(["a\n", "b\n"])
print(open("out.txt").read())
with open("out.txt", "r+") as f:
    f.seek(4)
    f.write("XXXX")
    f.seek(0)
    print(f.read())
with open("u.txt", "w", encoding="utf-8") as f:
    f.write("héllo 日本 😀\n")
with open("u.txt", encoding="utf-8") as f:
    s = f.read()
    print(s, len(s))
with open("u.txt", "rb") as f:
    print(f.read())
with open("x.txt", "x") as f:
    f.write("new")
try:
    open("x.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)
with open("data.txt") as f:
    print(f.read(3), f.read(3), f.readline(), f.tell())
with open("empty.txt", "w"):
    pass
with open("empty.txt") as f:
    print(repr(f.read()), f.readline() == "", f.readlines())
f = open("data.txt")
print(next(f), next(iter(f)))
f.close()


with open("data.txt", "w") as f:
    f.write("overwritten")
print(open("data.txt").read())
with open("crlf.txt", "wb") as f:
    f.write(b"a\r\nb\rc\n")
print(open("crlf.txt").readlines(), open("crlf.txt", newline="").readlines())
