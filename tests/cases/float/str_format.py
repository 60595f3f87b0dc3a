# Formatting floats with format specs: f, e, g, %, alignment, signs, grouping.
v = 1234.5678
for spec in [".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", ",.2f", "_.1f", ".3e", ".3E",
             "g", ".3g", ".10g", "%", ".1%", "010.2f", "e", "#.0f", ".2", ""]:
    print(repr(spec), format(v, spec))
for x in [0.0001234, 123456789.0, 1e-10, 1e16, 0.5, 2.5, -0.0, float("inf"), float("nan")]:
    print(format(x, "g"), format(x, ".2e"), format(x, ".3f"), str(x))
print("%.3f %e %g %10.2f|%-10.2f|" % (3.14159, 31415.9, 0.00001, 2.5, 2.5))
