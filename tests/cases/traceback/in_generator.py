# Uncaught exception propagating out of a generator consumed by a for loop.
def gen():
    yield 1
    yield 2
    raise LookupError("generator failed")
for v in gen():
    print(v)
