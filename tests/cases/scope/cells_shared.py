# Cell variables shared between multiple closures and modified after creation.
def pair():
    val = 0
    def get():
        return val
    def set_(v):
        nonlocal val
        val = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
get2, set2 = pair()
print(get2(), get())
def outer(n):
    def level1():
        def level2():
            return n * 2
        return level2
    return level1()()
print(outer(21))
def loop_cells():
    fns = []
    for i in range(3):
        def mk(k):
            return lambda: k + i
        fns.append(mk(i * 10))
    return [f() for f in fns]
print(loop_cells())
