# str.format: nested fields, conversion + spec, format_map, mixing auto numbering errors.
data = {"x": 1.5, "y": [3, 4]}
print("{x:.3f} {y[1]}".format(**data))
print("{:{}{}}".format("v", ">", 6))
print("{0:{1}}|".format("ab", 5))
print("{!r:>10}".format("q"))
print("{0}{1}{0}".format("<", ">"))
print("{x}".format_map({"x": "mapped"}))
print("{:%}".format(0.25), "{:.1e}".format(123456))
print("{0[a]}".format({"a": "key a"}))
print("{:c}".format(97), "{:5}|".format(True), "{}".format(1.0))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "}".format(1)
except ValueError as e:
    print("ValueError:", e)
