import reprlib, timeit
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr(set(range(20))), reprlib.repr({i: i for i in range(10)}), reprlib.repr(2 ** 200), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(tuple(range(10))), reprlib.repr(frozenset("abcdefghij")))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10; print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"))
class N:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self): return f"N({self.kids})"
n = N(); n.kids.append(n); print(n)
t = timeit.timeit("x = sum(range(100))", number=100)
print(type(t).__name__, t >= 0, len(timeit.repeat("pass", repeat=3, number=10)), timeit.Timer(lambda: 1).timeit(5) >= 0)
print(timeit.timeit("y = a * 2", setup="a = 21", number=3) >= 0, timeit.timeit(stmt="z + 1", globals={"z": 1}, number=2) >= 0)
