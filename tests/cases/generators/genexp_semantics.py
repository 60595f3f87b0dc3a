# Generator expression scoping: the first iterable is evaluated eagerly, the rest lazily.
x = [1, 2, 3]
g = (i * 10 for i in x)
x = [7, 8]
print(list(g))
y = 5
h = (i + y for i in range(3))
y = 100
print(list(h))
def make():
    data = [1, 2]
    g = (d for d in data)
    data.append(3)
    return list(g)
print(make())
try:
    gen = (1 / i for i in [1, 0])
    print(next(gen))
    next(gen)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (i for i in 5)
except TypeError as e:
    print("TypeError:", e)
