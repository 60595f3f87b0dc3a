# itertools: product, permutations, combinations, combinations_with_replacement (orders, sizes, edge cases)
from itertools import product, permutations, combinations, combinations_with_replacement
import math

print(list(product("ab", [1, 2, 3])))
print(list(product(range(2), repeat=3)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product([])), list(product("ab", [])), list(product("a", repeat=0)))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 1, 2])))
print(list(permutations("ab", 0)), list(permutations("ab", 3)), list(permutations([])))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("ab", 0)))

# sizes agree with the formulas
for n in range(6):
    for r in range(7):
        p = len(list(permutations(range(n), r)))
        c = len(list(combinations(range(n), r)))
        w = len(list(combinations_with_replacement(range(n), r)))
        assert p == (math.perm(n, r) if r <= n else 0), (n, r)
        assert c == (math.comb(n, r) if r <= n else 0), (n, r)
        assert w == (math.comb(n + r - 1, r) if n else (1 if r == 0 else 0)), (n, r)
print("sizes ok")

# lexicographic order of index tuples
perms = list(permutations(range(5)))
print(perms == sorted(perms), len(perms), perms[0], perms[-1], perms[57])
combs = list(combinations(range(7), 4))
print(combs == sorted(combs), len(combs), combs[10])
print(sum(1 for _ in product(range(4), repeat=5)))

# inputs are read once (iterators work)
print(list(product(iter("ab"), iter("cd"))), list(combinations(iter([3, 1, 2]), 2)))

# brute force: subsets of coins that make 10
coins = [1, 2, 5, 2, 3, 7]
ways = [c for r in range(len(coins) + 1) for c in combinations(coins, r) if sum(c) == 10]
print(len(ways), ways[:5])
# TSP over 6 cities
pts = [(0, 0), (3, 1), (6, 0), (5, 4), (1, 5), (2, 2)]
def dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])
best = min(permutations(range(1, 6)), key=lambda order: sum(dist(pts[a], pts[b]) for a, b in zip((0,) + order, order + (0,))))
print(best)

for f in (lambda: permutations("ab", -1), lambda: combinations("ab", -1), lambda: product("a", repeat=-1),
          lambda: combinations_with_replacement("a", -2), lambda: product(1), lambda: permutations(5)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
