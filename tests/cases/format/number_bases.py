# hex/oct/bin builtins and format specs with prefixes, negatives and big ints.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2**64, -2**64 - 1]:
    print(n, hex(n), oct(n), bin(n), f"{n:#x}", f"{n:08b}", f"{n:o}")
print(f"{255:#010x}", f"{-255:#010x}", f"{5:#b}", f"{0:#o}")
print(f"{0xdeadbeef:_X}", f"{0b1111000011110000:_b}")
