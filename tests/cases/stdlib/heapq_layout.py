# heapq: the list layout after each push/pop/replace/pushpop/heapify matches CPython's exactly
import heapq

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


h = []
for i in range(20):
    heapq.heappush(h, rnd(50))
print(h)
out = [heapq.heappop(h) for _ in range(7)]
print(out, h)
print(heapq.heapreplace(h, 25), h)
print(heapq.heappushpop(h, 1), h)
print(heapq.heappushpop(h, 40), h)
print(heapq.heappushpop([], 5))

data = [rnd(100) for _ in range(31)]
heapq.heapify(data)
print(data)
dup = [5, 3, 5, 3, 5, 3, 1, 1, 9, 0, 0, 9]
heapq.heapify(dup)
print(dup)

# a long random sequence of operations; checksum of every layout
h = []
check = 0
for step in range(3000):
    op = rnd(4)
    if op == 0 or not h:
        heapq.heappush(h, rnd(1000))
    elif op == 1:
        heapq.heappop(h)
    elif op == 2:
        heapq.heapreplace(h, rnd(1000))
    else:
        heapq.heappushpop(h, rnd(1000))
    check = (check * 31 + sum(i * v for i, v in enumerate(h[:8]))) % 1000000007
print(len(h), check, h[:10])

# tuples and ties: (priority, order, name)
tasks = []
for order, (prio, name) in enumerate([(3, "write"), (1, "plan"), (2, "test"), (1, "eat"), (3, "ship")]):
    heapq.heappush(tasks, (prio, order, name))
print(tasks)
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])

# sort via heap
vals = [rnd(1000) for _ in range(200)]
hh = list(vals)
heapq.heapify(hh)
print([heapq.heappop(hh) for _ in range(len(hh))] == sorted(vals))

# max-heap helpers used by nsmallest
m = [rnd(100) for _ in range(15)]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), m)
print(heapq._heapreplace_max(m, 50), m)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "R%d" % self.v


r = [Rev(v) for v in [3, 9, 1, 7, 5]]
heapq.heapify(r)
print(r, heapq.heappop(r), r)

for f in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
          lambda: heapq.heapify((3, 1)), lambda: heapq.heappop((1,))):
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
