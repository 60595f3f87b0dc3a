# dict methods: pop, popitem (LIFO), setdefault, fromkeys, copy, clear, items views.
d = dict.fromkeys(["x", "y", "z"], 0)
print(d, dict.fromkeys(range(3)))
print(d.pop("y"), d.pop("nope", "dflt"), d)
d["w"] = 5
print(d.popitem(), d)
print(d.setdefault("x", 100), d.setdefault("new", []), d)
d["new"].append(1)
c = d.copy()
c["x"] = -1
print(d, c, c["new"] is d["new"])
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("k")
except KeyError as e:
    print("KeyError:", e)
keys = d.keys()
d["late"] = 1
print(list(keys), len(keys), "late" in keys)
print(sorted(d.keys()), ("x", 0) in d.items(), ("x", 1) in d.items())
