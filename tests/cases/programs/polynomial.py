# A polynomial class: addition, multiplication, evaluation (Horner), derivative, division, pretty printing.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    def degree(self):
        return len(self.c) - 1
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __neg__(self):
        return Poly([-x for x in self.c])
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def deriv(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def divmod(self, o):
        q = [0] * max(1, len(self.c) - len(o.c) + 1)
        r = self.c[:]
        while len(r) >= len(o.c) and any(r):
            shift = len(r) - len(o.c)
            f = r[-1] // o.c[-1]
            q[shift] = f
            for i, b in enumerate(o.c):
                r[i + shift] -= f * b
            while r and r[-1] == 0:
                r.pop()
        return Poly(q), Poly(r)
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append((sign, coef + var))
        s = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s

p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print("p =", p, "| q =", q)
print("p + q =", p + q, "| p - q =", p - q, "| p * q =", p * q)
print("p(0..5) =", [p(x) for x in range(6)], "p(2.5) =", p(2.5))
print("p' =", p.deriv(), "| p'' =", p.deriv().deriv(), "| degree", p.degree())
quot, rem = (p * q + Poly([3])).divmod(q)
print("(p*q+3) / q =", quot, "remainder", rem, quot == p)
one_x = Poly([1, 1])
acc = Poly([1])
for n in range(1, 11):
    acc = acc * one_x
print("(1+x)^10 =", acc)
print("coefficients sum:", sum(acc.c), acc(1), acc(-1))
cheb = [Poly([1]), Poly([0, 1])]
for n in range(2, 8):
    cheb.append(Poly([0, 2]) * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print(f"T{n} = {t}")
print(Poly([0]), Poly([0, 0, 5]), Poly([-1]), Poly([0, -1]))
