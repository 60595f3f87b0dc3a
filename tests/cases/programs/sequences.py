# Integer sequences: look-and-say, Collatz records, happy numbers, Kaprekar routine, Recaman, digit sums.
import math
def look_and_say(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
s = "1"
lens = []
for _ in range(30):
    lens.append(len(s))
    s = look_and_say(s)
print("look-and-say lengths:", lens)
records, best = [], 0
cache = {1: 0}
def collatz(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps = cache[n]
    for m in reversed(path):
        steps += 1
        cache[m] = steps
    return steps
for n in range(1, 30000):
    c = collatz(n)
    if c > best:
        best = c
        records.append((n, c))
print("collatz records:", records[-6:])
def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print("happy numbers:", [n for n in range(1, 60) if happy(n)])
def kaprekar(n):
    steps = 0
    while n != 6174:
        d = f"{n:04d}"
        n = int("".join(sorted(d, reverse=True))) - int("".join(sorted(d)))
        steps += 1
        if n == 0:
            return None
    return steps
print("kaprekar steps:", {n: kaprekar(n) for n in (3524, 2111, 9831, 1000, 5555, 6174)})
rec, seen = [0], {0}
for i in range(1, 40):
    x = rec[-1] - i
    if x < 0 or x in seen:
        x = rec[-1] + i
    rec.append(x)
    seen.add(x)
print("recaman:", rec)
print("digit sum of 2**1000 and 100!:", sum(map(int, str(2 ** 1000))), sum(map(int, str(math.factorial(100)))))
