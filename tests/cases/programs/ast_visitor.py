# An expression AST with node classes and visitors: evaluation, pretty printing, constant folding, derivative.
class Node:
    def accept(self, v):
        return getattr(v, "visit_" + type(self).__name__)(self)
class Num(Node):
    def __init__(self, v): self.v = v
class Var(Node):
    def __init__(self, name): self.name = name
class Bin(Node):
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
class Neg(Node):
    def __init__(self, e): self.e = e

class Printer:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
    def visit_Num(self, n): return str(n.v)
    def visit_Var(self, n): return n.name
    def visit_Neg(self, n): return "-" + self.wrap(n.e, 4)
    def visit_Bin(self, n):
        p = self.PREC[n.op]
        return f"{self.wrap(n.l, p)} {n.op} {self.wrap(n.r, p + (n.op != '^' and n.op in '-/'))}"
    def wrap(self, n, p):
        s = n.accept(self)
        return f"({s})" if isinstance(n, Bin) and self.PREC[n.op] < p else s

class Evaluator:
    def __init__(self, env): self.env = env
    def visit_Num(self, n): return n.v
    def visit_Var(self, n): return self.env[n.name]
    def visit_Neg(self, n): return -n.e.accept(self)
    def visit_Bin(self, n):
        a, b = n.l.accept(self), n.r.accept(self)
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b, "^": lambda: a ** b}[n.op]()

class Folder:
    def visit_Num(self, n): return n
    def visit_Var(self, n): return n
    def visit_Neg(self, n):
        e = n.e.accept(self)
        return Num(-e.v) if isinstance(e, Num) else Neg(e)
    def visit_Bin(self, n):
        l, r = n.l.accept(self), n.r.accept(self)
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(Evaluator({}).visit_Bin(Bin(n.op, l, r)))
        if n.op == "*" and (isinstance(l, Num) and l.v == 0 or isinstance(r, Num) and r.v == 0):
            return Num(0)
        if n.op == "*" and isinstance(l, Num) and l.v == 1:
            return r
        if n.op in "*/" and isinstance(r, Num) and r.v == 1:
            return l
        if n.op in "+-" and isinstance(r, Num) and r.v == 0:
            return l
        if n.op == "+" and isinstance(l, Num) and l.v == 0:
            return r
        return Bin(n.op, l, r)

class Deriv:
    def __init__(self, x): self.x = x
    def visit_Num(self, n): return Num(0)
    def visit_Var(self, n): return Num(1 if n.name == self.x else 0)
    def visit_Neg(self, n): return Neg(n.e.accept(self))
    def visit_Bin(self, n):
        dl, dr = n.l.accept(self), n.r.accept(self)
        if n.op in "+-":
            return Bin(n.op, dl, dr)
        if n.op == "*":
            return Bin("+", Bin("*", dl, n.r), Bin("*", n.l, dr))
        if n.op == "/":
            return Bin("/", Bin("-", Bin("*", dl, n.r), Bin("*", n.l, dr)), Bin("^", n.r, Num(2)))
        if n.op == "^" and isinstance(n.r, Num):
            return Bin("*", Bin("*", Num(n.r.v), Bin("^", n.l, Num(n.r.v - 1))), dl)
        raise ValueError("cannot differentiate " + n.op)

x, y = Var("x"), Var("y")
exprs = [
    Bin("+", Bin("*", Num(3), Bin("^", x, Num(2))), Bin("*", Num(2), x)),
    Bin("/", Bin("-", x, Num(1)), Bin("+", x, Num(1))),
    Bin("*", Bin("+", Num(2), Num(3)), Bin("-", y, Neg(Num(4)))),
    Bin("-", Num(10), Bin("-", Num(4), Bin("*", Num(1), x))),
    Bin("^", Bin("+", x, y), Num(3)),
]
P, F = Printer(), Folder()
for e in exprs:
    d = e.accept(Deriv("x")).accept(F)
    print(f"{e.accept(P):<28} = {e.accept(Evaluator({'x': 2, 'y': 5})):<8} d/dx = {d.accept(P):<40} at x=2: {d.accept(Evaluator({'x': 2, 'y': 5}))}")
print(exprs[2].accept(F).accept(P))
try:
    Bin("^", x, x).accept(Deriv("x"))
except ValueError as e:
    print("ValueError:", e)
