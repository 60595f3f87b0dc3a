# Floats stored into containers in hot loops (boxing when they escape into lists and dicts).
vals = []
for i in range(200000):
    vals.append(i * 0.5)
    if len(vals) > 1000:
        vals = vals[-10:]
print(len(vals), vals[-1])
d = {}
for i in range(100000):
    d[i % 100] = i / 3
print(len(d), repr(d[99]))
