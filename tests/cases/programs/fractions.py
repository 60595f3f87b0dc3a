# A rational number class with normalisation, arithmetic, comparisons and hashing; harmonic numbers and Egyptian fractions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

class Q:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(abs(n), d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)
    def __add__(self, o):
        o = Q.of(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q.of(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Q.of(o) - self
    def __mul__(self, o):
        o = Q.of(o); return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.of(o); return Q(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __eq__(self, o):
        o = Q.of(o); return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = Q.of(o); return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

print(Q(1, 2) + Q(1, 3), Q(3, 4) - Q(1, 4), Q(2, 3) * Q(9, 4), Q(1, 2) / Q(1, 4), -Q(5, -10))
print(1 + Q(1, 2), 1 - Q(1, 3), 3 * Q(1, 6), Q(6, 4) == Q(3, 2), Q(1, 3) < Q(1, 2), sorted([Q(2, 3), Q(1, 2), Q(5, 6), Q(-1, 7)]))
h = Q(0)
for k in range(1, 31):
    h = h + Q(1, k)
print("H30 =", h, "~", round(float(h), 10))
print(len({Q(1, 2), Q(2, 4), Q(3, 6), Q(1, 3)}))
def egyptian(q):
    out = []
    while q.n:
        d = -(-q.d // q.n)
        out.append(d)
        q = q - Q(1, d)
    return out
for q in [Q(4, 13), Q(5, 6), Q(7, 15), Q(2, 3)]:
    e = egyptian(q)
    print(q, "=", " + ".join(f"1/{d}" for d in e), sum((Q(1, d) for d in e), Q(0)) == q)
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = Q(1)
for _ in range(8):
    x = (x + Q(2) / x) / 2
print("sqrt(2) approx:", x, float(x))
