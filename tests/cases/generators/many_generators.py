# Creating and exhausting many short-lived generators (frame allocation churn).
def small(n):
    for i in range(n):
        yield i
total = 0
for k in range(20000):
    for v in small(k % 5):
        total += v
print(total)
gens = [small(3) for _ in range(1000)]
print(sum(sum(g) for g in gens))
print(sum(len(list(small(i % 10))) for i in range(5000)))
