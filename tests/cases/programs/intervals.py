# Interval algorithms: merging, intersection of two lists, free slots in a calendar, maximum overlap sweep.
def merge(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
def hm(m):
    return f"{m // 60:02}:{m % 60:02}"
def parse(s):
    a, b = s.split("-")
    return tuple(int(x[:2]) * 60 + int(x[3:]) for x in (a, b))
alice = [parse(s) for s in ["09:00-10:30", "12:00-13:00", "10:15-11:00", "16:00-17:30"]]
bob = [parse(s) for s in ["08:30-09:15", "11:30-12:30", "14:00-16:30"]]
ma, mb = merge(alice), merge(bob)
print("alice busy:", [f"{hm(s)}-{hm(e)}" for s, e in ma])
print("bob busy:  ", [f"{hm(s)}-{hm(e)}" for s, e in mb])
print("both busy: ", [f"{hm(s)}-{hm(e)}" for s, e in intersect(ma, mb)])
busy = merge(ma + mb)
day = (8 * 60, 18 * 60)
free, t = [], day[0]
for s, e in busy:
    if s > t:
        free.append((t, s))
    t = max(t, e)
if t < day[1]:
    free.append((t, day[1]))
print("free for both:", [f"{hm(s)}-{hm(e)} ({e - s}m)" for s, e in free])
print("first 45-minute slot:", next((hm(s) for s, e in free if e - s >= 45), None))
def max_overlap(iv):
    events = sorted([(s, 1) for s, _ in iv] + [(e, -1) for _, e in iv])
    cur = best = 0
    when = None
    for t, d in events:
        cur += d
        if cur > best:
            best, when = cur, t
    return best, when
meetings = [(i * 37 % 300, i * 37 % 300 + 20 + i % 40) for i in range(40)]
print("max overlap:", max_overlap(meetings), "merged count:", len(merge(meetings)))
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (10, 11)]), merge([]), merge([(5, 5)]))
