# Exceptions raised inside comprehensions and generator expressions propagate with the right type.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: [1 // x for x in [1, 0]])
show(lambda: {x: {}[x] for x in "a"})
show(lambda: sum(int(s) for s in ["1", "two"]))
show(lambda: [y for y in undefined_iterable])
show(lambda: {x for x in 5})
show(lambda: [x for x in [1, 2] if x.missing])
show(lambda: [a for a, b in [(1, 2), (3,)]])
