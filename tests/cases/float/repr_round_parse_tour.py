vals = [0.1+0.2, 1e16, 1e15, 123456789012345678.0, 1/3, -0.0, 1e-7, 1e-4, 0.0001, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.0**53, 2.0**63, 1.5e-300, 100.0, 1e+100, 3.0, 0.3, 2.675, 1.1*1.1, 9.995, 1234.5678e10]
for v in vals:
    print(repr(v), str(v), v.is_integer(), round(v, 2), v.hex() if v == v else "", int(v) if abs(v) < 1e300 else "")
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2), round(-1234.5678, -1), round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(1.0), type(round(1.5)), type(round(1.5, 0)))
print(round(123456789, -3), round(0.125, 2), round(0.375, 2), round(1e300, 2), round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(float("1.5"), float("  -2.5e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"), float(".5"), float("5."), float("+1E-2"))
for bad in ["", "abc", "1.2.3", "1e", "_1", "1__0", "0x10", " ", "1 2"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int("42"), int(" -42 "), int("1_000"), int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("ZZ", 36), int("+7"), int("007"), int(3.99), int(-3.99), int(True))
for bad, base in [("", 10), ("abc", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("1__0", 10), ("08", 0), ("9", 8)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2 ** -1, 2 ** 0.5, (-8) ** (1/3) if False else "", 10 ** -2)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 5))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ["/", "//", "%"]:
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(1 == 1.0, 1 < 1.5, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > 1e308, 10**400 < float("inf"), -10**400 < -1e308)
print(hash(1.0) == hash(1), hash(-1), hash(-2), hash(0.5), hash(float("inf")), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1, 2.5, 3]), sum([], 0.0), sum(range(101)))
print(abs(-3), abs(-3.5), abs(-0.0), abs(True), float(10**20), float(2**1000) if True else "")
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(3.0.as_integer_ratio(), 0.75.as_integer_ratio(), (-0.1).as_integer_ratio(), float.fromhex("0x1.8p1"), (2.5).hex())
print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"), 0.1 * 3, 1.0 / 3.0 * 3.0)
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), sorted([3, 1.5, 2, -0.5, True]))
print(int.__name__, float.__name__, (1.5).real, (1.5).imag, (5).real, (5).numerator, (5).denominator, (1.5).conjugate())
