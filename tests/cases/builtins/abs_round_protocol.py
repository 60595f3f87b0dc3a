# Builtins dispatching to dunder methods: abs, round, len, bool, int, float, str, repr, hash, iter.
class N:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return N(abs(self.v))
    def __round__(self, nd=None):
        return N(round(self.v, nd) if nd is not None else round(self.v))
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __repr__(self):
        return f"N({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, N) and o.v == self.v
n = N(-2.567)
print(abs(n), round(n), round(n, 1), int(n), float(n), str(n), repr(n), hash(n), [n], f"{n}", f"{n!r}")
print(hex(N(255)), bin(N(3)), [10, 20, 30][N(1)], "abc"[N(2)], range(N(3)))
print(N(1) == N(1), N(1) != N(2), len({N(1), N(1)}))
