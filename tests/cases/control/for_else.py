# for loops with else/break/continue, loop variable after the loop, nested loops with flags.
for i in range(3):
    pass
print("after loop i =", i)
for x in []:
    print("never")
else:
    print("empty for runs else")
for x in [1, 2, 3]:
    if x == 2:
        print("break at", x)
        break
else:
    print("no")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
total = 0
for a in range(5):
    if a % 2:
        continue
    for b in range(5):
        if b > a:
            break
        total += a * b
print("total", total)
