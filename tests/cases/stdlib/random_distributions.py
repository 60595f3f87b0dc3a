# random: gamma/beta/von Mises distributions, the module constants, SystemRandom, seed(version=1), a subclass supplying random()
import random

r = random.Random(42)
print([r.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 9.0)])
print([r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1))])
print([r.vonmisesvariate(m, k) for m, k in ((0, 0), (1, 0.5), (3, 4), (6, 50))])
for bad in (lambda: r.gammavariate(0, 1), lambda: r.gammavariate(1, -1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.NV_MAGICCONST)

s = random.SystemRandom()
x = s.random()
print(0.0 <= x < 1.0, 0 <= s.randrange(10) < 10, len(s.randbytes(4)), s.getrandbits(5) < 32)
try:
    s.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)

r.seed("abc", version=1)
print(r.random())
r.seed(b"abc", version=1)
print(r.random())
r.seed("abc", version=2)
print(r.random())


class Quarter(random.Random):
    def random(self):
        return 0.25


q = Quarter(1)
print(q.randrange(10), q.choice("abcd"), q.randint(1, 100), q.sample(range(10), 3))


class Bits(random.Random):
    def getrandbits(self, k):
        return k


print(Bits(0).randrange(6), Bits(0).randrange(4))
