# Conversions between huge ints and floats: rounding half-even at 2**53, OverflowError.
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 10**22, 10**23, 2**1023, 2**1024 - 2**971, 2**1024 - 2**970 - 1]:
    print(n, repr(float(n)))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2**1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(2**1100 / 2**1000)
print(2**1100 // 2**1000)
