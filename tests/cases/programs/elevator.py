# An elevator controller simulation (SCAN algorithm) serving timed requests, with a step log and statistics.
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 0
        self.stops = set()
        self.riders = []
        self.log = []
        self.moved = 0
    def request(self, t, src, dst):
        self.riders.append({"t": t, "src": src, "dst": dst, "picked": None, "done": None})
        self.stops.add(src)
    def step(self, t):
        here = [r for r in self.riders if r["picked"] is None and r["src"] == self.floor and r["t"] <= t]
        leaving = [r for r in self.riders if r["picked"] is not None and r["done"] is None and r["dst"] == self.floor]
        for r in leaving:
            r["done"] = t
        for r in here:
            r["picked"] = t
            self.stops.add(r["dst"])
        if here or leaving:
            self.log.append(f"t={t:>2} floor {self.floor}: +{len(here)} -{len(leaving)}")
        self.stops.discard(self.floor)
        if not self.stops:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.floor += self.direction
        self.moved += 1
requests = [(0, 0, 5), (1, 3, 0), (2, 7, 2), (4, 2, 9), (6, 9, 1), (9, 5, 6), (10, 0, 8), (15, 8, 3)]
e = Elevator(10)
pending = sorted(requests)
t = 0
while t < 80:
    while pending and pending[0][0] == t:
        e.request(*pending.pop(0))
    e.step(t)
    if not pending and all(r["done"] is not None for r in e.riders):
        break
    t += 1
print("\n".join(e.log))
waits = [r["picked"] - r["t"] for r in e.riders]
trips = [r["done"] - r["picked"] for r in e.riders]
print("finished at t =", t, "floors moved:", e.moved)
print("waits:", waits, "avg", round(sum(waits) / len(waits), 2))
print("rides:", trips, "max", max(trips))
