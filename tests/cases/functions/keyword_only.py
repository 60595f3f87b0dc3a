# Keyword-only and positional-only parameters and their errors.
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=0, b=5))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def mix(a, /, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(mix(1, c=0), mix(1, 2, 3, 4, c=5, a=6))
for call in [lambda: kw(1, 2), lambda: kw(1), lambda: pos(1, b=2, c=3, d=4), lambda: pos(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
