# bytearray: mutation, append/extend/pop/insert, slice assignment, conversion.
ba = bytearray(b"hello")
ba[0] = 72
print(ba, bytes(ba), len(ba))
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[0:1] = b""
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
print(ba)
del ba[2:4]
print(ba)
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]) + b"\x03", bytearray(b"ab") * 2)
ba3 = bytearray()
for i in range(10):
    ba3.append(i * 25)
print(ba3, ba3.hex())
ba3.reverse()
print(list(ba3))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"))
try:
    ba.append(300)
except ValueError as e:
    print("ValueError:", e)
