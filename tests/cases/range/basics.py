# range objects: len, indexing, slicing, containment, negative steps, equality, repr.
r = range(10)
print(r, len(r), r[3], r[-1], r[2:5], r[::-1], list(r[::3]))
print(range(1, 10, 2), list(range(1, 10, 2)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
print(5 in r, 10 in r, -1 in r, 3.0 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) == range(0, 3, 1))
print(len(range(-5, 5, 3)), range(10**20)[-1], 10**19 in range(10**20))
print(r.index(7), r.count(3), range(1, 100, 7).index(50), sum(range(101)))
print(range(1, 4).start, range(1, 4).stop, range(1, 4, 2).step, repr(range(0, 5, 2)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError:", e)
