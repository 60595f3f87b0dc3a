# Finally blocks run innermost-first during propagation through several frames.
def a():
    try:
        b()
    finally:
        print("finally a")
def b():
    try:
        c()
    finally:
        print("finally b")
def c():
    try:
        raise OSError("from c")
    finally:
        print("finally c")
try:
    a()
except OSError as e:
    print("caught", e)
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
g = gen_cleanup()
for v in g:
    print("got", v)
    break
print("after break")
g.close()
print("after close")
