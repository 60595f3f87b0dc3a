# Exceptions raised and caught in hot loops (exception table + tier-2 side exits).
errors = 0
total = 0
for i in range(20000):
    try:
        total += 100 // (i % 10)
    except ZeroDivisionError:
        errors += 1
print(total, errors)
d = {i: i for i in range(0, 1000, 3)}
hits = misses = 0
for i in range(1000):
    try:
        hits += d[i]
    except KeyError:
        misses += 1
print(hits, misses)
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
print(sum(parse(s) for s in ["1", "x", "22", "", "333", "4.5"] * 1000))
