c = 3 - 4j
print(c, abs(c), c.real, c.imag, c.conjugate(), type(c), isinstance(c, complex), complex)
print([1j, 2 + 0j, -1j], (1j,), {1j: "i"}, {2j, 1j, 3j}, {1+0j, 1, 1.0})
print("%s %r" % (c, c), "{} {!r} {:.2f}".format(c, c, c), f"{c}|{c!r}|{c:10.1f}|{c:<12}|")
try:
    "%f" % c
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % c
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt(c) if False else __import__("math").sqrt(c)
except TypeError as e:
    print("TypeError:", e)
for e in ["c // 2", "c % 2", "divmod(c, 2)", "round(c)", "int(c)", "float(c)", "c < c", "c > 1", "sorted([c, 1j])", "max(1j, 2j)", "pow(c, 2, 5)", "1 / (0 * c)"]:
    try:
        print(e, eval(e))
    except (TypeError, ValueError, ZeroDivisionError) as ex:
        print(e, "->", type(ex).__name__ + ":", ex)
roots = []
a, b, cc = 1, 2, 5
disc = b * b - 4 * a * cc
sq = disc ** 0.5
print(disc, sq, (-b + sq) / (2 * a), (-b - sq) / (2 * a))
z = 0j
for k in range(8):
    z = z * z + complex(-0.4, 0.6)
    print(k, z, abs(z) < 2)
print(sum([1j, 2, 3.5, -1j]), sum(c ** k for k in range(4)), [complex(k, -k) for k in range(3)])
print(complex("  (3-4j)  "), complex(" 2.5 "), complex("-1.5e-3+2J"), complex("inf-infj"), complex(1.5, -2), complex(real=1, imag=2))
class Z(complex):
    def __repr__(self):
        return f"Z{complex.__repr__(self)}"
z = Z(1, 2)
print(z, z + 1, type(z + 1).__name__, z.real, abs(z), Z("3+4j"), isinstance(z, complex), z == 1 + 2j)
class HasComplex:
    def __complex__(self):
        return 7 - 1j
print(complex(HasComplex()), complex(1j, 1j), complex(2, 1j), complex(1j, 2))
print(1j ** 2, 1j ** 3, (1 + 1j) ** 8, 2 ** 1j, (-1) ** 0.5, (-27) ** (1 / 3), 4 ** 0.5, (-4.0) ** 0.5)
print(hash(1j) == hash(complex(0, 1)), hash(0j) == hash(0), 1j.imag, (1+2j).__format__(".1f"), complex.__name__)
c += 1
c *= 2j
c -= 1.5
c /= 2
print(c)
c **= 2
print(c)
print(eval("2j"), eval("-2.5J"), 1e3j, 0j, 00j, 1_0j, .5j, 5.j)
