# Expressions: precedence, every operator, literals, displays.
x = a or b and not c
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda a, /, b: a
x = lambda *, k: k
x = lambda *a, **k: a
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o
x = -a ** 2
x = (-a) ** 2
x = a ** b ** c
x = not not a
x = + + - ~ a
x = a < b <= c > d >= e == f != g in h not in i is j is not k
x = (a < b) < c
x = await_ = 1
x = (y := 10)
x = [y := 1, y ** 2]
x = f(y := 1)
x = a[y := 1]
x = {(y := 1): 2}
x = a.b.c.d
x = a[0][1:2][::3][1:2:3][:, 1][..., None][1:2, ::3]
x = a[b, c]
x = a[b,]
x = a[()]
x = a[*b]
x = a[1:2, *b]
x = f()
x = f(a)(b)(c)
x = f(a, b, *c, d=1, *e, **g, h=2)
x = f(*a, *b, **c, **d)
x = f(a for a in b)
x = f(a for a in b if c for d in e)
x = f(x=1, y=2,)
x = f(*args,)
x = f(**kw,)
x = ()
x = (1,)
x = (1, 2)
x = 1, 2
x = 1,
x = (1)
x = ((1))
x = []
x = [1]
x = [1, 2,]
x = [*a, *b, c]
x = {}
x = {1: 2}
x = {1: 2, **a, 3: 4,}
x = {**a}
x = {1}
x = {1, 2,}
x = {*a, b}
x = [i for i in range(10)]
x = [i for i in range(10) if i % 2 if i % 3]
x = [i * j for i in a for j in b if j]
x = {i for i in a}
x = {k: v for k, v in items}
x = {k: v for k in a for v in b}
x = (i for i in a)
x = [(a, b) for a, b in c]
x = [a for a, in b]
x = [lambda: i for i in a]
x = [x for x in [y for y in z]]
x = None, True, False, ...
x = a if b else lambda: c
x = (yield)
x = [*a]
x = *a, *b
print(*a, sep="")
x = a.b(c).d[e](f).g
x = 1 .real
x = (1).imag
x = "s".join
x = b"x".decode()
x = not a == b
x = a and b or c and d
x = a or b or c
x = a and b and c
x = (a or b) and c
x = -1
x = +1.5
x = ~0
x = a @ b
x = a if not b else c
x = [a, b][c]
x = {a: b}[c]
x = f(a)[b].c(d)
x = (a)(b)
x = (a.b)[c]
x = a is not b
x = a not in b
x = not a in b
x = x[a:b:c]
x = x[:]
x = x[::]
x = x[a:]
x = x[:b]
x = x[::c]
x = x[a::c]
