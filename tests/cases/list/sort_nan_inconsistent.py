seed = 77
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
nan = float("nan")
for t in range(120):
    n = rnd(80) + 1
    xs = [nan if rnd(6) == 0 else rnd(50) for _ in range(n)]
    print(sorted(xs))
    print(sorted(xs, reverse=True)[:10])
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return (self.v * 7 + o.v * 3) % 5 < 2
    def __repr__(self): return str(self.v)
for t in range(40):
    n = rnd(100) + 1
    print(sorted([Weird(rnd(30)) for _ in range(n)]))
big = [rnd(1000) for _ in range(5000)]
big2 = [x if x % 97 else nan for x in big]
print(sorted(big2)[::250])
runs = list(range(500)) + list(range(300, 0, -1)) + [rnd(100) for _ in range(200)] + list(range(1000, 1500))
runs = [x if x % 13 else nan for x in runs]
print(sorted(runs)[::37])
