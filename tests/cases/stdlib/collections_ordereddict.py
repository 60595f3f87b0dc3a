# collections.OrderedDict: move_to_end, popitem(last=), order-aware equality, LRU
from collections import OrderedDict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()))
print(od.keys(), od.values(), od.items())
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)], z=7)
print(od)
print(list(reversed(od)), list(reversed(od.items())))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), OrderedDict.fromkeys("abc", 0))
cp = od.copy()
cp["new"] = 1
print(type(cp).__name__, cp, od)
print(od | {"q": 1}, type(od | {"q": 1}).__name__)
print("x" in od, od.get("nope", "dflt"), od.setdefault("w", 5), od.pop("x"), od)
rec = OrderedDict(a=1)
rec["me"] = rec
print(rec)
for name, f in [("empty popitem", lambda: OrderedDict().popitem()),
                ("missing move", lambda: OrderedDict().move_to_end("k")),
                ("too many args", lambda: OrderedDict({}, {}))]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(name, type(e).__name__, e)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get(1))
cache.put(3, 3)
print(cache.get(2))
cache.put(4, 4)
print(cache.get(1), cache.get(3), cache.get(4))
print(cache)
print(isinstance(od, dict), "a" in od.keys(), ("z", 7) in od.items(), 7 in od.values())
