# Every binary/unary operator token and augmented assignment.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a & b, a | b, a ^ b, ~a, a << b, a >> 2)
print(-a, +a, --a, -+-a)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
x = 10
x += 1; print(x)
x -= 2; print(x)
x *= 3; print(x)
x /= 2; print(x)
x //= 2; print(x)
x %= 5; print(x)
x = 3
x **= 4; print(x)
x &= 0xF0; print(x)
x |= 1; print(x)
x ^= 0xFF; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(2 ** -1, (-2) ** 2, -2 ** 2)
print(not 1 == 2)
