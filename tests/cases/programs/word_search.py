# Word search puzzle: find words in 8 directions on a letter grid; print positions and a solution overlay.
GRID = """\
CODEPATCH
XJITAOLZQ
STENCILPY
NRUOPTWEH
TRACEEMRT
UOPSGMUEA
HTIERRLHM
OOLOOPAYS
PYTHONSUP"""
WORDS = ["PATCH", "JIT", "STENCIL", "TRACE", "LOOP", "PYTHON", "UOP", "MATHS", "HOT", "TIER", "CODE", "HEAP", "ZIP"]
g = GRID.split("\n")
H, W = len(g), len(g[0])
DIRS = {(0, 1): "E", (0, -1): "W", (1, 0): "S", (-1, 0): "N", (1, 1): "SE", (-1, -1): "NW", (1, -1): "SW", (-1, 1): "NE"}
def find(word):
    hits = []
    for r in range(H):
        for c in range(W):
            for (dr, dc), name in DIRS.items():
                ok = True
                for k, ch in enumerate(word):
                    rr, cc = r + dr * k, c + dc * k
                    if not (0 <= rr < H and 0 <= cc < W) or g[rr][cc] != ch:
                        ok = False
                        break
                if ok:
                    hits.append((r, c, name))
    return hits
used = set()
for w in WORDS:
    hits = find(w)
    print(f"{w:<8} {hits if hits else 'not found'}")
    for r, c, name in hits:
        dr, dc = [d for d, n in DIRS.items() if n == name][0]
        for k in range(len(w)):
            used.add((r + dr * k, c + dc * k))
for r in range(H):
    print(" ".join(g[r][c] if (r, c) in used else "." for c in range(W)))
left = "".join(g[r][c] for r in range(H) for c in range(W) if (r, c) not in used)
print("unused letters:", left, len(left))
