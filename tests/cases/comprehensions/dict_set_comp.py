# Dict and set comprehensions, including key collisions and inversion.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({x % 4: x for x in range(10)})
print({x % 5 for x in range(100)}, {c for c in "abracadabra" if c in "ab"} == {"a", "b"})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 8)})
