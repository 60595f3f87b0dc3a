# random: seeded runs give CPython's numbers (written with the C random module, kept for lib/random.py)
import random
for s in [0, 1, 42, 12345, -7, 2**40, 2**100 + 3, 10**30]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.getrandbits(10), random.getrandbits(70), random.choice("abcdef"))
random.seed(42)
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(1000), 50)[:5])
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices(["x", "y"], cum_weights=[1, 5], k=4))
print(random.uniform(1, 10), random.uniform(5.5, -2), random.triangular(), random.triangular(0, 10, 8))
print(random.gauss(0, 1), random.gauss(10, 2), random.gauss(), random.normalvariate(5, 1), random.expovariate(2), random.lognormvariate(0, 0.5))
print(random.randbytes(5), random.getrandbits(0), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64))
for s in ["hello", b"bytes", "", "é", bytearray(b"xyz"), 3.14, -2.5, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10**20))
r = random.Random(7)
r2 = random.Random(7)
print(r.random() == r2.random(), r.randint(1, 6), [r.randint(1, 6) for _ in range(10)])
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.randint(5, 1), lambda: random.seed([1]), lambda: random.randrange(1.5), lambda: random.randrange(10, 1, 2)]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
print(hands)
print(sorted(random.sample(range(1, 50), 6)), random.random() < 0.5)
print([round(random.random(), 4) for _ in range(5)])
print(random.randrange(10**25), random.randint(-10**20, 10**20))
