# Globals mutated in hot loops from functions (global load/store specialization + invalidation).
counter = 0
def bump(n):
    global counter
    counter += n
for i in range(50000):
    bump(i & 3)
print(counter)
scale = 2
def scaled(v):
    return v * scale
t = 0
for i in range(20000):
    if i == 10000:
        scale = 3
    t += scaled(1)
print(t)
def helper(v):
    return v + 1
acc = 0
for i in range(20000):
    if i == 15000:
        def helper(v):
            return v - 1
    acc += helper(i)
print(acc)
