# A finite state machine class for a traffic light with timed transitions, events, and invalid-transition errors.
class TransitionError(Exception):
    pass
class Light:
    DURATION = {"red": 4, "green": 3, "yellow": 1, "flashing": 0, "off": 0}
    NEXT = {"red": "green", "green": "yellow", "yellow": "red"}
    ALLOWED = {
        ("red", "fault"): "flashing", ("green", "fault"): "flashing", ("yellow", "fault"): "flashing",
        ("flashing", "repair"): "red", ("flashing", "power_off"): "off", ("off", "power_on"): "flashing",
        ("green", "pedestrian"): "yellow",
    }
    def __init__(self):
        self.state = "red"
        self.timer = self.DURATION["red"]
        self.history = [("start", "red")]
    def tick(self):
        if self.state not in self.NEXT:
            return
        self.timer -= 1
        if self.timer == 0:
            self._go(self.NEXT[self.state], "timer")
    def event(self, name):
        key = (self.state, name)
        if key not in self.ALLOWED:
            raise TransitionError(f"event {name!r} not allowed in state {self.state!r}")
        self._go(self.ALLOWED[key], name)
    def _go(self, state, why):
        self.state = state
        self.timer = self.DURATION[state]
        self.history.append((why, state))
light = Light()
timeline = []
for t in range(20):
    timeline.append(light.state[0].upper())
    light.tick()
print("".join(timeline))
for ev in ["pedestrian", "pedestrian", "fault", "power_off", "repair", "power_on", "repair"]:
    try:
        light.event(ev)
        print(f"{ev:<11} -> {light.state}")
    except TransitionError as e:
        print("TransitionError:", e)
for _ in range(9):
    light.tick()
print(light.state, light.timer)
print(len(light.history), light.history[-6:])
counts = {}
for why, st in light.history:
    counts[st] = counts.get(st, 0) + 1
print(counts)
