# Sparse matrices as dict-of-dicts: construction, addition, multiplication, transpose, power iteration.
class Sparse:
    def __init__(self, n, m, entries=()):
        self.n, self.m = n, m
        self.rows = {}
        for i, j, v in entries:
            self[i, j] = v
    def __setitem__(self, ij, v):
        i, j = ij
        if v:
            self.rows.setdefault(i, {})[j] = v
        elif i in self.rows:
            self.rows[i].pop(j, None)
            if not self.rows[i]:
                del self.rows[i]
    def __getitem__(self, ij):
        i, j = ij
        return self.rows.get(i, {}).get(j, 0)
    def nnz(self):
        return sum(len(r) for r in self.rows.values())
    def __add__(self, o):
        out = Sparse(self.n, self.m)
        for src in (self, o):
            for i, r in src.rows.items():
                for j, v in r.items():
                    out[i, j] = out[i, j] + v
        return out
    def __matmul__(self, o):
        out = Sparse(self.n, o.m)
        for i, r in self.rows.items():
            acc = {}
            for k, v in r.items():
                for j, w in o.rows.get(k, {}).items():
                    acc[j] = acc.get(j, 0) + v * w
            for j, v in acc.items():
                out[i, j] = v
        return out
    def T(self):
        return Sparse(self.m, self.n, [(j, i, v) for i, r in self.rows.items() for j, v in r.items()])
    def dense(self):
        return [[self[i, j] for j in range(self.m)] for i in range(self.n)]
    def apply(self, vec):
        return [sum(v * vec[j] for j, v in self.rows.get(i, {}).items()) for i in range(self.n)]
A = Sparse(4, 4, [(0, 0, 2), (0, 3, 1), (1, 1, 3), (2, 0, -1), (3, 2, 4), (3, 3, 1)])
B = Sparse(4, 4, [(0, 0, 1), (1, 2, 2), (2, 1, -3), (3, 3, 5), (0, 3, -1)])
print("A =", A.dense())
print("A+B =", (A + B).dense(), "nnz", (A + B).nnz())
print("A@B =", (A @ B).dense())
print("A^T =", A.T().dense())
print("(A@B)^T == B^T@A^T:", (A @ B).T().dense() == (B.T() @ A.T()).dense())
N = 200
L = Sparse(N, N)
for i in range(N):
    L[i, i] = 2
    if i:
        L[i, i - 1] = -1
    if i < N - 1:
        L[i, i + 1] = -1
print("tridiagonal nnz:", L.nnz(), "L^2 nnz:", (L @ L).nnz(), "L^3 corner:", (L @ L @ L)[0, 0], (L @ L @ L)[N // 2, N // 2])
vec = [1.0] * 4
M = Sparse(4, 4, [(0, 0, 4), (0, 1, 1), (1, 0, 1), (1, 1, 3), (2, 2, 2), (3, 3, 1), (2, 3, 1), (3, 2, 1)])
for _ in range(50):
    w = M.apply(vec)
    norm = max(abs(x) for x in w)
    vec = [x / norm for x in w]
print("dominant eigenvalue ~", round(norm, 6), [round(x, 4) for x in vec])
