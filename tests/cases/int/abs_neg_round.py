# abs, negation, round with negative ndigits, and divmod consistency on ints.
for n in [0, 5, -5, 2**70, -2**70]:
    print(abs(n), -n, +n, round(n), round(n, -1), round(n, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(1234567, -3), round(1250, -2), round(1350, -2))
print(type(round(7)).__name__, type(round(7, 2)).__name__)
