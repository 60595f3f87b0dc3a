# A Matrix class with operator overloading, tuple-key indexing, equality, repr and Gauss-Jordan inverse.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n, self.m = len(rows), len(rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __sub__(self, o):
        return Matrix([[a - b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, o):
        return isinstance(o, Matrix) and all(abs(a - b) < 1e-9 for r, s in zip(self.rows, o.rows) for a, b in zip(r, s))
    def T(self):
        return Matrix(list(zip(*self.rows)))
    def inverse(self):
        n = self.n
        a = [r[:] + [1.0 if i == j else 0.0 for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(a[r][c]))
            if abs(a[p][c]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[p] = a[p], a[c]
            piv = a[c][c]
            a[c] = [x / piv for x in a[c]]
            for r in range(n):
                if r != c:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])
    def __repr__(self):
        return "Matrix([" + ", ".join("[" + ", ".join(f"{x:g}" for x in r) + "]" for r in self.rows) + "])"
A = Matrix([[4, 7, 2], [3, 6, 1], [2, 5, 3]])
B = Matrix([[1, 0, 1], [0, 1, 0], [1, 1, 1]])
print(A + B)
print(A - B, 2 * A == A * 2)
print(A @ B)
print(A.T(), A.T().T() == A)
inv = A.inverse()
print(inv)
print((A @ inv) == Matrix.identity(3), (inv @ A) == Matrix.identity(3))
A[0, 0] = 5
print(A[0, 0], A[2, 1])
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
