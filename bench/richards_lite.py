# bench: objects and method calls (a small task scheduler).
class Task:
    def __init__(self, name, work):
        self.name = name
        self.work = work
        self.done = 0

    def step(self):
        if self.done < self.work:
            self.done += 1
            return True
        return False

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.steps = 0

    def add(self, task):
        self.tasks.append(task)

    def run(self):
        active = True
        while active:
            active = False
            for t in self.tasks:
                if t.step():
                    self.steps += 1
                    active = True
        return self.steps

total = 0
for round_ in range(400):
    s = Scheduler()
    for i in range(100):
        s.add(Task("t%d" % i, (i * 7 + round_) % 50 + 10))
    total += s.run()
print("checksum", total)
