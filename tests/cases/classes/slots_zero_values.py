# A slot holding 0.0 (all-zero bits) or 0 is set, not empty.
class P:
    __slots__ = ('x', 'y', 'z')

p = P()
p.x = 0.0
p.y = 0
print(p.x, p.y)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.z = -0.0
print(p.z, repr(p.z))

class Q(P):
    __slots__ = ('w',)
    def __init__(self):
        self.w = 0.0
        self.x = 0.0

q = Q()
print(q.w, q.x, hasattr(q, 'y'))

class F(float):
    __slots__ = ('tag',)

f = F(1.5)
f.tag = 0.0
print(f, f.tag)
total = 0.0
for i in range(200):
    q.w = q.w + 0.0
    total += q.w
print(total)
