class MyStr(str):
    def shout(self):
        return self.upper() + "!"
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
class MyFloat(float):
    pass
class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
class MyTuple(tuple):
    pass
s = MyStr("hello")
print(s, repr(s), s.shout(), type(s).__name__, type(s + "x").__name__, type(s.upper()).__name__, type(s[1:]).__name__, type(str(s)).__name__, s == "hello", hash(s) == hash("hello"), isinstance(s, str), len(s), s * 2, f"{s:>8}", "%s" % s, {s: 1}["hello"])
i = MyInt(5)
print(i, repr(i), i + 1, type(i + 1).__name__, type(-i).__name__, type(abs(i)).__name__, i * 2, str(i), f"{i}", f"{i:03d}", "%d" % i, [i], hex(i), i == 5, {5: "x"}[i], range(i), "ab"[MyInt(1)], type(int(i)).__name__, MyInt("12", 3) if False else MyInt("12"))
f = MyFloat(2.5)
print(f, repr(f), f + 1, type(f * 2).__name__, round(f), int(f), f"{f:.2f}", f.is_integer(), type(float(f)).__name__)
l = MyList([1, 2, 3])
l.append(4)
print(l, repr(l), l.total(), type(l[1:]).__name__, type(l + [5]).__name__, type(l * 2).__name__, len(l), l == [1, 2, 3, 4], sorted(l, reverse=True), list(reversed(l)))
l2 = MyList(x * x for x in range(4))
print(l2, isinstance(l2, list), type(l2).__name__)
d = MyDict()
d["a"] = 1
d.update(b=2)
d.setdefault("c", 3)
print(d, dict(d), MyDict(x=5), type(d.copy()).__name__, d.get("a"), list(d.items()))
t = MyTuple([1, 2])
print(t, repr(t), t + (3,), type(t + (3,)).__name__, type(t[:1]).__name__, t == (1, 2), hash(t) == hash((1, 2)))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"Point(x={self.x}, y={self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), sorted([Point(2, 1), Point(1, 2)]), (p.x ** 2 + p.y ** 2) ** 0.5, p == (3, 4), list(p))
class CIStr(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    def __hash__(self):
        return hash(self.lower())
print(CIStr("Hello") == "HELLO", CIStr("a") in ["A"], CIStr("X") in {"x": 1}, {CIStr("Key"): 1}.get(CIStr("KEY")))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
st = Stack()
for c in "abc": st.push(c)
print(st.peek(), st.pop(), st, len(st), bool(Stack()))
class Default(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
dd = Default()
print(dd["abc"], dd["z"], dd, "abc" in dd, dd.get("q"), len(dd))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper("abc"), Upper("abc") + "d", len(Upper("xy")))
