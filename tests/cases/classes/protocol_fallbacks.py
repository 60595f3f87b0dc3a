class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
class Sized:
    def __len__(self): return 3
    def __bool__(self): return False
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
    def __len__(self): return 3
    def __getitem__(self, i): return i
class Rnd:
    def __round__(self, n=None): return ("rounded", n)
    def __abs__(self): return "abs!"
    def __neg__(self): return "neg!"
    def __int__(self): return 42
    def __float__(self): return 2.5
class Cont:
    def __contains__(self, x): return x == "magic"
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(list(Seq(5)), 9 in Seq(5), 10 in Seq(5), sum(Seq(4)), sorted(Seq(3), reverse=True), list(reversed(Seq(0))) if hasattr(Seq, "__len__") else "no len")
print(len(Sized()), bool(Sized()), "yes" if Sized() else "no", not Sized())
l = list(range(10))
print(l[Idx(2)], l[Idx(1):Idx(4)], "abc"[Idx(-1)], range(Idx(3)), hex(Idx(255)), bin(Idx(3)), [0] * Idx(3), "ab" * Idx(2), (1, 2, 3)[Idx(0)])
print(list(reversed(Rev())), round(Rnd()), round(Rnd(), 2), abs(Rnd()), -Rnd(), int(Rnd()), float(Rnd()))
print("magic" in Cont(), "other" in Cont(), "magic" not in Cont())
e = Eq(1)
print(e == e, e == Eq(1), e != Eq(1), e in [e], Eq(1) in [Eq(1)], [e].count(e), [e].index(e))
class BadLen:
    def __len__(self): return -1
class BadLen2:
    def __len__(self): return "3"
class BadBool:
    def __bool__(self): return 1
for f in [lambda: len(BadLen()), lambda: len(BadLen2()), lambda: bool(BadBool()), lambda: iter(Sized()), lambda: int(Eq(1)), lambda: l[Eq(1)], lambda: round(Eq(1))]:
    try:
        print(f())
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __mul__(self, o): return Num(self.v * o) if isinstance(o, int) else NotImplemented
    def __rmul__(self, o): return self.__mul__(o)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
    def __format__(self, spec): return format(self.v, spec) + "n"
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)), 3 * Num(2), Num(2) * 3, sorted([Num(3), Num(1), Num(2)]), max(Num(5), Num(7)), f"{Num(3.14159):.2f}", format(Num(1), ">5"))
try:
    Num(1) * "x"
except TypeError as ex:
    print("TypeError:", ex)
try:
    Num(1) > Num(2)
    print(Num(1) > Num(2))
except TypeError as ex:
    print("TypeError:", ex)
try:
    Num(1) <= Num(2)
except TypeError as ex:
    print("TypeError:", ex)
class Str:
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(Str(), [Str()], (Str(),), {Str(): Str()}, f"{Str()}", f"{Str()!r}", "%s %r" % (Str(), Str()), str([Str()]), "{}".format(Str()), format(Str()))
class OnlyRepr:
    def __repr__(self): return "OR"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr():>5}|")
try:
    f"{OnlyRepr():d}"
except TypeError as ex:
    print("TypeError:", ex)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
it = It()
print(list(it), list(it), dict(zip(It(), "abc")), tuple(It()), set(It()), max(It()), "-".join(map(str, It())))
a, b, c = It()
print(a, b, c)
try:
    a, b = It()
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b, c, d = It()
except ValueError as ex:
    print("ValueError:", ex)
