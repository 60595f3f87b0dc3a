# Exact unpacking error messages.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def u2(v):
    a, b = v
def u3(v):
    a, b, c = v
def ustar(v):
    a, b, *c = v
show(lambda: u2([1, 2, 3]))
show(lambda: u2([1]))
show(lambda: u3((1, 2)))
show(lambda: u2(None))
show(lambda: u2(1.5))
show(lambda: ustar([1]))
show(lambda: u2("abc"))
show(lambda: u2({1: 2}))
show(lambda: u2(x for x in range(5)))
