# Set iteration order for ints follows CPython's hash table layout; these must match exactly.
print({100, 1, 50, 7, 33, 2})
print(set(range(20, -1, -3)))
print({8, 16, 24, 32, 40, 48, 56, 64})
print({-5, -4, -3, 3, 4, 5})
s = set()
for i in range(50, 0, -7):
    s.add(i * 13)
print(s)
s2 = set(range(100))
for i in range(0, 100, 3):
    s2.discard(i)
print(s2)
print(list({2**40, 2**33, 1, 2}))
print({True, 1, 0, False, 2})
print(sorted({x % 7 for x in range(100)}))
big = set(range(1000))
big -= set(range(5, 1000))
print(big, len(big))
t = {i * 1000003 % 97 for i in range(40)}
print(t)
