# itertools.groupby and tee: shared underlying iterators, keys, invalidated groups
from itertools import groupby, tee, islice, count

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words, key=len), key=len)])
print([(k, list(g)) for k, g in groupby([])])
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2])])

# advancing the groupby empties the earlier groups
groups = groupby("aabbbcdd")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2))
k3, g3 = next(groups)
print(list(g2), k3, list(g3), [(k, list(g)) for k, g in groups])
saved = [(k, g) for k, g in groupby("xxyz")]
print([(k, list(g)) for k, g in saved])

# run-length encoding round trip
def rle(s):
    return "".join("%d%s" % (len(list(g)), k) for k, g in groupby(s))

def unrle(s):
    out = []
    for is_digit, g in groupby(s, key=str.isdigit):
        text = "".join(g)
        if is_digit:
            n = int(text)
        else:
            out.append(text[0] * n + text[1:])
    return "".join(out)

enc = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(enc, unrle(enc) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")

a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter("abc"), 3)
print(list(x), list(z), next(y), list(y))
p, q = tee(count())
print(list(islice(p, 5)), list(islice(q, 3)), next(p), next(q))
c1, c2 = tee(tee([7, 8])[0])
print(list(c1), list(c2), tee([1], 0), len(tee("ab", 5)))
src = iter(range(5))
t1, t2 = tee(src)
next(t1)
print(next(src), list(t1), list(t2))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)


def windows(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


print(list(windows(range(6), 3)))
