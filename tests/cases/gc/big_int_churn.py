# Temporary big integers in a loop (heap ints allocated and dropped every iteration).
x = 3 ** 200
acc = 0
for i in range(100000):
    y = x * (i + 1) + i
    acc ^= y % 1000003
print(acc)
f = 1
for i in range(1, 3000):
    f = f * i % (10 ** 40 + 7)
print(f)
