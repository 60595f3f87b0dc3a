# float methods: hex/fromhex, is_integer, conjugate, real/imag.
for v in [1.0, 0.5, 3.14, -2.75, 1e300, 5e-324, 0.0]:
    print(v.hex(), float.fromhex(v.hex()) == v)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float(), float(" -1.5 "), float("1e-3"))
