n = int(input())
nums = list(map(int, input().split()))
print("n =", n, "sum =", sum(nums), "max =", max(nums))
name = input("Your name: ")
print(f"Hello, {name.strip().title()}!")
grid = [input() for _ in range(3)]
for row in grid:
    print(row[::-1], row.count("#"))
cols = ["".join(r[i] for r in grid) for i in range(len(grid[0]))]
print(cols)
total = 0.0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    if not line:
        continue
    if line == "end":
        break
    a, op, b = line.split()
    a, b = float(a), float(b)
    r = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}[op]
    total += r
    print(f"{a:g} {op} {b:g} = {r:.4g}")
print("total", round(total, 3))
rest = []
try:
    while True:
        rest.append(input())
except EOFError:
    pass
print(rest)
