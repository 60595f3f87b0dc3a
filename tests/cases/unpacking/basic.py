# Tuple/list unpacking, nested, swaps, rotation; error messages for count mismatches.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = [4, 5]
print(s, t)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
i, j = j, i = 7, 8
print(i, j)
def _unpack2(v):
    m, n = v
    return m, n
def _unpack3(v):
    m, n, o = v
    return m, n, o
for bad in [lambda: _unpack2((1, 2, 3)), lambda: _unpack3((1, 2)), lambda: _unpack2(5), lambda: _unpack2("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
