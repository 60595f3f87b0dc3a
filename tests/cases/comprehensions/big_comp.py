# Large comprehensions in hot paths (list building specialization).
squares = [i * i for i in range(200000)]
print(len(squares), squares[-1], sum(squares) % 1000007)
evens = [x for x in squares if x % 2 == 0]
print(len(evens))
d = {i: i % 97 for i in range(50000)}
print(len(d), sum(d.values()))
s = {i % 1000 for i in range(100000)}
print(len(s), min(s), max(s))
pairs = [(i, j) for i in range(300) for j in range(i, 300) if (i + j) % 7 == 0]
print(len(pairs), pairs[:3], pairs[-1])
