# Matrix arithmetic on nested lists: multiply, transpose, power, exact determinant and inverse with fractions.
def mat_mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def transpose(a):
    return [list(r) for r in zip(*a)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mat_pow(a, e):
    r = identity(len(a))
    while e:
        if e & 1:
            r = mat_mul(r, a)
        a = mat_mul(a, a)
        e >>= 1
    return r

def show(m, w=6):
    for row in m:
        print(" ".join(f"{x:>{w}}" for x in row))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(s, o): return Frac(s.n * o.d + o.n * s.d, s.d * o.d)
    def __sub__(s, o): return Frac(s.n * o.d - o.n * s.d, s.d * o.d)
    def __mul__(s, o): return Frac(s.n * o.n, s.d * o.d)
    def __truediv__(s, o): return Frac(s.n * o.d, s.d * o.n)
    def __eq__(s, o): return s.n == o.n and s.d == o.d
    def __repr__(s): return str(s.n) if s.d == 1 else f"{s.n}/{s.d}"

def det_and_inverse(m):
    n = len(m)
    a = [[Frac(x) for x in row] + [Frac(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    det = Frac(1)
    for col in range(n):
        piv = next((r for r in range(col, n) if a[r][col].n != 0), None)
        if piv is None:
            return Frac(0), None
        if piv != col:
            a[col], a[piv] = a[piv], a[col]
            det = det * Frac(-1)
        p = a[col][col]
        det = det * p
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col and a[r][col].n != 0:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return det, [row[n:] for row in a]

A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
print("A*B:"); show(mat_mul(A, B))
print("B^T:"); show(transpose(B))
print("B^5:"); show(mat_pow(B, 5), 9)
fib = mat_pow([[1, 1], [1, 0]], 300)
print("F(300) via matrix power:", fib[0][1])
for M in (A, B, [[1, 2], [2, 4]], [[0, 1], [1, 0]]):
    d, inv = det_and_inverse(M)
    print("det =", d, "inverse =", inv)
    if inv is not None:
        n = len(M)
        ok = True
        for i in range(n):
            for j in range(n):
                acc = Frac(0)
                for k in range(n):
                    acc = acc + Frac(M[i][k]) * inv[k][j]
                ok = ok and acc == Frac(int(i == j))
        print("M * inverse == I:", ok)
big = [[(i * 7 + j * 3) % 11 for j in range(30)] for i in range(30)]
sq = mat_mul(big, big)
print("trace of big^2:", sum(sq[i][i] for i in range(30)), "corner:", sq[0][0], sq[29][29])
