# int methods: to_bytes/from_bytes, bit_length, conjugate, numerator, as_integer_ratio.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print((2**100).to_bytes(13, "big"))
print(int.from_bytes(bytes(range(20)), "big"))
print((5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())
print((10).as_integer_ratio(), (-3).as_integer_ratio())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(abs(-5), abs(-2**100), (-7).__abs__())
