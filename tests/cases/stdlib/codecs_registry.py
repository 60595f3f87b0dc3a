import codecs
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode(b"hi", "base64"), codecs.decode(b"aGk=\n", "base64"))
print(codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9", "utf-8"), codecs.encode("é", "latin-1"), codecs.decode(b"\xff", "ascii", "replace"))
for n in ["UTF8", "utf_8", "latin1", "ascii", "utf-16", "rot13", "hex", "US-ASCII"]:
    print(n, codecs.lookup(n).name)
try:
    codecs.lookup("nope")
except LookupError as e:
    print(e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.getencoder("utf-8")("x"), codecs.getdecoder("ascii")(b"y"))
print(codecs.lookup_error("strict") is codecs.strict_errors)
with codecs.open("cd_test.txt", "w", encoding="utf-8") as f:
    f.write("héllo")
with codecs.open("cd_test.txt", "r", encoding="utf-8") as f:
    print(f.read())
