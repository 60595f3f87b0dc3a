# __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__ on a custom container.
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return sum(self.items.values())
    def __getitem__(self, k):
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __iter__(self):
        for k, n in self.items.items():
            for _ in range(n):
                yield k
    def __contains__(self, k):
        return self.items.get(k, 0) > 0
b = Bag()
b["apple"] = 2
b["pear"] = 1
print(len(b), b["apple"], b["none"], list(b), "pear" in b, "kiwi" in b)
del b["apple"]
print(len(b), list(b), sorted(b))
class Squares:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [x * x for x in range(*i.indices(10))]
        if not 0 <= i < 10:
            raise IndexError(i)
        return i * i
sq = Squares()
print(sq[3], sq[2:5], sq[::3], list(sq), 49 in sq, 50 in sq)
