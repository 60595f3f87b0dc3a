# Flood fill, connected-component labelling and island statistics on a character grid (iterative DFS).
GRID = """
..##......###.....
.###..#....#......
..#..###........##
.....#.#....#....#
##.......####.....
#...##......#..#..
...###..........#.
....#....##.......
"""
grid = [list(r) for r in GRID.strip().split("\n")]
H, W = len(grid), len(grid[0])
labels = [[0] * W for _ in range(H)]
sizes = {}
def fill(r, c, label):
    stack = [(r, c)]
    labels[r][c] = label
    n = 0
    while stack:
        y, x = stack.pop()
        n += 1
        for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            ny, nx = y + dy, x + dx
            if 0 <= ny < H and 0 <= nx < W and grid[ny][nx] == "#" and labels[ny][nx] == 0:
                labels[ny][nx] = label
                stack.append((ny, nx))
    return n
label = 0
for r in range(H):
    for c in range(W):
        if grid[r][c] == "#" and labels[r][c] == 0:
            label += 1
            sizes[label] = fill(r, c, label)
print("islands:", label)
print("sizes:", sizes)
symbols = "0123456789ABCDEFGHIJ"
for r in range(H):
    print("".join(symbols[labels[r][c]] if labels[r][c] else "." for c in range(W)))
biggest = max(sizes, key=lambda k: (sizes[k], -k))
print("largest island", biggest, "size", sizes[biggest])
def bbox(lbl):
    cells = [(r, c) for r in range(H) for c in range(W) if labels[r][c] == lbl]
    rs = [r for r, _ in cells]
    cs = [c for _, c in cells]
    return min(rs), min(cs), max(rs), max(cs)
print({k: bbox(k) for k in sorted(sizes) if sizes[k] > 2})
water = [(r, c) for r in range(H) for c in range(W) if grid[r][c] == "."]
print("water cells:", len(water), "land:", H * W - len(water))
