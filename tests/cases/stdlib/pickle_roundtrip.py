import pickle
from collections import OrderedDict
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
class Custom:
    def __init__(self, v): self.v = v; self.cache = "big"
    def __getstate__(self):
        s = self.__dict__.copy(); del s["cache"]; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.cache = "rebuilt"
class Red:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (Red, (self.a, self.b))
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64, -2**100, 3.14, -0.0, float("inf"), "", "a", "héllo", "x" * 300, b"", b"ab", b"y" * 300, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {"a": 1}, {"a": 1, "b": [2, 3]}, set(), {1, 2}, frozenset(), frozenset({1}), bytearray(b"ba"), Point(1, 2), [Point(1, 2), Point(3, 4)], list(range(1200)), int, Point, len]
for v in vals:
    for proto in (0, 2, 3, 4, 5):
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        same = back == v or (v != v)
        if proto == 4 or not same:
            print(proto, repr(v)[:40], data[:60], len(data), same)
shared = [1, 2]
obj = {"x": shared, "y": shared, "t": (shared, shared)}
data = pickle.dumps(obj); back = pickle.loads(data)
print(data, back, back["x"] is back["y"], back["t"][0] is back["x"])
rec = []; rec.append(rec); b = pickle.loads(pickle.dumps(rec)); print(b[0] is b)
s = pickle.loads(pickle.dumps(Slotted())); print(s.a, s.b, pickle.dumps(Slotted()))
c = pickle.loads(pickle.dumps(Custom(5))); print(c.v, c.cache, pickle.dumps(Custom(5)))
r = pickle.loads(pickle.dumps(Red(1, "z"))); print(r.a, r.b, pickle.dumps(Red(1, "z")))
print(pickle.loads(pickle.dumps(OrderedDict(a=1))), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
import io
f = io.BytesIO(); pickle.dump({"k": [1.5]}, f); f.seek(0); print(pickle.load(f))
