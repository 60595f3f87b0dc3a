# A running generator's frame holds values above its saved stack pointer
# (the callee and arguments of a call in progress); a collection during that
# call must keep them alive.
def gen(pool):
    chosen = [0, 1, 2]
    for i in range(150000):
        yield tuple(map(pool.__getitem__, chosen))

total = 0
for x in gen((1, 2, 3)):
    total += x[2]
print(total)

def gen2(pool):
    for i in range(100000):
        yield tuple([pool for k in (1, 2, 3)])

n = 0
for x in gen2("p"):
    n += len(x)
print(n)

def gen3():
    for i in range(100000):
        x = tuple(j * i for j in (1, 2, 3))
        yield x[1]
print(sum(gen3()))
