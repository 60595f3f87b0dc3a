"""binascii: conversions between binary data and ASCII encodings.

Written for Mosaic from the Python 3.11 documentation: hex, base64 (the
lenient decoder that skips stray characters, and strict_mode), crc32 and
crc_hqx. The a2b_* functions take ASCII str as well as bytes-like data,
as CPython's do.
"""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes_in(data):
    # Input of the b2a_* functions: any bytes-like object.
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _ascii_in(data):
    # Input of the a2b_* functions: bytes-like or an ASCII-only str.
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return _bytes_in(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _bytes_in(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify

_HEXVAL = {}
for _i, _c in enumerate(b"0123456789abcdef"):
    _HEXVAL[_c] = _i
for _i, _c in enumerate(b"ABCDEF"):
    _HEXVAL[_c] = _i + 10
del _i, _c


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    data = _ascii_in(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray(len(data) // 2)
    val = _HEXVAL
    for i in range(0, len(data), 2):
        hi = val.get(data[i])
        lo = val.get(data[i + 1])
        if hi is None or lo is None:
            raise Error("Non-hexadecimal digit found")
        out[i // 2] = hi * 16 + lo
    return bytes(out)


a2b_hex = unhexlify

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64VAL = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _bytes_in(data)
    out = bytearray()
    table = _B64
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((table[v >> 18], table[(v >> 12) & 63],
                      table[(v >> 6) & 63], table[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((table[v >> 18], table[(v >> 12) & 63])) + b"=="
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((table[v >> 18], table[(v >> 12) & 63],
                      table[(v >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data.

    Without strict_mode, characters outside the alphabet are skipped and
    decoding stops at the first complete padding; with it, anything but a
    well-formed encoding is an error."""
    data = _ascii_in(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    val = _B64VAL
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        ch = data[i]
        if ch == 61:            # '='
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < n:
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        v = val.get(ch)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xFF)
            left = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    "(%d) cannot be 1 more than a multiple of 4"
                    % (len(out) // 3 * 4 + 1))
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


def _make_crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _make_crc32_table()


def crc32(data, value=0):
    """Compute CRC-32 incrementally."""
    data = _bytes_in(data)
    table = _CRC32
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value):
    """Compute CRC-CCITT incrementally (polynomial 0x1021, no reflection)."""
    data = _bytes_in(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
