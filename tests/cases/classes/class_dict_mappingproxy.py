# C.__dict__ / vars(C) is a read-only live mappingproxy.
class A:
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__, type(vars(A)).__name__, d["x"], d.get("nope", 5), "m" in d, len(d) > 3)
A.y = 2
print("y" in d, d["y"], sorted(k for k in d if not k.startswith("__")))
for bad in (lambda: d.__setitem__("z", 1), lambda: d.update({}), lambda: d.pop("x")):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d["z"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
print(sorted(d.keys())[:2], list(d.values())[1], [k for k, v in d.items() if k == "x"])
c = d.copy()
print(type(c).__name__, c["x"])
MP = type(type.__dict__)
p = MP({"a": 1})
print(p, repr(p), str(p), p == {"a": 1}, p | {"b": 2}, list(p), len(p))
try:
    MP([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(dict(A.__dict__)["x"], {**A.__dict__}["y"])
class B(A):
    z = 3
print([k for k in B.__dict__ if not k.startswith("__")], vars(B)["z"])
