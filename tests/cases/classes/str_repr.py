# __str__ and __repr__: which one print/str/repr/f-strings/containers use.
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "Both()"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "only str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b}", f"{b!r}", "%s %r" % (b, b))
print(r, str(r), [r], f"{r}")
print(s, str(s), "{}".format(s))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
