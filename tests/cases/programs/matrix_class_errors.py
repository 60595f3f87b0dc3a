class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged matrix")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (n, m, m2, p))
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)
    def transpose(self):
        return Matrix(list(zip(*self.rows)))
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0.5, -1], [2, 0]])
I = Matrix([[1, 0], [0, 1]])
print(A + B)
print(A * B)
print(2 * A == A + A, A * I == A, A.transpose(), repr(A * 1.5))
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1.5]]).det())
for bad in [lambda: Matrix([[1], [2, 3]]), lambda: A + Matrix([[1]]), lambda: A * Matrix([[1, 2, 3]]), lambda: Matrix([[1, 2]]).det()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(Matrix([[1, 2, 3]]) * Matrix([[1], [2], [3]]), Matrix([[1], [2]]).shape)
C = Matrix([[1, 2], [3, 4]]) * Matrix([[1, 2, 3]])
