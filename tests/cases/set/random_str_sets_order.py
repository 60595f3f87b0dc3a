seed = 21
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alpha = "abcdefghijklmnopqrstuvwxyzéü日本😀 _-"
def rs():
    return "".join(alpha[rnd(len(alpha))] for _ in range(rnd(6) + 1))
out = []
for t in range(150):
    s = set()
    for step in range(rnd(60)):
        op = rnd(5)
        if op < 3:
            s.add(rs())
        elif op == 3 and s:
            s.discard(sorted(s)[rnd(len(s))])
        else:
            s |= {rs(), rs()}
    out.append(repr(s))
    out.append(repr({x[:1] for x in s}) + repr(frozenset(s)) + repr(s - {min(s, default="")}))
    out.append(repr(set(x.encode() for x in list(s)[:5])))
print("\n".join(out))
