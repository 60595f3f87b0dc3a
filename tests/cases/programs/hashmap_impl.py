# An open-addressing hash map class (linear probing, tombstones, resizing) checked against dict.
class HashMap:
    EMPTY = object()
    DELETED = object()
    def __init__(self, capacity=8):
        self.keys = [HashMap.EMPTY] * capacity
        self.vals = [None] * capacity
        self.size = 0
        self.used = 0
        self.resizes = 0
    def _slot(self, key):
        mask = len(self.keys) - 1
        i = hash(key) & mask
        first_free = None
        while True:
            k = self.keys[i]
            if k is HashMap.EMPTY:
                return (first_free if first_free is not None else i), False
            if k is HashMap.DELETED:
                if first_free is None:
                    first_free = i
            elif k == key:
                return i, True
            i = (i + 1) & mask
    def __setitem__(self, key, val):
        i, found = self._slot(key)
        if not found:
            if self.keys[i] is HashMap.EMPTY:
                self.used += 1
            self.size += 1
            self.keys[i] = key
        self.vals[i] = val
        if self.used * 3 >= len(self.keys) * 2:
            self._resize()
    def __getitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        return self.vals[i]
    def __delitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        self.keys[i] = HashMap.DELETED
        self.vals[i] = None
        self.size -= 1
    def __contains__(self, key):
        return self._slot(key)[1]
    def __len__(self):
        return self.size
    def _resize(self):
        items = [(k, v) for k, v in zip(self.keys, self.vals) if k is not HashMap.EMPTY and k is not HashMap.DELETED]
        cap = len(self.keys) * (2 if self.size * 2 >= len(self.keys) else 1)
        self.keys = [HashMap.EMPTY] * cap
        self.vals = [None] * cap
        self.size = self.used = 0
        self.resizes += 1
        for k, v in items:
            self[k] = v
    def items(self):
        return [(k, v) for k, v in zip(self.keys, self.vals) if k is not HashMap.EMPTY and k is not HashMap.DELETED]

m = HashMap()
ref = {}
state = 5
for step in range(20000):
    state = (state * 1103515245 + 12345) % 2**31
    k = (state >> 4) % 3000
    op = state % 10
    if op < 6:
        m[k] = step
        ref[k] = step
    elif op < 9:
        if k in ref:
            del m[k]
            del ref[k]
    else:
        assert (k in m) == (k in ref)
print(len(m), len(ref), sorted(m.items()) == sorted(ref.items()), m.resizes, len(m.keys))
t = HashMap()
for key in [(1, 2), -1, -2, 2**64, 0, 3.0, 3, (1, 2)]:
    t[key] = str(key)
print(len(t), t[3], t[(1, 2)], -1 in t, -2 in t, 4 in t)
try:
    t["missing"]
except KeyError as e:
    print("KeyError:", e)
