# The ^^^ / ~~^~~ lines under traceback entries (CPython 3.11), through the
# traceback module, under every tier: the loop makes traces form.
import traceback


def binop(a):
    return a[1] + 1/0
def powers(x):
    return (x) ** "s"
def method(x):
    return x.upper().lower().nope()
def store(lst):
    lst[10] = 3
def attr_store(o):
    o.attr.deeper = 1
def failed_assert(x):
    assert x == 1, "m"
def chained(x):
    return 0 < x < "a"
def spaced(x):
    return x  +  [1]
def subscript(d):
    return d[ "key" ]
def multiline():
    return sum(
        [1, "a"]
    )
def whole_line():
    undefined_name


cases = [lambda: binop([1, 2]), lambda: powers(2), lambda: method("a"), lambda: store([]),
         lambda: attr_store(3), lambda: failed_assert(0), lambda: chained(1), lambda: spaced(1),
         lambda: subscript({}), multiline, whole_line]
seen = {}
for i in range(40):
    for f in cases:
        try:
            f()
        except Exception:
            text = traceback.format_exc().replace(__file__, "FILE")
            if seen.setdefault(f, text) != text:
                print("traceback changed at round", i)
for f in cases:
    print(seen[f])
