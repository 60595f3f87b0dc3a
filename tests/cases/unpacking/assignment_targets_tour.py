class O: pass
o = O()
o.lst = [O(), O()]
o.lst[1].d = {"k": 1}
o.lst[1].d["k"] += 5
o.lst[0].v = 1
o.lst[0].v *= 3
print(o.lst[1].d, o.lst[0].v)
a = [0, 1, 2]
a[0] = a[1] = 5
print(a)
*x, = "abc"
y, = [42]
[p, q] = (1, 2)
(r, s), t = "ab", "c"
print(x, y, p, q, r, s, t)
lst = [3, 1, 2]
i, j = 0, 2
lst[i], lst[j] = lst[j], lst[i]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
e = [1, 2, 3, 4]
del d["a"], e[0], o.lst[0].v
print(d, e, hasattr(o.lst[0], "v"))
del e[:]
print(e)
f = list(range(10))
del f[1:8:2]
print(f)
g = list(range(5))
g[1:3] = []
print(g)
g[:0] = ["start"]
g[len(g):] = ["end"]
print(g)
g[::2] = "ABC"
print(g)
try:
    g[::2] = [1]
except ValueError as ex:
    print("ValueError:", ex)
h = {}
h["x"] = h.get("x", 0) + 1
h.setdefault("y", []).append(1)
h.setdefault("y", []).append(2)
print(h)
k = m = n = []
k.append(1)
print(m, n, k is n)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "x"
print(head, rest)
(a1, *b1), c1 = [1, 2, 3], 4
print(a1, b1, c1)
for idx, (key, *vals) in enumerate([("a", 1, 2), ("b",)]):
    print(idx, key, vals)
val = 10
val -= 3 - 1
val /= 4
val //= 0.5
val **= 2
print(val)
st = "ab"
st *= 3
st += "!"
print(st)
tup = (1,)
tup += (2, 3)
tup *= 2
print(tup)
bits = 0b1010
bits &= 0b0110
bits |= 0b0001
bits ^= 0b1111
bits <<= 2
bits >>= 1
print(bin(bits))
lst2 = [1, 2]
alias = lst2
lst2 += [3]
print(alias, lst2 is alias)
lst2 = lst2 + [4]
print(alias, lst2 is alias)
class V:
    def __init__(self): self.n = 0
    def __iadd__(self, o):
        self.n += o
        return self
v = V()
v += 5
v += 6
print(v.n)
matrix = [[0] * 3 for _ in range(2)]
matrix[1][2] = 9
print(matrix)
bad = [[0] * 3] * 2
bad[1][2] = 9
print(bad)
nums = [1, 2, 3]
nums[1:2] = [20, 21, 22]
print(nums, nums[-2:], nums[:-2])
