# bisect: bisect_left/right, insort_left/right, lo/hi bounds, key=, grading table
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 1, 3, 4, 5, 9, 10):
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 4), bisect_right(a, 4, 0, 3), bisect_left(a, 4, 1, 2), bisect_right([], 3))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, v)
print(b)
insort_left(b, 5)
insort_right(b, 5.0)
insort_left(b, 1.0)
print(b)
c = [1, 5, 9]
insort(c, 3, 0, 2)
print(c)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect_right(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [("ann", 21), ("bob", 25), ("cy", 25), ("dee", 30)]
ages = lambda r: r[1]
print(bisect_left(records, 25, key=ages), bisect_right(records, 25, key=ages), bisect_left(records, 99, key=ages))
insort(records, ("eve", 25), key=ages)
insort_left(records, ("fay", 25), key=ages)
print(records)


class V:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        V.calls += 1
        return self.v < other.v

    def __repr__(self):
        return "V(%d)" % self.v


vs = [V(i) for i in range(0, 100, 3)]
print(bisect_left(vs, V(31)), bisect_right(vs, V(30)), V.calls)
for f in (lambda: bisect_left(a, 1, -1), lambda: bisect_right(5, 1), lambda: insort((1,), 2), lambda: bisect_left(a, 1, "x")):
    try:
        print(f())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# a sorted list kept by insort matches sorted()
state = 7
vals = []
srt = []
for i in range(500):
    state = (state * 1103515245 + 12345) % 2147483648
    v = state % 1000
    vals.append(v)
    insort(srt, v)
print(srt == sorted(vals), srt[:5], srt[-5:])
