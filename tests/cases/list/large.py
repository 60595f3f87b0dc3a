# Large lists: build, sum, reverse, sort of 100k ints, list comparison.
n = 100000
l = [(i * 1103515245 + 12345) % 2**31 for i in range(n)]
print(sum(l), min(l), max(l))
s = sorted(l)
print(s[0], s[n // 2], s[-1])
print(all(s[i] <= s[i + 1] for i in range(n - 1)))
r = l[::-1]
print(r[0] == l[-1], len(r))
l.sort()
print(l == s)
print([0] * 5 == [0, 0, 0, 0, 0], len([None] * 100000))
