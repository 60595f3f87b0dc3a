# slice objects: attributes, indices(), use with lists/strings/tuples, repr.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
l = list(range(10))
print(l[s], "abcdefghij"[s], tuple(l)[s], l[slice(None, None, -2)], l[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
l[slice(0, 3)] = ["x"]
print(l)
class Probe:
    def __getitem__(self, k):
        return k
p = Probe()
print(p[1:2], p[::3], p[1:2, 3], p[...], p[:, None])
