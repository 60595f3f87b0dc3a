# __slots__ restricts attributes; __dict__ of plain instances; class __dict__ keys subset.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class Q:
    def __init__(self):
        self.a = 1
        self.b = 2
q = Q()
print(q.__dict__)
q.__dict__["c"] = 3
print(q.c, sorted(k for k in Q.__dict__ if not k.startswith("__")))
