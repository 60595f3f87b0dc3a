# Build-system style dependency resolution: Kahn's topological sort, cycle detection with DFS colours, levels.
deps = {
    "app": ["lib", "ui", "net"],
    "ui": ["lib", "gfx"],
    "net": ["lib", "crypto"],
    "gfx": ["math"],
    "crypto": ["math"],
    "lib": ["math", "alloc"],
    "math": [],
    "alloc": [],
    "tests": ["app", "mock"],
    "mock": ["lib"],
}
def kahn(deps):
    indeg = {n: 0 for n in deps}
    users = {n: [] for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    ready = sorted(n for n in deps if indeg[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle among: " + ", ".join(sorted(n for n in deps if indeg[n] > 0)))
    return order
order = kahn(deps)
print(" -> ".join(order))
pos = {n: i for i, n in enumerate(order)}
print(all(pos[d] < pos[n] for n, ds in deps.items() for d in ds))
level = {}
for n in order:
    level[n] = 1 + max((level[d] for d in deps[n]), default=-1)
by_level = {}
for n, l in level.items():
    by_level.setdefault(l, []).append(n)
for l in sorted(by_level):
    print("level", l, sorted(by_level[l]))
def find_cycle(deps):
    color = {n: 0 for n in deps}
    stack = []
    def visit(n):
        color[n] = 1
        stack.append(n)
        for d in deps[n]:
            if color[d] == 1:
                return stack[stack.index(d):] + [d]
            if color[d] == 0:
                c = visit(d)
                if c:
                    return c
        stack.pop()
        color[n] = 2
        return None
    for n in sorted(deps):
        if color[n] == 0:
            c = visit(n)
            if c:
                return c
    return None
print(find_cycle(deps))
deps["math"] = ["app"]
print(find_cycle(deps))
try:
    kahn(deps)
except ValueError as e:
    print("ValueError:", e)
