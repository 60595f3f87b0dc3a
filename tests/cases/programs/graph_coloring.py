# Greedy graph colouring (Welsh-Powell order), bipartite check with BFS, and exam scheduling from conflicts.
students = {
    "ann": ["math", "physics", "art"], "bob": ["math", "chem"], "cyd": ["physics", "chem", "bio"],
    "dee": ["art", "music"], "eve": ["bio", "math"], "fay": ["music", "history"], "gus": ["history", "chem"],
}
conflicts = {}
for courses in students.values():
    for a in courses:
        conflicts.setdefault(a, set())
        for b in courses:
            if a != b:
                conflicts[a].add(b)
order = sorted(conflicts, key=lambda c: (-len(conflicts[c]), c))
color = {}
for c in order:
    used = {color[n] for n in conflicts[c] if n in color}
    k = 0
    while k in used:
        k += 1
    color[c] = k
slots = {}
for c, k in color.items():
    slots.setdefault(k, []).append(c)
print("degree order:", order)
for k in sorted(slots):
    print(f"slot {k + 1}: {sorted(slots[k])}")
print("valid:", all(color[a] != color[b] for a in conflicts for b in conflicts[a]))
def bipartite(adj):
    side = {}
    for start in sorted(adj):
        if start in side:
            continue
        side[start] = 0
        queue = [start]
        while queue:
            v = queue.pop(0)
            for w in sorted(adj[v]):
                if w not in side:
                    side[w] = 1 - side[v]
                    queue.append(w)
                elif side[w] == side[v]:
                    return None
    return side
def ring(n):
    return {i: {(i - 1) % n, (i + 1) % n} for i in range(n)}
for n in (4, 5, 6, 7):
    s = bipartite(ring(n))
    print(f"ring {n}: bipartite={s is not None}", sorted(k for k, v in s.items() if v == 0) if s else "")
grid = {(r, c): {(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) if 0 <= r + dr < 3 and 0 <= c + dc < 3} for r in range(3) for c in range(3)}
g = bipartite(grid)
print("3x3 grid sides:", [g[(r, c)] for r in range(3) for c in range(3)])
