# iter() of sequences and the two-argument sentinel form; next() with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(iter(Seq())), list(Seq()), 9 in Seq())
it2 = iter("ab")
print(iter(it2) is it2, list(it2), list(it2))
try:
    next(iter({}))
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
