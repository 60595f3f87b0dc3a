# tuples: creation, single-element, indexing, slicing, concat, count/index, comparison.
t = (1, 2, 3, 2)
print(t, (1,), (), tuple(), tuple([1, 2]), tuple("ab"), 1, (1))
print(t[0], t[-1], t[1:3], t[::-1], t + (4,), t * 2, len(t), 2 in t)
print(t.count(2), t.index(3), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print((1, "a") == (1, "a"), (1, [2]) == (1, [2]))
x = 1, 2
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[4]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
