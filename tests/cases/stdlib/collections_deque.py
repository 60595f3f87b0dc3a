# collections.deque: both ends, maxlen, rotate, indexing, comparisons, errors
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft("ab")
print(d)
print(list(d), list(reversed(d)), 3 in d, 9 in d)
print(d.count(3), d.index(3), d.index(4, 2), d.index(4, 2, 6))
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("x")
del d[0]
d[0] = "B"
print(d)
d.reverse()
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(10)
print(d)
d.clear()
print(d, len(d))

# maxlen: items fall off the other end
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-10)
print(m)
m.extend(range(20, 25))
print(m)
m.extendleft([7, 8])
print(m)
print(deque([1, 2, 3], 0), deque("abc", maxlen=5))
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
print(z, len(z))

# sliding window maximum
def window_max(values, k):
    q = deque()
    out = []
    for i, v in enumerate(values):
        while q and values[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(values[q[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# moving average with a bounded deque
win = deque(maxlen=4)
avgs = []
for x in [10, 20, 30, 40, 50, 60]:
    win.append(x)
    avgs.append(sum(win) / len(win))
print(avgs)

# many operations at both ends stay consistent with a list model
model = []
dq = deque()
for i in range(3000):
    op = (i * 7919) % 5
    if op == 0:
        dq.append(i); model.append(i)
    elif op == 1:
        dq.appendleft(i); model.insert(0, i)
    elif op == 2 and model:
        assert dq.pop() == model.pop()
    elif op == 3 and model:
        assert dq.popleft() == model.pop(0)
    else:
        dq.rotate(i % 7 - 3)
        if model:
            n = (i % 7 - 3) % len(model)
            model[:] = model[-n:] + model[:-n] if n else model
print(list(dq) == model, len(dq))

# big rotations
r = deque(range(10))
for k in (1, -1, 3, -7, 25, 0, 9):
    r.rotate(k)
    print(k, list(r))

# operators
a = deque([1, 2])
b = deque([1, 3])
print(a == deque([1, 2]), a != b, a < b, a <= b, a > b, b >= a)
print(a == [1, 2], a + b, a * 3, 2 * a, a * 0)
a += [9, 8]
print(a)
a *= 2
print(a)
bm = deque([1, 2, 3], maxlen=4)
print(bm * 3, bm + deque([7]))
c = a.copy()
c.append(0)
print(a, c)
print(deque(deque([1, 2], maxlen=2)).maxlen)

# recursion in repr
rr = deque([1])
rr.append(rr)
print(rr)

# subclass
class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2, 3], 5)
print(s, s.peek(), type(s.copy()).__name__, s.copy())

# errors
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: deque([1])[5])
attempt("index neg", lambda: deque([1])[-2])
attempt("index str", lambda: deque([1])["a"])
attempt("slice", lambda: deque([1])[0:1])
attempt("remove", lambda: deque([1]).remove(2))
attempt("index missing", lambda: deque("abc").index("z"))
attempt("full insert", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("maxlen neg", lambda: deque([], -1))
attempt("maxlen str", lambda: deque([], "3"))
attempt("concat list", lambda: deque([1]) + [2])
attempt("rotate str", lambda: deque([1]).rotate("a"))
attempt("not iterable", lambda: deque(5))
attempt("mul str", lambda: deque([1]) * "a")


def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)


attempt("mutate", mutate)
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, "done"))
