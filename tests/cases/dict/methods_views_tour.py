d = {"b": 1, "a": 2, "c": 3}
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]; d["a"] = 9; d["d"] = 0
print(d, d.get("x"), d.get("x", 5), d.setdefault("e", []), d.setdefault("b", 100), d)
print(d.pop("e"), d.pop("zz", "dflt"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, c=3), dict(zip("ab", [1, 2])))
k = d.keys(); v = d.values(); it = d.items()
d["new"] = 1
print(k, v, it, len(k), "x" in k, 1 in v, ("x", 1) in it)
print(k & {"x", "q"}, k | {"q"}, k - {"x"}, k ^ {"x", "w"}, it & {("x", 1)}, sorted(k), reversed(d) is not None, list(reversed(d)))
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): 3, None: 4, 2.5: 5, frozenset([1]): 6})
e = {i: i * i for i in range(10)}
for i in range(0, 10, 3):
    del e[i]
e[0] = "back"
print(e, list(e.items())[:3])
m = {"x": {"y": [1, {"z": None}]}, "q": (1,), "s": "str", "f": 1.5}
print(m, m["x"]["y"][1]["z"], str(m) == repr(m))
print({} == {}, {1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print("TypeError:", e)
a = {"a": 1, "b": 2}; b = {"b": 3, "c": 4}
print(a | b, b | a, {**a, **b}, {**b, "a": 0})
a |= b; print(a)
c = a.copy(); c["zz"] = 1; print(a, c, dict(a) == a, dict(a) is a)
try:
    for key in a:
        a["new" + key] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts, key=counts.get))
print(len({}), bool({}), bool({0: 0}), list({}.items()), {1: 1}.keys() == {1}, {1: 1}.items() == {(1, 1)})
dd = {}
dd[1] = 1; dd[2] = 2; del dd[1]; dd[1] = 1
print(dd, next(iter(dd)), next(iter(dd.values())), next(iter(dd.items())))
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
r = {}; r["self"] = r; print(r)
print({1: 2}.__contains__(1), d.__getitem__("x"), dict.__name__)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
kd = {K(1): "one", K(2): "two"}
print(kd[K(1)], K(3) in kd, kd)
class M(dict):
    def __missing__(self, key):
        return key * 2
mm = M(a=1)
print(mm["a"], mm["zz"], mm, len(mm), isinstance(mm, dict), type(mm).__name__)
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda x: x[1], reverse=True))
