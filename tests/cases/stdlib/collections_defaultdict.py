# collections.defaultdict: __missing__, repr, factories, grouping, copy and |
from collections import defaultdict

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry apricot".split():
    dd[word[0]].append(word)
print(dd)
print(dd["a"], dd["z"], len(dd))
print("q" in dd, dd.get("q"), len(dd))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts))

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})

s = defaultdict(set)
s[1].add(2)
s[1].add(2)
s[2].add(3)
print(s)

none = defaultdict()
print(none, none.default_factory)
try:
    none["k"]
except KeyError as e:
    print("KeyError", e)

dd2 = defaultdict(str, {"a": "x"}, b="y")
print(dd2, dd2["c"] == "", dd2)
cp = dd2.copy()
cp["d"] = "w"
print(type(cp).__name__, cp.default_factory, cp, dd2)
print(dd2 | {"e": "f"}, {"e": "f"} | dd2)
dd2 |= {"g": "h"}
print(dd2)
dd2.default_factory = list
print(dd2["new"], dd2.default_factory)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

t = Tree()
t["a"]["b"]["c"]
print(type(t["a"]).__name__, list(t["a"]["b"]))

try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
print(defaultdict(list) == {}, isinstance(defaultdict(int), dict))

# adjacency lists and a topological order
graph = defaultdict(list)
for a, b in [(5, 11), (7, 11), (7, 8), (3, 8), (3, 10), (11, 2), (11, 9), (11, 10), (8, 9)]:
    graph[a].append(b)
indeg = defaultdict(int)
for a in list(graph):
    for b in graph[a]:
        indeg[b] += 1
nodes = sorted(set(graph) | set(indeg))
ready = [n for n in nodes if indeg[n] == 0]
order = []
while ready:
    ready.sort()
    n = ready.pop(0)
    order.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order)
