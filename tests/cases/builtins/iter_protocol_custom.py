# Custom iterables/iterators used with builtins: sum, list, sorted, min, zip, enumerate, in.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1
c = Countdown(5)
print(list(c), sum(c), sorted(c), min(c), max(c), 3 in c, 9 in c)
print(list(zip(c, "abc")), list(enumerate(c, 1))[:2], tuple(c), set(c))
print(dict.fromkeys(c, 0), "-".join(map(str, c)))
