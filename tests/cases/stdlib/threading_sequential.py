import threading, queue, time
results = []
lock = threading.Lock()
counter = 0
def worker(n):
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
    results.append(n * n)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results), counter, threads[0].is_alive(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threads[0].name, threading.active_count())
q = queue.Queue()
def producer():
    for i in range(5): q.put(i)
    q.put(None)
def consumer(out):
    while True:
        item = q.get()
        if item is None: break
        out.append(item * 10)
        q.task_done()
out = []
p = threading.Thread(target=producer); c = threading.Thread(target=consumer, args=(out,))
p.start(); c.start(); p.join(); c.join()
print(out, q.empty(), q.qsize())
pq = queue.PriorityQueue(); [pq.put(x) for x in (5, 1, 3)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in "abc"]; print(lq.get(), lq.get_nowait())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
bq = queue.Queue(maxsize=1); bq.put(1)
try:
    bq.put_nowait(2)
except queue.Full:
    print("full", bq.full())
e = threading.Event(); print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait(), e.is_set())
class MyThread(threading.Thread):
    def __init__(self, v):
        super().__init__(name=f"worker-{v}")
        self.v = v; self.result = None
    def run(self):
        self.result = sum(range(self.v))
ts = [MyThread(v) for v in (10, 100)]
for t in ts: t.start()
for t in ts: t.join()
print([(t.name, t.result) for t in ts])
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
sem = threading.Semaphore(2)
with sem: print("sem ok", sem._value if hasattr(sem, "_value") else "")
local = threading.local(); local.x = 5; print(local.x)
def boom(): raise ValueError("in thread")
t = threading.Thread(target=boom); t.start(); t.join()
print("main continues")
