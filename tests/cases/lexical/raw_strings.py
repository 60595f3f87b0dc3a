# Raw strings: backslashes kept, quotes, raw bytes.
print(r"\n")
print(R"\t\x41")
print(r'C:\path\to\file')
print(len(r"\n"))
print(r"\"")
print(repr(r"\\"))
print(rb"\x00")
print(Rb"\n", bR"\t", BR"\r")
print(repr(r"""a\
b"""))
print(r"a" "\tb")
