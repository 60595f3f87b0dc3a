# repr of bytes picks quotes like str and escapes non-printable bytes as \x.. .
for b in [b"", b"plain", b"it's", b'say "x"', b"both ' \"", b"\t\n\r", b"\x00\x7f\x80\xff", b"\\", bytes(range(30, 40))]:
    print(repr(b), len(b))
print(repr(bytearray(b"x'y")), repr(bytearray()))
print(str(b"abc"))
