# while loops with else, break skipping else, continue, nested whiles.
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n", n)
k = 10
while k > 0:
    if k == 7:
        print("found 7")
        break
    k -= 1
else:
    print("not reached")
def is_prime(p):
    d = 2
    while d * d <= p:
        if p % d == 0:
            break
        d += 1
    else:
        return p > 1
    return False
print([p for p in range(30) if is_prime(p)])
