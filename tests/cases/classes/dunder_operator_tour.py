class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __str__(self): return f"<{self.x},{self.y}>"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return V(self.x * k * 10, self.y * k * 10)
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rsub__(self, o): return "rsub"
    def __format__(self, spec):
        if spec == "polar": return f"|{abs(self):.2f}|"
        return format(str(self), spec)
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 2, 2 * a, a / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a)
print(a + 1, 1 + a, 5 - a, a @ b, a & b, a | b, a ^ b, a << 1, a >> 1)
print([a, b], (a,), {"k": a}, str([a]), repr(a), f"{a}", f"{a!r}", f"{b:polar}", f"[{a:>10}]")
print(a == V(1, 2), a != b, a < b, a <= b, a > b, b >= a, sorted([b, a]))
print(bool(V(0, 0)), bool(a), len({a, V(1, 2), b}))
c = a
c += b
print(c is a, a)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    a < 3
except Exception as e:
    print(type(e).__name__)
try:
    V(1,1) > "x"
except TypeError as e:
    print(e)
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("Seq index out of range")
        return i * i
    def __contains__(self, x): return x == "magic"
s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], s[::2], s[slice(None, None, -1)], list(s), "magic" in s, 4 in s)
print(list(reversed(s)), bool(Seq(0)), sum(s), max(s))
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return a, k
cc = Callable()
print(cc(1, x=2), cc.calls, callable(cc))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 3)
class OnlyIter:
    def __iter__(self): return iter([3, 1, 2])
print(sorted(OnlyIter()), 1 in OnlyIter(), list(map(str, OnlyIter())))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0].__name__ if exc[0] else None); return True
with Ctx() as cx:
    raise ValueError("suppressed")
print("after with")
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()])
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
