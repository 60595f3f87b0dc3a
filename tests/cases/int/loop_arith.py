# Hot loops of integer arithmetic (exercise specialization and overflow guards).
total = 0
for i in range(100000):
    total += i * i - (i >> 1)
print(total)
x = 1
for i in range(200):
    x = x * 3 + 1
print(x)
acc = 0
i = 0
while i < 50000:
    acc ^= i * 2654435761 & 0xFFFFFFFF
    i += 1
print(acc)
n = 2**62 - 10
for _ in range(20):
    n += 1
print(n, n + n)
m = 0
for i in range(-1000, 1000):
    m += i // 7 + i % 7
print(m)
