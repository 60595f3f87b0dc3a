# Steady-state churn: a million short-lived small lists, only a few kept alive.
keep = []
total = 0
for i in range(1000000):
    l = [i, i + 1]
    total += l[1] - l[0]
    if i % 100000 == 0:
        keep.append(l)
print(total, keep[-1], len(keep))
