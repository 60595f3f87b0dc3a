# Word ladder with BFS over pattern buckets stored in a dict of lists; shortest transformation sequences.
WORDS = """cold cord card ward warm word worm wore core bore bare bard hard herd here hire fire fine line
lane land sand said slid sold hold cold gold bold bolt boat coat cost cast vast vase case cave gave
have hive five fife life lift loft soft sort fort form farm harm hart dart dirt dire wire wise wide""".split()
WORDS = list(dict.fromkeys(WORDS))
buckets = {}
for w in WORDS:
    for i in range(len(w)):
        buckets.setdefault(w[:i] + "_" + w[i + 1:], []).append(w)
def neighbours(w):
    out = []
    for i in range(len(w)):
        for v in buckets[w[:i] + "_" + w[i + 1:]]:
            if v != w:
                out.append(v)
    return out
def ladder(start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        nxt = []
        for w in queue:
            if w == goal:
                path = []
                while w:
                    path.append(w)
                    w = prev[w]
                return path[::-1]
            for v in neighbours(w):
                if v not in prev:
                    prev[v] = w
                    nxt.append(v)
        queue = nxt
    return None
print(len(WORDS), "words,", len(buckets), "buckets, largest bucket:", max(buckets.items(), key=lambda kv: (len(kv[1]), kv[0])))
for a, b in [("cold", "warm"), ("fire", "life"), ("hard", "soft"), ("sand", "gold"), ("cave", "wise"), ("cold", "cold"), ("boat", "zzzz")]:
    if b not in WORDS:
        print(a, "->", b, ": not in dictionary")
        continue
    p = ladder(a, b)
    print(a, "->", b, ":", " > ".join(p) if p else "no ladder", f"({len(p) - 1} steps)" if p else "")
degree = {w: len(neighbours(w)) for w in WORDS}
print("most connected:", sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("isolated:", [w for w, d in degree.items() if d == 0])
