# random: seeded sequences equal CPython's (Random instances, state round trips across refills, big ranges, sampling)
import random

for seed in [0, 3, 2**31, 2**32, -2**32 - 1, 10**40, 2.5, "pass phrase", b"\x00\x01", ""]:
    r = random.Random(seed)
    print(repr(seed)[:12], r.random(), r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(65), r.randrange(7))

r = random.Random(123)
st = r.getstate()
first = [r.random() for _ in range(1000)]
r.setstate(st)
print(first == [r.random() for _ in range(1000)], first[623], first[-1])
mid = r.getstate()
print(len(mid[1]), mid[1][-1], mid[0], mid[2])
r.gauss()
print(r.getstate()[2] is not None, r.gauss(), r.getstate()[2])

r = random.Random(2024)
print([r.randrange(1, 2**40) for _ in range(3)], r.randrange(-10**30, 10**30, 7))
print([r.randrange(100, 0, -3) for _ in range(5)], [r.randint(0, 1) for _ in range(20)])
print(r.getrandbits(200), r.randbytes(9))
print(r.sample(range(10**9), 4), r.sample(range(40), 25)[:8], r.sample("abc", 0))
print(r.sample(["x", "y", "z"], k=6, counts=[2, 3, 1]))
print(r.choices(range(10), k=8), r.choices("ab", weights=[0.1, 0.9], k=10), r.choices("abc", cum_weights=(1, 1, 3), k=5))
pop = list(range(50))
r.shuffle(pop)
print(pop)
print(r.choice(pop), r.choice("q"), r.choice(range(10, 20)), r.choice((None, True)))

# a Monte Carlo estimate, a random walk and a dice histogram
r.seed(7)
inside = sum(1 for _ in range(20000) if r.random() ** 2 + r.random() ** 2 < 1.0)
print(inside, 4 * inside / 20000)
pos = 0
for _ in range(1000):
    pos += r.choice((-1, 1))
print(pos)
hist = [0] * 11
for _ in range(3000):
    hist[r.randint(1, 6) + r.randint(1, 6) - 2] += 1
print(hist)
print([round(r.gauss(100, 15), 6) for _ in range(5)], [round(r.normalvariate(), 9) for _ in range(3)])
print(r.uniform(-1, 1), r.triangular(1, 3), r.expovariate(0.5), r.paretovariate(2.5), r.weibullvariate(2, 0.5))

# module functions share one generator
random.seed(11)
a = (random.random(), random.randint(1, 9), random.choice("abc"))
random.seed(11)
print(a == (random.random(), random.randint(1, 9), random.choice("abc")), a)
