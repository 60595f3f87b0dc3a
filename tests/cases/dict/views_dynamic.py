# dict views are live: they reflect later insertions and deletions; view comparisons and lengths.
d = {"a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
d["c"] = 3
del d["a"]
print(list(ks), list(vs), list(its), len(ks), len(vs), len(its))
print("b" in ks, 2 in vs, ("c", 3) in its, ("c", 4) in its)
print(ks == {"b", "c"}, its == {("b", 2), ("c", 3)}, sorted(ks | {"z"}), ks - {"b"}, ks ^ {"c", "q"} == {"b", "q"})
d2 = dict(d)
print(d2 == d, d2.keys() == d.keys(), list(reversed(d.keys())))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
