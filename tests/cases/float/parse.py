# float() from strings: signs, exponents, whitespace, underscores; errors.
for s in ["1", "1.5", "-2.5e3", "  3.25  ", "1_000.5", ".5", "5.", "1E-2", "+0", "-0", "0x10" , "1e", "abc",
          "", "1..2", "inf", "nAn", "1_", "12e1_0", "\t7\n", "1,5"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(7), float(2**60), float(True), float(-3))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
