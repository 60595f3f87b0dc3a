# tuple() from iterators, multiplication by zero/negative, nested repr, identity of empty tuple contents.
print(tuple(iter([1, 2])), tuple(x for x in "ab"), tuple({3: 0, 1: 0}), tuple(range(0)))
t = (1, 2)
print(t * 0, t * -1, t * 3, 0 * t, (t,) * 2)
print(((1, 2), (3, (4, (5,)))), ((),), ((), ()), (None,), ("a",))
print(len(((1, 2), 3)), (1, 2) + (), () + ())
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
a, = (5,)
print(a)
print((1, 2, 3)[::-1], (1, 2, 3)[-2:], (1, 2, 3)[5:])
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
print((1, 2) == (1, 2.0), (1, 2) != [1, 2])
