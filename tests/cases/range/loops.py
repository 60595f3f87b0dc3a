# for loops over ranges with big/negative bounds and steps; reversed(range).
for r in [range(3), range(-3, 3), range(3, -3, -1), range(0, 20, 7), range(20, 0, -7), range(2**62, 2**62 + 3),
          range(-2**63, -2**63 + 2), range(2**64, 2**64 + 10, 4)]:
    print([x for x in r])
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))))
total = 0
for i in range(1000000):
    total += i
print(total)
n = 0
for i in range(10, 0, -1):
    for j in range(i):
        n += 1
print(n)
