class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
class MyFloat(float):
    def __repr__(self):
        return f"MyFloat({float(self)})"
i, f = MyInt(5), MyFloat(2.5)
vals = [list(enumerate("ab", MyInt(1))), round(i), round(i, 1), abs(MyInt(-5)), +i, -i, i.real, i.numerator, int(i), sum([i]), max([i]), divmod(i, 2), i // 2, i % 3, i ** 2, i << 1, i & 3, ~i, i.conjugate(), pow(i, 2, 3), float(i), complex if False else 0, [0] * i, bool(i), i.bit_length(), i.to_bytes(1, "big"), hex(i), format(i, ""), format(i, "d"), "{}".format(i), "{!s}".format(i), "%s|%d|%r" % (i, i, i), str(i), f"{i!s}", int(str(int(i))), range(i)[-1], list(range(MyInt(2)))]
print(vals)
print([type(v).__name__ for v in vals])
fv = [round(f), round(f, 1), abs(MyFloat(-2.5)), +f, -f, f.real, f.imag, float(f), int(f), sum([f]), max([f]), f // 1, f % 1, f ** 2, f.conjugate(), f.hex(), f.as_integer_ratio(), f.is_integer(), format(f, ""), format(f, ".1f"), "{}".format(f), str(f), "%s %r %f" % (f, f, f), f"{f}", f * 2, f / 2, divmod(f, 1)]
print(fv)
print([type(v).__name__ for v in fv])
class B(bytes):
    pass
b = B(b"abc")
print(b, repr(b), b[0], b[1:], type(b[1:]).__name__, type(b + b"x").__name__, b.upper(), type(b.upper()).__name__, bytes(b), type(bytes(b)).__name__, b == b"abc", hash(b) == hash(b"abc"), list(b), len(b), b.decode())
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
ll = L([3, 1, 2])
print(ll, [ll], str(ll), sorted(ll), type(sorted(ll)).__name__, ll[:], type(ll[:]).__name__, ll.copy(), type(ll.copy()).__name__, list(ll), ll + ll, ll * 2, type(ll * 2).__name__)
ll += [9]
print(ll, type(ll).__name__)
ll *= 2
print(ll, type(ll).__name__)
class D(dict):
    def __repr__(self):
        return "D" + super().__repr__()
dd = D(a=1)
print(dd, [dd], dd.copy(), type(dd.copy()).__name__, dict(dd), dd | {"b": 2}, type(dd | {"b": 2}).__name__, {"b": 2} | dd, type({"b": 2} | dd).__name__, D.fromkeys("ab"), type(D.fromkeys("ab")).__name__)
dd |= {"z": 0}
print(dd, type(dd).__name__)
class S(set):
    pass
ss = S([1, 2])
print(ss, repr(ss), ss | {3}, type(ss | {3}).__name__, type({3} | ss).__name__, ss.copy(), type(ss.copy()).__name__, type(ss - {1}).__name__, frozenset(ss), S())
class FS(frozenset):
    pass
print(FS([1]), repr(FS()), type(FS([1]) | {2}).__name__, FS([1]) == {1}, hash(FS([1])) == hash(frozenset([1])))
class T(tuple):
    pass
print(T((1, 2)), repr(T()), T([1]) * 2, type(T([1]) * 2).__name__, type(T([1]) + (1,)).__name__)
