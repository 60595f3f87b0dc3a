with open("u.txt", "w", encoding="utf-8") as f:
    f.write("héllo\nwörld 日本\n😀 end\n")
    print(f.tell())
with open("u.txt", encoding="utf-8") as f:
    print(f.read(3), f.tell())
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(4)), f.tell())
    f.seek(pos)
    print(repr(f.readline()), f.tell())
    print(repr(f.read()), f.tell())
    f.seek(0)
    lines = f.readlines()
    print(lines, f.tell())
with open("u.txt", "rb") as f:
    data = f.read()
    print(len(data), data.count(b"\n"), data.decode("utf-8").count("ö"))
with open("log.txt", "w") as f:
    for i in range(3):
        print(f"entry {i}", i * 1.5, sep=" | ", file=f)
    f.write("tail")
with open("log.txt") as f:
    print(f.read().split("\n"))
with open("nums.txt", "w") as f:
    f.write("\n".join(str(i * i) for i in range(10)) + "\n")
with open("nums.txt") as f:
    total = sum(int(line) for line in f if line.strip())
print(total)
with open("nums.txt") as f:
    first = f.readline().strip()
    rest = [int(x) for x in f.read().split()]
print(first, rest[-3:], len(rest))
import sys
with open("csv.txt", "w") as f:
    f.write("name,age,city\nAnn,30,Paris\nBob,25,Berlin\n")
rows = []
with open("csv.txt") as f:
    header = f.readline().rstrip("\n").split(",")
    for line in f:
        rows.append(dict(zip(header, line.rstrip("\n").split(","))))
print(rows, sorted(rows, key=lambda r: int(r["age"]))[0]["name"])
with open("csv.txt", "a") as f:
    f.write("Cid,41,Rome\n")
print(sum(1 for _ in open("csv.txt")), open("csv.txt").read().count(","))
