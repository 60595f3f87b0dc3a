# Allocate lots of temporary strings (concatenation, formatting, slicing, join).
n = 0
for i in range(200000):
    s = "item-" + str(i)
    t = s.upper()[2:] + f"{i:08d}"
    n += len(t)
print(n)
parts = []
for i in range(20000):
    parts.append("%05d" % i)
    if len(parts) > 100:
        parts = parts[50:]
print(len(parts), parts[0], parts[-1])
big = ""
for i in range(3000):
    big = (big + str(i))[-500:]
print(len(big), big[:10])
