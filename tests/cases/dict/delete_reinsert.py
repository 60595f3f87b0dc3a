# Heavy insert/delete churn keeps insertion order semantics; reinsertion goes to the end.
d = {}
for i in range(1000):
    d[i] = i
for i in range(0, 1000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
d[0] = "back"
print(list(d)[-1], list(d)[0])
for i in range(1, 1000, 2):
    del d[i]
print(d)
for i in range(5000):
    d[i % 7] = i
    if i % 3 == 0:
        del d[i % 7]
print(d)
