# A* pathfinding on a weighted grid with a hand-written binary heap and Manhattan heuristic.
MAP = """
S..#......
.#.#.~~~..
.#...~#~..
.####.#...
...~..#.#.
.#.~~...#.
.#..#.###.
...##....E
"""
rows = [r for r in MAP.strip().split("\n")]
H, W = len(rows), len(rows[0])
COST = {".": 1, "~": 5, "S": 1, "E": 1}
def find(ch):
    for r, row in enumerate(rows):
        c = row.find(ch)
        if c >= 0:
            return r, c
start, goal = find("S"), find("E")
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heappop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]: m = l
            if r < len(h) and h[r] < h[m]: m = r
            if m == i: break
            h[i], h[m] = h[m], h[i]
            i = m
    return top
def astar(start, goal, heuristic=True):
    def hfun(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1]) if heuristic else 0
    openh = [(hfun(start), 0, start)]
    g = {start: 0}
    came = {}
    expanded = 0
    while openh:
        f, cost, cur = heappop(openh)
        if cost > g[cur]:
            continue
        expanded += 1
        if cur == goal:
            path = [cur]
            while cur in came:
                cur = came[cur]
                path.append(cur)
            return cost, path[::-1], expanded
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < H and 0 <= nc < W and rows[nr][nc] != "#":
                ng = cost + COST[rows[nr][nc]]
                if ng < g.get((nr, nc), 10**9):
                    g[(nr, nc)] = ng
                    came[(nr, nc)] = cur
                    heappush(openh, (ng + hfun((nr, nc)), ng, (nr, nc)))
    return None, [], expanded
cost, path, expanded = astar(start, goal)
cost2, path2, expanded2 = astar(start, goal, heuristic=False)
print("A* cost", cost, "steps", len(path) - 1, "expanded", expanded)
print("Dijkstra cost", cost2, "expanded", expanded2, "same cost:", cost == cost2)
canvas = [list(r) for r in rows]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(r) for r in canvas))
