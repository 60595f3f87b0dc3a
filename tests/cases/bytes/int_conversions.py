# int <-> bytes: to_bytes/from_bytes, bytes(n) vs bytes([n]), iteration sums.
n = 0x0102030405060708
b = n.to_bytes(8, "big")
print(b, int.from_bytes(b, "little"), hex(int.from_bytes(b, "little")))
print(bytes(4), bytes([4]), bytes((1, 2)))
print(sum(b"\xff" * 1000))
print(int.from_bytes(b"\x80", "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print(max(b"azAZ"), min(b"azAZ"), sorted(b"dcba"))
