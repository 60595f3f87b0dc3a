# Iterating dicts: keys, values, items, sorted by value, modification during iteration error.
scores = {"ann": 91, "bob": 78, "cid": 85, "dee": 91, "eve": 60}
for name in scores:
    print(name, scores[name])
for name, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:5}{s:4}")
print(sum(scores.values()), max(scores, key=scores.get), min(scores.values()))
inv = {}
for k, v in scores.items():
    inv.setdefault(v, []).append(k)
print(inv)
try:
    for k in scores:
        scores[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({"a": 1, "b": 2, "c": 3})))
