# Float floor division and modulo follow the sign of the divisor; divmod; errors.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 3.0), (-0.0, 3.0), (5, 0.5),
         (1e300, 3.0), (3.0, float("inf")), (-3.0, float("inf"))]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0), (5.5, -0.0)]:
    for op in ("/", "//", "%"):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            else:
                r = a % b
            print(r)
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError:", e)
