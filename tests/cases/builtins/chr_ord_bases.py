# chr/ord over ASCII, Latin-1, BMP and astral ranges; hex/oct/bin and int(x, base) round trips.
for cp in [0, 9, 10, 32, 65, 97, 127, 128, 233, 255, 256, 0x20AC, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
    c = chr(cp)
    print(cp, ord(c) == cp, repr(c), hex(cp), oct(cp), bin(cp))
for n in [0, 1, -1, 255, -256, 2**40]:
    print(int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n, int(hex(n), 0) == n)
