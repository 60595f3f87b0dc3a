# Dijkstra's shortest paths on a weighted road graph with a hand-written binary heap.
class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top
    def __len__(self):
        return len(self.a)

roads = [
    ("Amsterdam", "Utrecht", 45), ("Amsterdam", "Haarlem", 20), ("Haarlem", "Leiden", 33),
    ("Leiden", "DenHaag", 20), ("DenHaag", "Rotterdam", 25), ("Utrecht", "Rotterdam", 60),
    ("Utrecht", "Arnhem", 65), ("Rotterdam", "Breda", 50), ("Breda", "Eindhoven", 60),
    ("Utrecht", "DenBosch", 55), ("DenBosch", "Eindhoven", 35), ("Arnhem", "Nijmegen", 20),
    ("Nijmegen", "DenBosch", 45), ("Eindhoven", "Maastricht", 85), ("Amsterdam", "Almere", 30),
    ("Almere", "Zwolle", 70), ("Zwolle", "Arnhem", 65), ("Leiden", "Utrecht", 55),
]
graph = {}
for a, b, w in roads:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, src))
    done = set()
    while heap:
        d, u = heap.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev

def path(prev, src, dst):
    out = [dst]
    while out[-1] != src:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra("Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"{city:<11}{dist[city]:>4} km  via {' > '.join(path(prev, 'Amsterdam', city))}")

d2, p2 = dijkstra("Maastricht")
print("Maastricht -> Zwolle:", d2["Zwolle"], path(p2, "Maastricht", "Zwolle"))
total = sum(sum(dijkstra(c)[0].values()) for c in sorted(graph))
print("sum of all-pairs distances:", total)

h = MinHeap()
for x in [(i * 7919) % 101 for i in range(200)]:
    h.push(x)
out = [h.pop() for _ in range(len(h))]
print(out == sorted(out), out[:10])
