# Dictionaries and lists that grow large, get cleared and grow again.
d = {}
l = []
for round_ in range(5):
    for i in range(50000):
        d[i * 7 + round_] = i
        l.append(i)
    print(round_, len(d), len(l), sum(l) % 1000)
    d.clear()
    del l[:]
print(len(d), len(l))
