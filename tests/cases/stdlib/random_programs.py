# random: seeded runs give CPython's numbers (written with the C random module, kept for lib/random.py)
import random
from random import randint, choice, shuffle, sample, seed
seed(1)
rolls = [randint(1, 6) for _ in range(1000)]
print({f: rolls.count(f) for f in range(1, 7)}, sum(rolls))
inside = 0
for _ in range(5000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(4 * inside / 5000)
pos = 0
path = []
for _ in range(30):
    pos += choice([-1, 1])
    path.append(pos)
print(path)
names = ["ann", "bob", "cid", "dee", "eve"]
shuffle(names)
print(names, sample(names, k=2), random.sample(range(10**6), 5), random.sample(range(100), 30)[-3:])
print([random.gauss(0, 1) for _ in range(5)])
print(random.choices(names, [5, 1, 1, 1, 1], k=8), random.choices(range(5), k=3))
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(99)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))
rr = random.Random("seedstring")
print(rr.random(), rr.choice(range(1000)), rr.randrange(-50, 50, 5))
print(type(random.random()).__name__, callable(random.randint), random.Random.__name__)
random.seed(5)
a = random.random()
random.seed(5)
print(a == random.random())
words = "the quick brown fox jumps over the lazy dog".split()
random.seed(0)
print(" ".join(random.sample(words, len(words))))
print(sorted(random.choices(words, k=20)))
m = [[random.randint(0, 9) for _ in range(4)] for _ in range(3)]
print(m)
print(random.randrange(1, 100, 2), random.randrange(100, 0, -3), random.uniform(-1, 1))
print([random.getrandbits(8) for _ in range(8)])
print(random.triangular(1, 3), random.expovariate(0.5), random.paretovariate(2), random.weibullvariate(1, 2))
