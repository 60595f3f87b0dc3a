# Chained assignment and multiple-target evaluation order, including subscript targets that depend on earlier targets.
a = b = []
a.append(1)
print(a, b, a is b)
x = [0, 0, 0]
i, x[i] = 1, 9
print(i, x)
d = {}
k, d[k] = "key", "value"
print(d)
log = []
class T:
    def __setitem__(self, key, value):
        log.append((key, value))
t = T()
t[1], t[2] = "a", "b"
print(log)
p = q = r = 5
p += 1
print(p, q, r)
(m, n), o = [1, 2], 3
print(m, n, o)
first, (second, *rest) = "ab", "xyz"
print(first, second, rest)
