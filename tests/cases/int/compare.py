# Comparisons between ints of all sizes, with floats and bools; chained comparisons.
vals = [-2**100, -2**63, -1, 0, 1, 2**62, 2**63, 2**100]
for a in vals:
    print([a < b for b in vals])
print(1 == 1.0, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53)
print(10**400 > 1e308, -10**400 < -1e308)
print(True == 1, False == 0, True + True, True * 10)
print(0 < 1 < 2 < 3 > 2)
print(2**100 == 2**100, 2**100 is not None)
print(max(vals), min(vals))
