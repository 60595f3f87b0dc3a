# Augmented assignment on names, attributes, subscripts and slices; evaluation happens once.
calls = []
def idx(i):
    calls.append(i)
    return i
l = [1, 2, 3]
l[idx(0)] += 10
print(l, calls)
class C:
    def __init__(self):
        self.v = 1
c = C()
c.v += 5
c.v *= 2
print(c.v)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
l2 = [1, 2, 3, 4]
l2[1:3] += ["x"]
print(l2)
