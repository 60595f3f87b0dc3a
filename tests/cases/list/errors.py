# Exact list error messages.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: [1, 2, 3][3])
show(lambda: [][0])
show(lambda: [1][-2])
show(lambda: [1]["0"])
show(lambda: [1] + (2,))
show(lambda: [1] * 1.5)
show(lambda: [1].foo)
show(lambda: [3, 1].sort(key=1))
show(lambda: [].remove(0))
def setitem():
    l = [1]
    l[5] = 0
show(setitem)
def delitem():
    l = []
    del l[0]
show(delitem)
show(lambda: list(5))
show(lambda: [1, 2] < [1, "a"])
