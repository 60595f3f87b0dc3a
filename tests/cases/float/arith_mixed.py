# Mixed int/float arithmetic, exact big-int/float comparisons, power corner cases.
print(1 + 2.0, 3 * 1.5, 2 - 0.5, 7 / 2.0, 2 ** 0.5, 4 ** 0.5, 8 ** (1/3))
print((-8) ** 2.0, 2.0 ** -1, 0.0 ** 0, 0 ** 0.0, (-1.0) ** 3)
print(2 ** 1023 * 1.0, 10 ** 308 * 10.0)
print(1.5 * 2**100)
print(10**20 + 0.5, 10**16 + 1.0)
print(0.1 * 3, 0.1 * 3 == 0.3, 1.1 * 1.1)
print(1e308 + 1e308, -1e308 - 1e308)
print(3.0 * -0.0, -0.0 + 0.0, -0.0 - 0.0, 0.0 * -1)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError:
    print("OverflowError")
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
