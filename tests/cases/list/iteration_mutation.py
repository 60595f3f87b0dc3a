# Iteration over lists while building others; enumerate/zip/reversed; index loops.
data = [5, 3, 8, 1]
for i, v in enumerate(data):
    print(i, v)
for i, v in enumerate(data, start=10):
    print(i, v)
for a, b in zip(data, data[1:]):
    print(a, b, a - b)
for v in reversed(data):
    print(v, end=" ")
print()
i = 0
while i < len(data):
    if data[i] % 2:
        data.pop(i)
    else:
        i += 1
print(data)
l = [1, 2, 3]
for x in l:
    if x < 3:
        l.append(x + 10)
print(l)
