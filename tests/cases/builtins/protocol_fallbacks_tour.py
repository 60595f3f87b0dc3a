class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
for f in (lambda: sorted([A(2), A(1)]), lambda: min(A(1), A(2)), lambda: max([A(1), A(3)]), lambda: A(1) < A(2), lambda: A(1) >= 3, lambda: sorted([3, "a"]), lambda: sorted([A(1), 1])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class Add:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Add(self.v + (o.v if isinstance(o, Add) else o))
    __radd__ = __add__
    def __repr__(self): return f"Add({self.v})"
print(sum([Add(1), Add(2), Add(3)]), sum([Add(1)], Add(10)))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(SeqOnly())), 20 in SeqOnly(), list(enumerate(SeqOnly(), 5)), bool(SeqOnly()))
class Mapping:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(Mapping()), {**Mapping()}, dict(Mapping(), c=3))
def f(**kw): return kw
print(f(**Mapping()))
class BadIter:
    def __len__(self): return 2
    def __iter__(self): raise RuntimeError("no iteration")
try:
    list(BadIter())
except RuntimeError as e:
    print("RuntimeError:", e)
print("-".join(str(i) for i in range(4)), ",".join(map(str, SeqOnly())))
print(list(zip((x for x in "ab"), [1, 2, 3])), list(zip()), dict(zip("xy", range(5))))
print(any(SeqOnly()), all(SeqOnly()), list(filter(None, [0, 1, "", "a", None, []])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
class Reversible:
    def __reversed__(self): return iter([3, 2, 1])
    def __iter__(self): return iter([1, 2, 3])
print(list(reversed(Reversible())), sorted(Reversible(), reverse=True))
try:
    reversed(object())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1: 2}.items()) and print("ok items")
except TypeError as e:
    print("TypeError:", e)
class Ctr:
    def __init__(self): self.calls = 0
    def __iter__(self):
        self.calls += 1
        return iter(range(3))
c = Ctr()
a, b, d = c
print(c.calls, [*c, *c], c.calls, max(c), min(c, default=9), c.calls)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max([], default="empty"), min([3, 1, 2], key=lambda v: -v), max("abc", key=ord), max(1, 2, 3, key=lambda v: v % 3))
