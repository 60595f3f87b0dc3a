# An LRU cache built from a dict and a hand-made doubly linked list; simulated workload with hit ratios.
class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None

class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.prev, n.next = self.head, self.head.next
        self.head.next.prev = n
        self.head.next = n
    def get(self, key):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return None
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.val
    def put(self, key, val):
        n = self.map.get(key)
        if n:
            n.val = val
            self._unlink(n)
            self._push_front(n)
            return
        if len(self.map) >= self.cap:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        n = Node(key, val)
        self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out

c = LRU(3)
for op in ["put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get c", "put a 10", "get a", "put e 5"]:
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
        print(f"{op:<10} -> {c.keys()}")
    else:
        print(f"{op:<10} -> {c.get(parts[1])} {c.keys()}")
def simulate(cap, n):
    cache = LRU(cap)
    state = 7
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = (state >> 10) % 100
        if k > 60:
            k = k % 20
        if cache.get(k) is None:
            cache.put(k, k * k)
    return cache.hits, cache.misses, cache.evictions
for cap in (5, 20, 50, 100):
    h, m, e = simulate(cap, 20000)
    print(f"cap {cap:>3}: hits {h:>5} misses {m:>5} evictions {e:>5} ratio {h / (h + m):.3f}")
