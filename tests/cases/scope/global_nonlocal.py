# global and nonlocal declarations, shadowing, and reading globals from functions.
x = "global x"
def read():
    return x
def shadow():
    x = "local x"
    return x
def write():
    global x
    x = "rewritten"
print(read(), shadow(), x)
write()
print(x)
def outer():
    y = 1
    def mid():
        nonlocal y
        y += 1
        def inner():
            nonlocal y
            y *= 10
        inner()
    mid()
    return y
print(outer())
def make_global():
    global created_later
    created_later = 42
make_global()
print(created_later)
