# Generator object states: running/suspended/closed via behaviour; re-entrancy error.
def g():
    yield 1
gen = g()
print(list(gen), list(gen))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def with_finally():
    try:
        yield "a"
    finally:
        print("finally when closed")
w = with_finally()
next(w)
w.close()
print("after close")
w.close()
print(list(w))
def counter():
    i = 0
    while True:
        i += 1
        yield i
c = counter()
for _ in range(100000):
    v = next(c)
print(v)
