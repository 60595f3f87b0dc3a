# Files as context managers: closed after the block, even when the block raises.
with open("t.txt", "w") as f:
    f.write("abc\n")
print(f.closed)
try:
    with open("t.txt") as g:
        print(g.read().strip())
        raise RuntimeError("stop")
except RuntimeError:
    print("closed after error:", g.closed)
with open("t.txt") as a, open("t2.txt", "w") as b:
    for line in a:
        b.write(line.upper())
with open("t2.txt") as c:
    print(c.read(), end="")
