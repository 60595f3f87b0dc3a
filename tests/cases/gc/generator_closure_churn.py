# Many short-lived closures and generator frames capturing variables.
def make_adder(n):
    return lambda x: x + n
total = 0
for i in range(100000):
    f = make_adder(i)
    total += f(1)
print(total)
def gen(n):
    for i in range(n):
        yield i * i
s = 0
for i in range(30000):
    s += sum(gen(4))
print(s)
