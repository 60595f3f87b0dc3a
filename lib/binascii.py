"""Conversions between binary data and ASCII (binascii).

Written for Mosaic from the Python documentation: hexlify/unhexlify
(b2a_hex/a2b_hex, with sep and bytes_per_sep), base64 (b2a_base64,
a2b_base64 with strict_mode — the same decoder base64.b64decode uses),
crc32 (the table computed from the reflected polynomial 0xEDB88320) and
crc_hqx (CRC-CCITT).
"""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64",
           "a2b_base64", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes(data, fname):
    if isinstance(data, str):
        if fname.startswith("a2b"):
            try:
                return data.encode("ascii")
            except UnicodeEncodeError:
                raise ValueError("string argument should contain only ASCII characters") from None
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes(data, "b2a_hex")
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    hexstr = _bytes(hexstr, "a2b_hex")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    import base64
    out = base64.b64encode(_bytes(data, "b2a_base64"))
    return out + b"\n" if newline else out


def a2b_base64(data, *, strict_mode=False):
    import base64
    try:
        return base64.b64decode(_bytes(data, "a2b_base64"), validate=strict_mode)
    except Error as e:
        raise Error(str(e)) from None


_CRC_TABLE = None


def crc32(data, crc=0):
    global _CRC_TABLE
    if _CRC_TABLE is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        _CRC_TABLE = table
    table = _CRC_TABLE
    crc = ~crc & 0xFFFFFFFF
    for b in _bytes(data, "crc32"):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value):
    crc = value & 0xFFFF
    for b in _bytes(data, "crc_hqx"):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
