# ** and * unpacking in calls: duplicates, order, non-string keys, mixing with explicit arguments.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1], 2, *(3, 4), a=1, **{"b": 2}, c=3, **{"d": 4}))
def g(a, b, c):
    return a, b, c
print(g(*[1, 2], **{"c": 3}), g(**{"c": 3, "a": 1, "b": 2}), g(1, *"bc"))
for call in [lambda: g(1, **{"a": 2, "b": 3, "c": 4}), lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(**{1: 2}),
             lambda: g(*[1, 2, 3, 4])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
