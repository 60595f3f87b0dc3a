# Writing and reading back a 5000-line file; counting, summing and filtering lines.
with open("nums.txt", "w") as f:
    for i in range(5000):
        f.write(f"{i},{i * i % 97},{'even' if i % 2 == 0 else 'odd'}\n")
total = 0
evens = 0
with open("nums.txt") as f:
    for line in f:
        a, b, kind = line.rstrip("\n").split(",")
        total += int(a) * int(b)
        evens += kind == "even"
print(total, evens)
with open("nums.txt") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open("nums.txt") as f:
    data = f.read()
print(len(data), data.count("\n"))
