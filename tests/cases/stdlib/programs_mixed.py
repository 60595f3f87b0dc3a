# stdlib in a realistic program: a seeded task scheduler simulation (random, heapq, dataclasses, enum, collections, json, statistics)
import heapq
import json
import random
import statistics
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from functools import lru_cache, total_ordering
from itertools import count, groupby
from typing import List, Optional


class Priority(Enum):
    HIGH = auto()
    NORMAL = auto()
    LOW = auto()


@total_ordering
@dataclass
class Task:
    name: str
    priority: Priority
    duration: float
    deps: List[str] = field(default_factory=list)
    started: Optional[float] = None

    def __lt__(self, other):
        return (self.priority.value, self.name) < (other.priority.value, other.name)


rng = random.Random(2024)
names = ["t%02d" % i for i in range(24)]
tasks = {}
for i, name in enumerate(names):
    deps = rng.sample(names[:i], k=min(i, rng.randint(0, 2)))
    tasks[name] = Task(name, rng.choice(list(Priority)), round(rng.uniform(0.5, 4.0), 2), sorted(deps))

indeg = {n: len(t.deps) for n, t in tasks.items()}
users = defaultdict(list)
for t in tasks.values():
    for d in t.deps:
        users[d].append(t.name)

ready = [tasks[n] for n, k in indeg.items() if k == 0]
heapq.heapify(ready)
workers = [(0.0, w) for w in range(3)]
heapq.heapify(workers)
log = deque(maxlen=5)
finished = {}
seq = count(1)
while ready:
    task = heapq.heappop(ready)
    free_at, w = heapq.heappop(workers)
    start = max([free_at] + [finished[d] for d in task.deps])
    task.started = round(start, 2)
    end = round(start + task.duration, 2)
    finished[task.name] = end
    heapq.heappush(workers, (end, w))
    log.append((next(seq), task.name, w, task.started, end))
    for u in users[task.name]:
        indeg[u] -= 1
        if indeg[u] == 0:
            heapq.heappush(ready, tasks[u])

print("makespan", max(finished.values()), "last", list(log))
print(Counter(t.priority.name for t in tasks.values()).most_common())
durations = [t.duration for t in tasks.values()]
print(statistics.mean(durations), statistics.median(durations), round(statistics.stdev(durations), 6))
by_prio = {p.name: [t.name for t in g] for p, g in groupby(sorted(tasks.values()), key=lambda t: t.priority)}
print(json.dumps(by_prio, indent=1))
print(json.dumps(asdict(tasks["t05"]), default=lambda o: o.name, sort_keys=True))


@lru_cache(maxsize=None)
def depth(name):
    t = tasks[name]
    return 1 + max((depth(d) for d in t.deps), default=0)


print({n: depth(n) for n in names[-5:]}, depth.cache_info())
