# Minimum spanning tree with Kruskal's algorithm and a union-find with path compression and union by rank.
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.sets = n
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True
N = 60
edges = []
state = 99
for a in range(N):
    for b in range(a + 1, N):
        state = (state * 1103515245 + 12345) % 2**31
        if state % 7 < 2:
            edges.append(((state >> 8) % 1000, a, b))
print("edges:", len(edges))
edges.sort()
dsu = DSU(N)
mst = []
for w, a, b in edges:
    if dsu.union(a, b):
        mst.append((a, b, w))
print("mst edges:", len(mst), "weight:", sum(w for _, _, w in mst), "components:", dsu.sets)
print("first edges:", mst[:6])
degree = [0] * N
for a, b, _ in mst:
    degree[a] += 1
    degree[b] += 1
print("max degree:", max(degree), "leaves:", degree.count(1))
d2 = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (0, 2)]:
    print((a, b), d2.union(a, b), d2.sets)
groups = {}
for i in range(10):
    groups.setdefault(d2.find(i), []).append(i)
print(sorted(groups.values()))
