seed = 999
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for trial in range(60):
    d = {}
    for step in range(rnd(120)):
        op = rnd(10)
        k = rnd(40) if rnd(2) else "k%d" % rnd(30)
        if op < 5:
            d[k] = step
        elif op < 7:
            d.pop(k, None)
        elif op == 7 and d:
            d.popitem()
        elif op == 8:
            d.setdefault(k, -1)
        else:
            d.update({k: 0, "u": 1})
    out.append(repr(d))
    out.append(repr(list(d.keys())[:3]) + repr(list(reversed(d.values()))[:3]) + repr(dict(sorted(d.items(), key=str))))
    ks = {k for k in d if isinstance(k, str)}
    out.append(repr(ks) + repr(set(d) - ks))
print("\n".join(out))
