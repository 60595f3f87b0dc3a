# Nagel-Schreckenberg traffic model on a ring road with a seeded RNG: flow and density measurements.
class Rng:
    def __init__(self, s):
        self.s = s
    def random(self):
        self.s = (self.s * 6364136223846793005 + 1) % 2**64
        return (self.s >> 11) / 2**53
def simulate(length, cars, vmax, p, steps, seed):
    rng = Rng(seed)
    road = [-1] * length
    for i in range(cars):
        road[i * length // cars] = 0
    flow = 0
    snapshots = []
    for t in range(steps):
        positions = [i for i in range(length) if road[i] >= 0]
        new = [-1] * length
        for i in positions:
            v = min(road[i] + 1, vmax)
            gap = 1
            while road[(i + gap) % length] < 0 and gap <= v:
                gap += 1
            v = min(v, gap - 1)
            if v > 0 and rng.random() < p:
                v -= 1
            j = (i + v) % length
            if j < i:
                flow += 1
            new[j] = v
        road = new
        if t >= steps - 5:
            snapshots.append("".join("." if c < 0 else str(c) for c in road))
    return flow / steps, snapshots
for cars in (5, 10, 20, 30, 45):
    f, snaps = simulate(60, cars, 5, 0.25, 200, seed=cars)
    print(f"density {cars / 60:.3f} flow {f:.3f}")
f, snaps = simulate(60, 20, 5, 0.25, 100, seed=3)
print("\n".join(snaps))
f0, _ = simulate(50, 10, 5, 0.0, 100, seed=1)
print("deterministic flow:", f0)
