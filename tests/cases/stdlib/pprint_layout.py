import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {"name": "Widget", "tags": ["a", "b", "c"] * 6, "dims": {"w": 10, "h": 20.5, "d": None},
        "nested": [{"id": i, "vals": list(range(i * 3))} for i in range(5)], 3: (1,), "z": (1, 2, 3),
        "s": {5, 3, 1, 9}, "long": "word " * 30}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False)
pprint.pp({"b": 1, "a": 2})
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.saferepr({"a": [1, 2]}), pprint.isreadable([1, object()]), pprint.isrecursive([1]))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).split("id=")[0])
print(pprint.saferepr(l)[:20])
pprint.pprint(OrderedDict((str(i) * 10, i) for i in range(8)))
dd = defaultdict(list); dd.update({("key%d" % i): list(range(i)) for i in range(8)})
pprint.pprint(dd)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog and more text here"))
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))
@dataclass
class Pt:
    x: int
    y: list = field(default_factory=list)
    name: str = "point"
pprint.pprint(Pt(1, list(range(30)), "a rather long name for the point"))
pprint.pprint([Pt(i) for i in range(4)])
pprint.pprint((1,))
pprint.pprint(("x" * 50, "y" * 50))
pprint.pprint({"k": frozenset(range(25))})
pprint.pprint([[1, 2, [3, 4, [5, 6, "x" * 70]]]])
pprint.pprint("a long string " * 10)
pprint.pprint({1: "x", "a": 2, None: 3, 2.5: 4} if False else {1: "one", 2: "two"})
pprint.pprint([{1, "a", 2}] * 1)
pp = pprint.PrettyPrinter(width=30)
pp.pprint({"alpha": 1, "beta": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]})
print(pp.pformat(12345678901234567890), pprint.pformat(12345678, underscore_numbers=True))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print(e)
