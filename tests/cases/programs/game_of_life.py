# Conway's Game of Life on a wrapping 20x12 board: glider and blinker, printed generations and population.
W, H = 20, 12
def make(cells):
    return {(x % W, y % H) for x, y in cells}
def step(live):
    counts = {}
    for x, y in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
def render(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(W)) for y in range(H))
glider = [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
blinker = [(10, 5), (11, 5), (12, 5)]
block = [(16, 8), (17, 8), (16, 9), (17, 9)]
live = make(glider + blinker + block)
for gen in range(4):
    print(f"generation {gen}, population {len(live)}")
    print(render(live))
    live = step(live)
history = []
for gen in range(4, 84):
    history.append(len(live))
    live = step(live)
print("populations:", history[:20])
print("after 84 generations:", len(live), sorted(live)[:6])
rpent = make([(9, 5), (10, 5), (8, 6), (9, 6), (9, 7)])
pops = []
for _ in range(60):
    rpent = step(rpent)
    pops.append(len(rpent))
print("r-pentomino populations:", pops[::6])
