# Floor division and modulo with every sign combination, small and big.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20),
         (10**20, 7), (-10**20, 7), (10**20, -7), (-(10**30), -(10**10) - 1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
print("identity ok")
print(-1 // 1, -1 % 1, 5 % -1)
print((-2**63) // -1)
