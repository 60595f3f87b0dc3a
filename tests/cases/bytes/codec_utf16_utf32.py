for b, e in [(b"\xff\xfea\x00b", "utf-16"), (b"a\x00b", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x00\x00", "utf-16"), (b"\x00\xd8", "utf-16"),(b"\xfe\xff\x00a", "utf-16"), (b"abc", "utf-32"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xff\xfe", "utf-16"), (b"", "utf-16"), (b"\x00\xd8\x00\xd8", "utf-16-le"), (b"\x00\xd8\x00", "utf-16-le"), (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"), (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\xff\xfea\x00", "utf-16-le"), (b"=\xd8\x00\xde", "utf-16")]:
  for err in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass"]:
    try: print(repr(b.decode(e, err)))
    except Exception as ex: print(type(ex).__name__, ex)
for s in ["a\ud800b", "\udc00", "x\ud800\udc00y", "héllo 😀 日本"]:
  for e in ["utf-16", "utf-32", "utf-16-be", "utf-16-le", "utf-32-be", "UTF16", "U32", "utf_32le"]:
    for err in ["strict", "replace", "ignore", "surrogatepass", "backslashreplace", "xmlcharrefreplace"]:
      try:
        r = s.encode(e, err)
        print(r, r.decode(e, "surrogatepass") == s)
      except Exception as ex: print(type(ex).__name__, ex)
print("".encode("utf-16"), "".encode("utf-32"), "abc".encode("UTF16"), "x".encode("utf_32_be"))
print(len("😀".encode("utf-16-le")), "😀".encode("utf-16").decode("utf-16"), bytearray("hi", "utf-16"), str(b"h\x00i\x00", "utf-16-le"))
