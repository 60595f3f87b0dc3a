# str.format with positional, keyword, indexed, attribute fields and specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 5
    y = "why"
print("{0.x} {0.y} {p.x}".format(P(), p=P))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:#o} {:b} {:,}".format(3.14159, 42, 255, 8, 5, 1234567))
print("{{}} {{{}}}".format("in"))
print("{0!r} {0!s} {0!a}".format("\u00e9"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{:*^11}".format("mid"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
