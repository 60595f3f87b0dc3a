seed = 4
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
count = 0
class C:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global count
        count += 1
        return self.v < o.v
    def __repr__(self): return str(self.v)
for n in [10, 63, 64, 65, 100, 200, 500, 1000, 3000]:
    for kind in range(5):
        if kind == 0: xs = [rnd(1000) for _ in range(n)]
        elif kind == 1: xs = list(range(n))
        elif kind == 2: xs = list(range(n, 0, -1))
        elif kind == 3: xs = [rnd(5) for _ in range(n)]
        else: xs = list(range(n // 2)) + [rnd(n) for _ in range(n // 2)]
        objs = [C(v) for v in xs]
        count = 0
        r = sorted(objs)
        c1 = count
        count = 0
        objs.sort(reverse=True)
        c2 = count
        count = 0
        sorted(objs, key=lambda o: C(o.v % 17))
        print(n, kind, c1, c2, count, [o.v for o in r[:3]])
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global count
        count += 1
        if count == limit:
            raise ValueError("boom at %d" % count)
        return self.v < o.v
    def __repr__(self): return str(self.v)
for limit in [5, 70, 150, 400, 900]:
    xs = [Boom(rnd(100)) for _ in range(150)]
    count = 0
    try:
        xs.sort()
    except ValueError as e:
        print(e, xs[:20], xs[-10:])
