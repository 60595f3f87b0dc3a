# copy: shallow and deep copies of builtins, classes, slots, cycles, __copy__/__deepcopy__, memo sharing
import copy
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(98)
print(a, s, d)
print(s[1] is a[1], d[1] is a[1], s is a)
for x in (5, 2.5, "str", b"b", None, (1, 2), frozenset({1}), range(3), len, int):
    print(repr(x), copy.copy(x) is x, copy.deepcopy(x) is x)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.copy({1, 2}), copy.deepcopy({3, 4}))
print(copy.copy(bytearray(b"xy")), copy.deepcopy(bytearray(b"z")), copy.deepcopy(frozenset({1})) == frozenset({1}))

# cycles and shared references
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
dd = {"self": None}
dd["self"] = dd
print(copy.deepcopy(dd)["self"]["self"] is not dd)
tup_cycle = ([],)
tup_cycle[0].append(tup_cycle)
tc = copy.deepcopy(tup_cycle)
print(tc[0][0] is tc, tc is not tup_cycle)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["p"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("moved")
print(q, r, type(q).__name__, q.tags is p.tags, r.tags is p.tags)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([2])).v)


class WithState:
    def __init__(self):
        self.data = {"x": 1}
        self.cache = "big"

    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"


w = copy.deepcopy(WithState())
print(w.data, w.cache)


class Sub(list):
    pass


sb = Sub([1, [2]])
sb.extra = "attr"
sc = copy.deepcopy(sb)
print(type(sc).__name__, sc, sc.extra, sc[1] is sb[1])


class DSub(dict):
    pass


ds = copy.copy(DSub(a=1))
print(type(ds).__name__, ds)


class Num(int):
    pass


n = copy.copy(Num(7))
print(type(n).__name__, n)

Pt = namedtuple("Pt", "x y")
pt = Pt([1], 2)
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).x is pt.x)
od = OrderedDict(a=[1], b=2)
print(copy.copy(od), copy.deepcopy(od)["a"] is od["a"])
dfd = defaultdict(list, {"k": [1]})
cdfd = copy.deepcopy(dfd)
cdfd["new"].append(1)
print(cdfd, dfd)
print(copy.copy(Counter("aab")), copy.deepcopy(deque([1, [2]], maxlen=3)))
err = copy.copy(ValueError("bad", 2))
print(repr(err), err.args)
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))


# a board game state cloned for search
board = {"grid": [[0] * 3 for _ in range(3)], "turn": "X", "history": []}
child = copy.deepcopy(board)
child["grid"][1][1] = "X"
child["history"].append((1, 1))
print(board["grid"][1], child["grid"][1], board["history"], child["history"])
