# open(): write returns count, read back, readline/readlines, line iteration, append, with.
f = open("data.txt", "w")
print(f.write("line one\n"), f.write("line two\n"), f.write("third"))
f.close()
with open("data.txt") as f:
    print(repr(f.read()))
with open("data.txt") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open("data.txt") as f:
    print(f.readlines())
with open("data.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open("data.txt", "a") as f:
    f.write("\nappended\n")
with open("data.txt", "r") as f:
    print(f.read().splitlines())
with open("u.txt", "w", encoding="utf-8") as f:
    print(f.write("caf\u00e9 \u65e5\n"))
with open("u.txt", "rb") as f:
    print(f.read())
with open("b.bin", "wb") as f:
    print(f.write(bytes(range(5))))
with open("b.bin", "rb") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
