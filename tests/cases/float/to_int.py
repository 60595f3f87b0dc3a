# int(float) truncation, huge floats to int, inf/nan conversion errors.
for v in [0.0, 0.5, -0.5, 1.9999, -1.9999, 1e10, 1e20, -1e20, 2.0**63, 2.0**64, 1e300, 123.456]:
    print(v, int(v))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int(1e300) == 10**300, int(1e22) == 10**22)
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer())
