# An event bus with subscriptions, priorities, one-shot handlers, wildcards and handler exceptions collected.
class Bus:
    def __init__(self):
        self.handlers = {}
        self.seq = 0
        self.errors = []
    def on(self, event, fn, priority=0, once=False):
        self.seq += 1
        self.handlers.setdefault(event, []).append((-priority, self.seq, fn, once))
        self.handlers[event].sort(key=lambda h: (h[0], h[1]))
        return self.seq
    def off(self, token):
        for ev, hs in self.handlers.items():
            self.handlers[ev] = [h for h in hs if h[1] != token]
    def emit(self, event, **data):
        results = []
        targets = self.handlers.get(event, []) + self.handlers.get("*", [])
        targets.sort(key=lambda h: (h[0], h[1]))
        for h in targets:
            prio, seq, fn, once = h
            try:
                results.append(fn(event, **data))
            except Exception as e:
                self.errors.append(f"{event}: {type(e).__name__}: {e}")
            if once:
                self.off(seq)
        return results
log = []
bus = Bus()
def logger(event, **data):
    log.append(f"{event} {sorted(data.items())}")
    return "logged"
def make_counter():
    counts = {}
    def count(event, **data):
        counts[event] = counts.get(event, 0) + 1
        return counts[event]
    return count, counts
counter, counts = make_counter()
bus.on("*", logger, priority=-10)
bus.on("login", counter)
bus.on("login", lambda e, user: f"welcome {user}", priority=5)
bus.on("logout", counter)
bus.on("login", lambda e, user: f"first login bonus for {user}", once=True)
bus.on("crash", lambda e, **d: 1 / 0)
tok = bus.on("login", lambda e, user: user.upper(), priority=1)
print(bus.emit("login", user="ann"))
print(bus.emit("login", user="bob"))
bus.off(tok)
print(bus.emit("login", user="cy"))
print(bus.emit("logout", user="ann"))
print(bus.emit("crash", code=7))
print(bus.emit("unknown"))
print(counts)
print(log)
print(bus.errors)
