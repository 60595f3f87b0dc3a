# Sudoku solver: constraint propagation with candidate sets plus backtracking on the fewest candidates.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
HARD = """
..9748...
7........
.2.1.9...
..7...24.
.64.1.59.
.98...3..
...8.3.2.
........6
...2759..
"""
def parse(text):
    rows = [r for r in text.split() if r]
    return [[0 if c == "." else int(c) for c in r] for r in rows]

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

stats = {"nodes": 0}
def solve(g):
    stats["nodes"] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if not cand:
                    return False
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False

def show(g):
    for r in range(9):
        row = ""
        for c in range(9):
            row += str(g[r][c]) + (" | " if c in (2, 5) else " ")
        print(row.rstrip())
        if r in (2, 5):
            print("------+-------+------")

def valid(g):
    units = [g[r] for r in range(9)] + [[g[r][c] for r in range(9)] for c in range(9)]
    units += [[g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(u) == list(range(1, 10)) for u in units)

for text in (PUZZLE, HARD):
    g = parse(text)
    stats["nodes"] = 0
    ok = solve(g)
    print("solved:", ok, "valid:", valid(g), "nodes:", stats["nodes"])
    show(g)
