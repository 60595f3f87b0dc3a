# Slice assignment and deletion, extended slices with steps, length mismatch errors.
l = list(range(10))
l[2:5] = ["a", "b"]; print(l)
l[:0] = [-1]; print(l)
l[len(l):] = [99]; print(l)
l[::2] = ["E"] * len(l[::2]); print(l)
del l[1::3]; print(l)
del l[:2]; print(l)
l[1:3] = []; print(l)
m = [1, 2, 3]
m[1:1] = [7, 8, 9]; print(m)
m[::-1] = m[:]; print(m)
m[:] = "xyz"; print(m)
try:
    m[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
n = list(range(5))
del n[-1]; del n[0]; print(n)
n[-1] = "last"; print(n)
try:
    n[10] = 1
except IndexError as e:
    print("IndexError:", e)
