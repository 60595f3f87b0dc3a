# Bitwise operators and shifts including negatives and big shifts.
for a in [0, 1, -1, 5, -5, 255, -256, 2**64 + 3, -(2**64) - 3]:
    print(a & 0xFF, a | 0x100, a ^ -1, ~a, a >> 1, a << 3)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 50)
print(5 >> 64, -5 >> 64, 0 << 1000)
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0FF0, 0xF0F0 ^ 0x0FF0)
print((2**100 - 1) & (2**50 + 7), (2**100) | 1, (2**100) ^ (2**100))
print(-12345678901234567890 & 0xFFFFFFFF)
print(-12345678901234567890 | 0xFFFF)
print(-12345678901234567890 ^ 98765432109876543210)
print((7).bit_length(), (-8).bit_length(), (0).bit_length(), (2**100).bit_length())
print((255).bit_count(), (-255).bit_count())
