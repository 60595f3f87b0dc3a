# hash() of ints (deterministic in CPython): small, negative, -1, and big ints mod 2**61-1.
for n in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -2**64, 10**30, -(10**30)]:
    print(n, hash(n))
print(hash(True), hash(False))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(1.0) == hash(1), hash(2.5))
