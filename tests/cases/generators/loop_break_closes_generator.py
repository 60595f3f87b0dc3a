# Leaving a `for x in gen(...)` loop early drops the generator the call
# made, and CPython closes it right there (its finally blocks run before the
# next statement); a generator still held by __main__ is closed at exit.
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)
for v in g("break"):
    print("got", v)
    break
print("after break")
def f():
    for v in g("return"):
        return v
print("returned", f())
try:
    for v in g("raise"):
        raise ValueError("boom")
except ValueError as e:
    print("handler", e)
def h():
    for v in g("raise-out"):
        raise KeyError("k")
try:
    h()
except KeyError:
    print("outer handler")
for v in g("exhaust"):
    pass
print("after exhaust")
saved = g("saved")
for v in saved:
    break
print("saved still open", next(saved))
class K:
    def items(self):
        with Res("method") as r:
            yield from g("inner")
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
for v in K().items():
    break
print("after method")
def nested_loops():
    for a in g("outer"):
        for b in g("inner2"):
            return a, b
print(nested_loops())
def gen_in_gen():
    for v in g("in-gen"):
        yield v
x = gen_in_gen()
print(next(x))
x.close()
print("after close")
for i in range(3):
    for v in g(f"loop{i}"):
        if i == 1:
            continue
        break
kept = g("kept-to-exit")
next(kept)
print("end of main")
