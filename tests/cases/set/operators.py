# set algebra: | & - ^, subset/superset, disjoint, in-place variants, methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {5}), a.difference([1, 2]), a.symmetric_difference(range(3, 8)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {1}.isdisjoint({2}), a.issubset(range(10)), a.issuperset([1, 2]))
c = set(a)
c |= {9}; print(c)
c &= {1, 2, 9, 11}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
c.update([20, 21], (22,)); print(c)
c.intersection_update(range(21)); print(c)
c.difference_update([20]); print(c)
c.symmetric_difference_update({3, 4}); print(c)
print(a == {5, 4, 3, 2, 1}, a != b)
