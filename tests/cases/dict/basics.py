# dict basics: insertion order, get/set/del, in, len, KeyError repr, update, overwrite order.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), "a" in d, "z" in d, d.get("z"), d.get("z", 0), d["a"])
del d["a"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["a"] = 99
print(d)
d.update({"x": 1}, y=2)
d.update([("z", 0)])
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}), dict(zip("ab", [1, 2])))
