# Many instances with the same shape, attribute reads/writes in hot loops (shape guards).
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
    def step(self, dt):
        self.x += self.v * dt
ps = [Particle(i, (i % 7) - 3) for i in range(1000)]
for _ in range(100):
    for p in ps:
        p.step(1)
print(sum(p.x for p in ps), min(p.x for p in ps), max(p.x for p in ps))
class Odd:
    def __init__(self):
        self.a = 1
o1 = Odd()
o2 = Odd()
o2.b = 2
total = 0
for i in range(10000):
    o = o1 if i % 2 else o2
    total += o.a
print(total)
