# Bit manipulation: popcount, gray codes, bit reversal, subsets via masks, xor-swap, power-of-two tests.
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
def gray(n):
    return n ^ (n >> 1)
def ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n
def reverse_bits(x, width=32):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
print([popcount(x) for x in range(17)], popcount(2**100 - 1), popcount(0xDEADBEEF))
print([format(gray(i), "04b") for i in range(16)])
print(all(ungray(gray(i)) == i for i in range(5000)), all(popcount(gray(i) ^ gray(i + 1)) == 1 for i in range(5000)))
print(hex(reverse_bits(1)), hex(reverse_bits(0x12345678)), reverse_bits(reverse_bits(0xCAFE)) == 0xCAFE)
items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(4) if mask >> i & 1] for mask in range(16)]
print(subsets)
a, b = 12345, 67890
a ^= b; b ^= a; a ^= b
print(a, b)
print([n for n in range(1, 300) if n & (n - 1) == 0], (1 << 62) & ((1 << 62) - 1) == 0)
print([x & -x for x in (12, 40, 7, 2**70 + 2**65)])
def next_same_popcount(x):
    c = x & -x
    r = x + c
    return (((r ^ x) >> 2) // c) | r
x = 0b0111
seq = []
for _ in range(10):
    seq.append(format(x, "06b"))
    x = next_same_popcount(x)
print(seq)
mask = 0
for i in range(0, 64, 3):
    mask |= 1 << i
print(hex(mask), popcount(mask), mask.bit_length())
