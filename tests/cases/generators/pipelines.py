# Generator pipelines: chained transforms over a stream, take-while, windowing.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(10, squared(evens(numbers())))))
def window(src, k):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(7), 3)))
def running_sum(src):
    t = 0
    for x in src:
        t += x
        yield t
print(list(running_sum(take(10, numbers()))))
total = sum(take(100000, evens(numbers())))
print(total)
