import math
class Money(float):
    def __repr__(self): return f"${float(self):.2f}"
    def __add__(self, o): return Money(float(self) + o)
m = Money(3.5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(m * 2).__name__, f"{m:.1f}", str(m), m == 3.5, int(m))
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __complex__(self): return 1 + 2j if False else "no"
    def __bytes__(self): return b"N"
    def __float__(self): return 0.5
    def __int__(self): return 7
n = N(3)
print([0, 1, 2, 3, 4][n], "abcdef"[N(1):N(4)], list(range(N(2))), hex(n), bin(n), oct(n), n.__index__())
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), bytes(n), float(n), int(n))
print(operator_index := n.__index__(), [1, 2, 3, 4][::N(2)], "x" * N(3), [0] * N(2))
class Seq:
    def __init__(self): self.d = list(range(10))
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step, self.d[k])
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self): return len(self.d)
s = Seq()
print(s[1:3], s[::-2], s[-1], s[:], s[5:1:-1], s[slice(2)])
s[0:3] = ["a"]
del s[-1]
del s[::3]
print(s.d, len(s))
class Truthy:
    def __contains__(self, x): return x  # returns non-bool
print(1 in Truthy(), 0 in Truthy(), "" in Truthy(), [] not in Truthy())
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done")
        return self.n
print(list(It()), [x * 2 for x in It()], sum(It()), tuple(It()))
class LenBig:
    def __len__(self): return 2**70
try:
    len(LenBig())
except OverflowError as e:
    print("OverflowError:", e)
class LenFloat:
    def __len__(self): return 1.5
try:
    len(LenFloat())
except TypeError as e:
    print("TypeError:", e)
class BoolRet:
    def __bool__(self): return "yes"
try:
    if BoolRet(): pass
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __eq__(self, o): return "truthy-string"
print(Cmp() == 1, Cmp() != 1, [Cmp()] == [1], Cmp() in [1])
class R:
    def __radd__(self, o): return f"radd({o})"
print(1 + R(), "s" + R(), [1] + R(), sum([R()], 0) if False else sum([1, 2], start=0))
try:
    print(sum([R(), R()]))
except TypeError as e:
    print("TypeError:", e)
