# Class-based iterators vs generator-based ones produce the same sequences.
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return Range2It(self.a, self.b)
class Range2It:
    def __init__(self, a, b):
        self.cur, self.b = a, b
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.b:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
def range2(a, b):
    while a < b:
        yield a
        a += 1
r = Range2(3, 8)
print(list(r), list(r), list(range2(3, 8)), sum(Range2(0, 1000)) == sum(range2(0, 1000)))
it = iter(Range2(0, 2))
print(next(it), next(it), next(it, None))
print([(a, b) for a in Range2(0, 2) for b in range2(0, 2)])
