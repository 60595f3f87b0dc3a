# json: dumps output byte for byte (indent, separators, sort_keys, ensure_ascii, key conversion, floats, errors, custom encoders)
import json
from collections import OrderedDict
data = {"name": "Ann", "age": 30, "scores": [1, 2.5, -3e20, 1e-7], "ok": True, "none": None, "nested": {"x": [], "y": {}, "z": [{"q": (1, 2)}]}, "uni": "é😀\n\t\"\\\x01\x7f/", 5: "int key", 2.5: "float key", True: "bool key", None: "none key"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps({"b": 1, "a": [3, {"d": 1, "c": 2}]}, sort_keys=True, indent=4))
print(json.dumps([1, 2], indent=0), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps([[]], indent=2))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(-float('inf')), json.dumps(1.0), json.dumps(0.1 + 0.2), json.dumps(10**20), json.dumps(-0.0))
for bad in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1,2): 1}), lambda: json.dumps(set()), lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True), lambda: json.dumps(b"x")]:
    try: print(bad())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps({(1,2): 1, "a": 2}, skipkeys=True), json.dumps(set([3]), default=list), json.dumps(OrderedDict([("z", 1), ("a", 2)])))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2+1j, cls=E), E(indent=1).encode({"a": [1]}), list(E().iterencode([1, "a"])))
import enum
class C(enum.IntEnum):
    A = 1
class F(float): pass
class S(str): pass
print(json.dumps([C.A, F(1.5), S("s"), True, {C.A: 1}]))
print(json.dumps("\u2028\ud800"), json.dumps("\U0001f600"), json.dumps("abc", ensure_ascii=False))
print(repr(json.dumps({"a": 1}, separators=(",", ":"))), repr(json.dumps([1, [2, 3]], indent=1)))
print(json.JSONDecodeError.__mro__[1], json.dumps(None), json.dumps("x" * 3))
