from math import gcd
from functools import total_ordering
@total_ordering
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else None
        return o is not None and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __round__(self, nd=None): return round(float(self), nd)
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __format__(self, spec): return format(float(self), spec) if spec else str(self)
    def __bool__(self): return self.n != 0
h = sum(Frac(1, k) for k in range(1, 11))
print(h, repr(h), float(h), f"{h:.6f}", f"{h}", round(h, 3), int(h), h > 2, h <= Frac(7381, 2520), sorted([Frac(1, 3), Frac(1, 2), Frac(-1, 4), Frac(2, 6)]))
print({Frac(1, 2), Frac(2, 4), Frac(3, 6)}, Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2), Frac(1, 3) * 3, 2 * Frac(3, 4), Frac(1, 2) / Frac(1, 4), -Frac(3, 5), abs(Frac(-3, 5)), bool(Frac(0, 5)), max(Frac(1, 3), Frac(2, 7)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Frac(1, 2) < "a"
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Vector:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __iter__(self): return iter(self.xs)
    def __getitem__(self, i):
        r = self.xs[i]
        return Vector(*r) if isinstance(i, slice) else r
    def __add__(self, o): return Vector(*(a + b for a, b in zip(self, o, strict=True)))
    def __mul__(self, k): return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __abs__(self): return sum(a * a for a in self) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and self.xs == o.xs
    def __repr__(self): return "Vector(" + ", ".join(f"{x:g}" for x in self) + ")"
v, w = Vector(1, 2, 3), Vector(4.5, -1, 0)
print(v + w, 3 * v, v * 0.5, v @ w, abs(Vector(3, 4)), v[1:], v[::-1], v[0], len(v), list(v), v == Vector(1, 2, 3), 2 in v, sum(v), max(w), sorted(w))
try:
    v + Vector(1)
except ValueError as e:
    print("ValueError:", e)
print(Frac(1, 3) + 1, 1 + Frac(1, 3), sum([Frac(1, 2)] * 4), Frac(5, 10).__slots__)
