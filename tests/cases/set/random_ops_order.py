seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for trial in range(60):
    s = set()
    t = set(rnd(50) - 10 for _ in range(rnd(30)))
    for step in range(rnd(80)):
        op = rnd(12)
        v = rnd(200) - 50 if rnd(3) else rnd(100000) * 8
        if op < 4:
            s.add(v)
        elif op < 6:
            s.discard(v)
        elif op == 6 and s:
            s.pop()
        elif op == 7:
            s |= t
        elif op == 8:
            s &= set(range(-10, 100))
        elif op == 9:
            s -= t
        elif op == 10:
            s ^= {v, v + 1, 3}
        else:
            s = s.union([v * 2, -v])
    out.append(repr(s))
    out.append(repr(s | t) + repr(s & t) + repr(t - s) + repr(s ^ t) + repr(frozenset(s)) + repr(set(list(s))) + repr(s.copy()))
    out.append(repr({x for x in s if x % 2}) + repr(set(sorted(s))) + repr(set(reversed(sorted(s)))))
print("\n".join(out))
