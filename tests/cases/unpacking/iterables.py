# Unpacking from generators, dicts, sets of ints, strings and custom iterators; lazy consumption.
a, b, c = (i * i for i in range(3))
print(a, b, c)
k1, k2 = {"x": 1, "y": 2}
print(k1, k2)
v1, v2, v3 = {3, 1, 2}
print(v1, v2, v3)
(a, b), (c, d) = {"ab": 0, "cd": 1}.keys()
print(a, b, c, d)
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
x, y, *zs = Count(5)
print(x, y, zs)
try:
    p, q = Count(3)
except ValueError as e:
    print("ValueError:", e)
