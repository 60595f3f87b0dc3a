# Hand-written base64 encoder/decoder over bytes, with padding cases and invalid-input errors.
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
INDEX = {c: i for i, c in enumerate(ALPHABET)}

def encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)

def decode(text):
    if len(text) % 4:
        raise ValueError("length is not a multiple of 4")
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        if pad > 2 or "=" in quad.rstrip("="):
            raise ValueError(f"bad padding in {quad!r}")
        n = 0
        for c in quad.rstrip("="):
            if c not in INDEX:
                raise ValueError(f"invalid character {c!r}")
            n = n * 64 + INDEX[c]
        n <<= 6 * pad
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)

for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"Man", b"\x00\xff\xfe", "h\u00e9llo w\u00f6rld".encode()]:
    e = encode(raw)
    print(f"{raw!r:<32} {e:<24} {decode(e) == raw}")
blob = bytes((i * 37 + 11) % 256 for i in range(1000))
e = encode(blob)
print(len(e), e[:40], e[-12:], decode(e) == blob)
for bad in ["abc", "ab=c", "a===", "ab$d"]:
    try:
        decode(bad)
    except ValueError as err:
        print(repr(bad), "ValueError:", err)
