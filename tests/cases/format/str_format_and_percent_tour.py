class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __str__(self):
        return "point"
    def __format__(self, spec):
        if spec == "xy":
            return f"<{self.x},{self.y}>"
        return format(str(self), spec)
p = P(1, 2)
print("{} {} {}".format(1, "a", 2.5), "{0} {1} {0}".format("a", "b"), "{name}-{age}".format(name="Bob", age=3))
print("{0.x} {0.y} {p.x}".format(p, p=p), "{0[1]} {d[k]} {l[0][1]}".format([9, 8], d={"k": "v"}, l=[[1, 2]]))
print("{!r} {!s} {:xy} {:>8}|".format(p, p, p, p))
print("{:>{}}|{:.{}f}".format("ab", 5, 3.14159, 2))
print("{{}} {{{}}}".format(7))
print(format(12345.678, ",.1f"), format(255, "#x"), format("s", "^5"), format(p, "xy"), format(3), format(2.0), format("x"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError:", e)
try:
    "}".format()
except ValueError as e:
    print("ValueError:", e)
try:
    "{0.z}".format(p)
except AttributeError as e:
    print("AttributeError:", e)
print("{:*<10}{:#>10}".format("L", "R"))
print("{0:b} {0:o} {0:x} {0:X} {0:c}".format(65))
print("{:5d}|{:<5d}|{:^5d}|{:05d}".format(42, 42, 42, 42))
print("{:.2%}".format(0.12345), "{:,}".format(10**12), "{:e}".format(0.0))
data = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print("{:<10}{:>5}{:>8}".format("name", "qty", "price"))
for name, q, pr in data:
    print("{:<10}{:>5d}{:>8.2f}".format(name, q, pr))
print("%d %i %o %x %X %e %E %f %F %g %G %c %r %s %a %%" % (42, 42, 42, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 65, "r", "s", "é"))
print("%5d|%-5d|%05d|%+d|% d|%#o|%#x|%#X|%.3d" % (42, 42, 42, 42, 42, 8, 255, 255, 7))
print("%10.3f|%-10.2e|%+.1f|%.0f|%#.0f|%g|%.2g" % (3.14159, 1234.5, 2.25, 2.5, 2.5, 0.00001, 1234))
print("%(a)s and %(b)d" % {"a": "x", "b": 5}, "%s" % (1,), "%s" % [1, 2], "%r" % "x", "%c" % "z", "%*d|%-*d" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s %s" % ("a", "b"), "%%d" % (), "%5s|%-5s|%.2s" % ("abc", "abc", "abc"))
for fmt_, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%c", 1234567), ("%(k)s", 1), ("%c", "ab")]:
    try:
        print(fmt_ % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%d" % 3.9, "%x" % 255, "%s" % None, "%5.1f%%" % 99.44, "%i" % True)
print("%-6s|%6s|" % ("é", "日本"))
