# round() on floats: banker's rounding, ndigits positive/negative, return types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, 123.456, -123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(2.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(1234.5678, -2), round(-0.4), round(0.4999999999999999))
print(round(5e-324, 400), round(1e308, -308))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
