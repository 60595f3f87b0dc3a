# Strongly connected components (iterative Tarjan), condensation DAG, and Floyd-Warshall distances.
edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (6, 5), (6, 7), (7, 6), (8, 8), (9, 2), (4, 10)]
N = 11
adj = {v: [] for v in range(N)}
for a, b in edges:
    adj[a].append(b)

def tarjan(adj):
    index = {}
    low = {}
    on_stack = set()
    stack = []
    comps = []
    counter = 0
    for root in sorted(adj):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on_stack.add(v)
            recurse = False
            for j in range(i, len(adj[v])):
                w = adj[v][j]
                if w not in index:
                    work.append((v, j + 1))
                    work.append((w, 0))
                    recurse = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if recurse:
                continue
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                comps.append(sorted(comp))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
    return comps

comps = tarjan(adj)
print("components:", comps)
which = {v: i for i, c in enumerate(comps) for v in c}
dag = sorted({(which[a], which[b]) for a, b in edges if which[a] != which[b]})
print("condensation edges:", dag)

INF = float("inf")
W = [[0 if i == j else INF for j in range(6)] for i in range(6)]
for a, b, w in [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)]:
    W[a][b] = W[b][a] = w
for k in range(6):
    for i in range(6):
        for j in range(6):
            if W[i][k] + W[k][j] < W[i][j]:
                W[i][j] = W[i][k] + W[k][j]
for row in W:
    print(" ".join(f"{x:>3}" for x in row))
big = {v: [(v * 7 + 1) % 500, (v * 13 + 5) % 500] for v in range(500)}
cs = tarjan(big)
print("big graph:", len(cs), "components, largest", max(len(c) for c in cs))
