# Lexicographic comparison and sorting of nested tuples, max/min over tuples.
recs = [(3, "c", 1.5), (1, "z", 0), (3, "a", 2), (2, "b", -1), (1, "z", -5)]
print(sorted(recs))
print(max(recs), min(recs))
print(sorted(recs, key=lambda r: (r[1], -r[0])))
print((1, (2, 3)) < (1, (2, 4)), ((1,), 2) == ((1,), 2))
print(tuple(sorted((5, 1, 3))), tuple(reversed((1, 2, 3))))
