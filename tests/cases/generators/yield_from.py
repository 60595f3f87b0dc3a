# yield from: delegation, return values, nested delegation, send passes through.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield f"node{n}"
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(3)))
def echo():
    while True:
        v = yield
        if v is None:
            return
        print("echo", v)
def relay():
    yield from echo()
r = relay()
next(r)
r.send("a")
r.send("b")
try:
    r.send(None)
except StopIteration:
    print("relay finished")
