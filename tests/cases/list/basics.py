# list operations: indexing, slicing, concatenation, repetition, membership, len.
a = [1, 2, 3, 4, 5]
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[-2:], a[10:], a + [6], a * 2, [0] * 3)
print(3 in a, 7 in a, 7 not in a, len(a), len([]), [] == [], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
print(list(), list("ab"), list(range(3)), list((1, 2)), list({5: 0, 3: 0}))
b = a
b.append(6)
print(a, a is b, a == a[:], a is a[:])
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
print([[1, 2], [3]] + [[4]], [1, [2, [3]]][1][1][0])
