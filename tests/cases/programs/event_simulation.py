# Discrete-event simulation of a bank with two tellers, using a time-ordered event list and a seeded LCG.
class Rng:
    def __init__(self, seed):
        self.s = seed
    def next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.s >> 33
    def uniform(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

class Sim:
    def __init__(self, tellers, seed):
        self.rng = Rng(seed)
        self.events = []
        self.seq = 0
        self.free = tellers
        self.queue = []
        self.waits = []
        self.log = []
        self.max_queue = 0
    def schedule(self, t, kind, cust):
        ev = (t, self.seq, kind, cust)
        self.seq += 1
        i = len(self.events)
        while i > 0 and self.events[i - 1] > ev:
            i -= 1
        self.events.insert(i, ev)
    def run(self, n_customers):
        t = 0
        for c in range(n_customers):
            t += self.rng.uniform(1, 6)
            self.schedule(t, "arrive", c)
        while self.events:
            now, _, kind, cust = self.events.pop(0)
            if kind == "arrive":
                self.queue.append((cust, now))
                self.max_queue = max(self.max_queue, len(self.queue))
            else:
                self.free += 1
                if len(self.log) < 12:
                    self.log.append(f"t={now:>4} customer {cust:>3} leaves")
            while self.free and self.queue:
                c, arrived = self.queue.pop(0)
                self.free -= 1
                self.waits.append(now - arrived)
                self.schedule(now + self.rng.uniform(3, 10), "depart", c)
        return now

for tellers in (1, 2, 3):
    s = Sim(tellers, 2024)
    end = s.run(300)
    avg = sum(s.waits) / len(s.waits)
    print(f"tellers={tellers} end={end} served={len(s.waits)} avg_wait={avg:.2f} max_wait={max(s.waits)} max_queue={s.max_queue}")
s = Sim(2, 1)
s.run(20)
print("\n".join(s.log))
