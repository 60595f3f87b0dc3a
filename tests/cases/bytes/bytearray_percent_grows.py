# bytearray % args reads the format while the arguments' __bytes__ run; one
# that grows the bytearray moves its storage. Mosaic formats from a copy.
# (CPython reads the old storage here, so what it prints for the mutated
# format is unspecified: this test only checks that formatting completes;
# under ASan, reading freed storage is an error.)
ba = bytearray(b"%s|" * 4)


class Grow:
    def __bytes__(self):
        ba.extend(b"-" * 100000)
        return b"x"


try:
    r = ba % (Grow(), Grow(), Grow(), Grow())
except TypeError:
    pass
print("done", bytes(ba[:12]))
fixed = bytearray(b"[%s:%d]")
print(fixed % (b"ab", 7), bytes(fixed))
