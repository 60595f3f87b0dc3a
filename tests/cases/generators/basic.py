# Generator functions: yield, laziness, state between yields, exhaustion, return value.
def count_to(n):
    print("start")
    i = 1
    while i <= n:
        yield i
        i += 1
    print("end")
    return "finished"
g = count_to(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
for x in fib():
    if x > 1000:
        print("first fib over 1000:", x)
        break
