# Hot loop mixing branches and arithmetic (tier-2 traces with side exits).
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
best, arg = 0, 0
for i in range(1, 20000):
    c = collatz_len(i)
    if c > best:
        best, arg = c, i
print(arg, best)
evens = odds = 0
for i in range(100000):
    if i & 1:
        odds += i
    else:
        evens += i
print(evens, odds)
x = 0
for i in range(30000):
    x = (x + i) % 1000 if i % 3 else x - 1
print(x)
