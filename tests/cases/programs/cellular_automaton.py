# Elementary cellular automata (rules 30, 90, 110, 184) printed as text, with population and period detection.
def run(rule, width, steps, start=None):
    table = {tuple(int(b) for b in f"{i:03b}"): (rule >> i) & 1 for i in range(8)}
    cells = start or [0] * width
    if start is None:
        cells[width // 2] = 1
    rows = [cells]
    for _ in range(steps):
        cells = [table[(cells[i - 1], cells[i], cells[(i + 1) % width])] for i in range(width)]
        rows.append(cells)
    return rows
for rule in (30, 90, 110):
    rows = run(rule, 41, 16)
    print(f"rule {rule}")
    for r in rows:
        print("".join("#" if c else "." for c in r))
    print("population:", [sum(r) for r in rows])
rows = run(30, 101, 200)
center = "".join(str(r[50]) for r in rows)
print("rule 30 centre column:", center[:64])
print("as integer:", int(center[:64], 2))
traffic = [1 if (i * 7) % 10 < 4 else 0 for i in range(30)]
rows = run(184, 30, 30, traffic)
print("rule 184 cars conserved:", all(sum(r) == sum(traffic) for r in rows))
seen = {}
cells = run(90, 16, 0, [1] + [0] * 15)[0]
for t in range(100):
    key = tuple(cells)
    if key in seen:
        print("rule 90 on 16 cells repeats: step", t, "equals step", seen[key])
        break
    seen[key] = t
    cells = run(90, 16, 1, cells)[1]
