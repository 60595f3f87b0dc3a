# Starred assignment targets and starred expressions in calls, lists, tuples, sets and dicts.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(h, *t), u = [1, 2, 3], 4
print(h, t, u)
print([*range(3), *"ab", *(9,)], (*[1, 2], 3), {*[1, 2], *{3}}, {**{"a": 1}, "b": 2})
print(*[1, 2, 3], sep="-")
def f(*args):
    return len(args)
print(f(*range(10), *[1]))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
