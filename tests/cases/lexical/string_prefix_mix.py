# f-string, raw f-string and byte prefixes in every case combination.
v = 42
print(f"{v}", F"{v}", rf"\{v}", fr"\n{v}", Rf"{v}\t", fR"{v}\x")
print(u"unicode prefix", U"upper")
print(r"\N{DASH}")
print(f"{{literal braces}} {v}")
print(f'''triple {v}
f-string''')
print(f"{'nested quotes'}")
print(f"{v!r:>6}|")
print(f"a" "b" f"{v}")
