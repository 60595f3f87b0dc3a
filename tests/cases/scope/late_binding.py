# Late binding of closure variables in loops and the default-argument fix.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make():
    out = []
    for j in range(3):
        def g():
            return j * 10
        out.append(g)
    j = 99
    return out
print([g() for g in make()])
x = 1
f = lambda: x
x = 2
print(f())
