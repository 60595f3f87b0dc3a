# format() builtin and __format__ on ints, floats, strings with assorted specs.
print(format(123), format(123, "d"), format(123, "10"), format(-123, "010"), format(123, "<5") + "|")
print(format(3.5), format(3.5, "g"), format(1e20, "g"), format(1e-5, "g"), format(123456789.0, "g"))
print(format(0.1, ".20f"), format(1 / 3, ".15g"), format(2 ** 0.5, ".50f"))
print(format("abc", "5"), format("abc", ">5"), format("abc", ".2"), format("abcdef", "^9.3"))
print(format(65, "c"), format(0x1F600, "c"), format(10, "n"))
print(format(-0.0, ".1f"), format(0.05, ".1f"), format(0.15, ".1f"), format(0.25, ".1f"), format(0.35, ".1f"))
print(format(1.5, "=+8.2f"), format(-1.5, "=8.2f"), format(42, "=+6"), format(42, " d"))
print(format(12345678, ",d"), format(-1234567.891, ",.2f"), format(2**70, ","))
print(format(0.000123, "%"), format(0.5, ".0%"), format(1, "%"))
print(format(True, "d"), format(True), format(None))
print(format(10**30, "e"), format(10**30, ".3g"))
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
