# partition/rpartition and splitlines with and without keepends.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a\nb\r\nc\rd\n".splitlines())
print("a\nb\r\nc\rd\n".splitlines(True))
print("".splitlines(), "\n".splitlines(), "x".splitlines(), "\n\n".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("line1\nline2\n".split("\n"))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
