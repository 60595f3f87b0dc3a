"""Base16, Base32 and Base64 data encodings (base64).

Written for Mosaic from RFC 4648 and the Python documentation: the
encoders return bytes; the decoders take bytes or ASCII str, skip
characters outside the alphabet unless validate=True, and raise
binascii.Error (a ValueError) on bad padding.
"""

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode",
           "b16encode", "b16decode", "encodebytes", "decodebytes"]


import binascii


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _to_bytes(s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(s)


def b64encode(s, altchars=None):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s) - 2, 3):
        n = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(s) % 3
    if rest == 1:
        n = s[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (s[-2] << 16) | (s[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    out = bytes(out)
    if altchars is not None:
        altchars = _to_bytes(altchars)
        out = out.translate(bytes.maketrans(b"+/", altchars[:2]))
    return out


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = s.translate(bytes.maketrans(altchars[:2], b"+/"))
    # The decoding loop of CPython's binascii.a2b_base64: "=" ends the input
    # once it completes a group; characters outside the alphabet are skipped
    # (validate=True, CPython's strict mode, refuses them instead).
    values = []
    quad_pos = 0
    pads = 0
    padding_started = False
    if validate and s[:1] == b"=":
        raise binascii.Error("Leading padding not allowed")
    for i, c in enumerate(s):
        if c == 61:  # '='
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if validate and i + 1 < len(s):
                    raise binascii.Error("Excess data after padding")
                break
            continue
        v = _B64.find(bytes((c,)))
        if v < 0:
            if validate:
                raise binascii.Error("Only base64 data is allowed")
            continue
        if validate and padding_started:
            raise binascii.Error("Discontinuous padding not allowed")
        pads = 0
        values.append(v)
        quad_pos = (quad_pos + 1) & 3
    else:
        # Only input that ran out without completing padding is checked.
        if quad_pos == 1:
            raise binascii.Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4" % len(values))
        if quad_pos:
            raise binascii.Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(values), 4):
        chunk = values[i:i + 4]
        n = 0
        for v in chunk:
            n = (n << 6) | v
        n <<= 6 * (4 - len(chunk))
        out += n.to_bytes(3, "big")[:len(chunk) - 1]
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b"-_", b"+/")))


def encodebytes(s):
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(b64encode(s[i:i + 57]) + b"\n")
    return b"".join(pieces)


def decodebytes(s):
    return b64decode(_to_bytes(s))


def b32encode(s):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), "big")
        enc = bytes(_B32[(n >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += enc[:keep] + b"=" * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            v = _B32.find(bytes((c,)))
            if v < 0:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | v
        n <<= 5 * (8 - len(chunk))
        out += n.to_bytes(5, "big")
    if padchars:
        drop = {1: 1, 3: 2, 4: 3, 6: 4}.get(padchars)
        if drop is None:
            raise binascii.Error("Incorrect padding")
        del out[-drop:]
    return bytes(out)


def b16encode(s):
    return _to_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    return bytes.fromhex(s.decode("ascii"))
