import pprint
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, namedtuple, UserDict, UserList
from dataclasses import dataclass, field
import types

data = {
    "name": "widget",
    "tags": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
    "dims": (10, 20, 30),
    "nested": {"a": [1, 2, {"b": (3, 4, [5, 6, 7] * 5)}], "c": None, "d": 1.5},
    "flags": {True, False},
    "empty": [[], {}, (), set(), frozenset()],
    3: "int key",
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=20, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(40)), compact=True, width=30, indent=3))
print(pprint.pformat([list(range(8))] * 6, compact=True, width=40))
print(pprint.pformat((1,)), pprint.pformat(((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14),), width=20))
print(pprint.pformat({"k": (123456789,)}, width=10))

# sets, frozensets
pprint.pprint(set(range(30)))
pprint.pprint(frozenset(range(30)), width=30)
pprint.pprint({"s": frozenset("abcdefghijklmnopqrstuvwxyz")}, width=40)
pprint.pprint({1, "a", 2.5, None, (1, 2)}, width=10)

# long strings
s = "The quick brown fox jumps over the lazy dog. " * 6
pprint.pprint(s)
pprint.pprint([s])
pprint.pprint({"text": s, "n": 1}, width=50)
pprint.pprint("line one\nline two is a bit longer\n" * 4, width=30)
pprint.pprint(("averyveryveryveryveryverylongwordwithnospaces" * 3,), width=40)
pprint.pprint("short")
pprint.pprint(["x" * 30, "y y " * 20], width=25)

# bytes
pprint.pprint(bytes(range(60)))
pprint.pprint([bytes(range(40, 100))], width=40)
pprint.pprint(bytearray(b"hello world, this is a bytearray " * 3), width=40)
pprint.pprint(b"abc", width=1)

# collections
c = Counter("abracadabra simsalabim hocus pocus")
pprint.pprint(c)
pprint.pprint(c, width=30)
dd = defaultdict(list)
for i, w in enumerate("one two three four five six seven eight nine ten".split()):
    dd[len(w)].append(w * 3)
pprint.pprint(dd)
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int))
od = OrderedDict((k, k * 7) for k in "zyxwvutsrq")
pprint.pprint(od)
pprint.pprint(od, width=30)
pprint.pprint(OrderedDict())
dq = deque(range(30))
pprint.pprint(dq)
pprint.pprint(deque(range(30), maxlen=35))
pprint.pprint(deque())
cm = ChainMap({"a" * 20: 1, "b" * 20: 2}, {"c" * 30: [1, 2, 3] * 5})
pprint.pprint(cm)
pprint.pprint(UserDict({"k%d" % i: i * 1000 for i in range(12)}))
pprint.pprint(UserList(range(35)))

Point = namedtuple("Point", "x y z")
pts = [Point(i, i * i, "p" * i) for i in range(6)]
pprint.pprint(pts)
pprint.pprint(Point(1, ["a" * 40, "b" * 40], {"q": 1}), width=40)

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)

@dataclass
class Order:
    id: int
    items: list

o = Order(1, [Item("hammer", 9.99, ["tool", "steel"]), Item("nails" * 10, 0.05, list(range(20)))])
pprint.pprint(o)
pprint.pprint(o, width=50)
pprint.pprint(Item("x", 1.0))

class Custom:
    def __repr__(self):
        return "Custom(" + "z" * 90 + ")"
pprint.pprint([Custom(), 1])

ns = types.SimpleNamespace(alpha=list(range(20)), beta="b" * 50, gamma={"x": 1})
pprint.pprint(ns)

# recursion
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), 'ID'))
d = {"self": None}
d["self"] = d
print(pprint.saferepr(d).startswith("{'self': <Recursion on dict with id="))
print(pprint.isrecursive(r), pprint.isrecursive([1, 2]))
print(pprint.isreadable([1, "a", (2.5,)]), pprint.isreadable([object]), pprint.isreadable(r))
print(pprint.saferepr([1, {"b": 2, "a": (3,)}]))

# underscore numbers, depth
pprint.pprint([10 ** 12, 12345, -9876543210], underscore_numbers=True)
pprint.pprint({"deep": [[[[1]]]], "wide": [[1, [2]]]}, depth=3)
pprint.pprint([[[[[1]]]]], depth=1)
pp = pprint.PrettyPrinter(indent=2, width=30, depth=4)
print(pp.pformat({"a": list(range(12)), "b": {"c": {"d": {"e": {"f": 1}}}}}))
print(pp.isreadable({"a": 1}), pp.isrecursive({"a": 1}))

import io
buf = io.StringIO()
pprint.pprint({"x": 1}, stream=buf)
print(repr(buf.getvalue()))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
# mixed uncomparable keys still print
pprint.pprint({1: "a", "b": 2, None: 3, (1,): 4}, width=20)
