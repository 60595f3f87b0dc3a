"""Conversion between Python values and C structs as bytes (struct).

Written for Mosaic from the Python documentation. Formats are parsed once
(and cached) into (code, count, size, alignment) items; "@" (the default)
uses the native sizes and alignment of x86-64/AArch64 Linux (long, size_t
and pointers are 8 bytes), the other prefixes the standard sizes with no
alignment. Floats are packed from math.frexp and unpacked with math.ldexp,
rounding half-even to the target width as C casts do.
"""

import math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


_NATIVE = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
           "l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8,
           "s": 1, "p": 1, "P": 8}
_STANDARD = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
             "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1}
_SIGNED = "bhilqn"
_UNSIGNED = "BHILQNP"

_cache = {}


def _parse(fmt):
    key = fmt
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    order = "@"
    body = fmt
    if body[:1] in ("@", "=", "<", ">", "!"):
        order = body[0]
        body = body[1:]
    native = order == "@"
    sizes = _NATIVE if native else _STANDARD
    little = order == "<" or (order in "@=" and True)
    items = []
    offset = 0
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            j = i
            while j < n and body[j].isdigit():
                j += 1
            count = int(body[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            ch = body[i]
        i += 1
        if ch not in sizes:
            raise error("bad char in struct format")
        size = sizes[ch]
        if count is None:
            count = 1
        if native and ch not in "xcbB?sp":
            offset = (offset + size - 1) // size * size
        if ch in "sp":
            items.append((ch, count, offset, size))
            offset += count
        else:
            items.append((ch, count, offset, size))
            offset += size * count
    result = (items, offset, little, native)
    _cache[key] = result
    return result


def calcsize(fmt):
    return _parse(fmt)[1]


def _float_bits(x, ebits, mbits, code, native=False):
    # IEEE-754 bits of x in a format with ebits exponent and mbits fraction
    # bits, rounding half to even as a C cast does.
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    emax = (1 << ebits) - 1
    if math.isnan(x):
        return (sign << (ebits + mbits)) | (emax << mbits) | (1 << (mbits - 1))
    if math.isinf(x):
        return (sign << (ebits + mbits)) | (emax << mbits)
    if x == 0.0:
        return sign << (ebits + mbits)
    m, e = math.frexp(x)            # x = m * 2**e, 0.5 <= m < 1
    exp = e - 1 + bias
    if exp <= 0:
        # Subnormal: the fraction counts units of 2**(1 - bias - mbits).
        scaled = math.ldexp(x, bias - 1 + mbits)
        frac = _round_half_even(scaled)
        if frac >> mbits:
            return (sign << (ebits + mbits)) | (1 << mbits)
        return (sign << (ebits + mbits)) | frac
    scaled = math.ldexp(m * 2 - 1, mbits)
    frac = _round_half_even(scaled)
    if frac >> mbits:
        frac = 0
        exp += 1
    if exp >= emax:
        # A native float is a C cast, which overflows to infinity; the
        # standard formats refuse (half floats always do).
        if native and code == "f":
            return (sign << (ebits + mbits)) | (emax << mbits)
        raise OverflowError("float too large to pack with %s format" % code)
    return (sign << (ebits + mbits)) | (exp << mbits) | frac


def _round_half_even(v):
    f = math.floor(v)
    d = v - f
    f = int(f)
    if d > 0.5 or (d == 0.5 and f & 1):
        f += 1
    return f


def _bits_float(bits, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * math.inf if frac == 0 else math.nan
    if exp == 0:
        return sign * math.ldexp(frac, 1 - bias - mbits)
    return sign * math.ldexp(frac + (1 << mbits), exp - bias - mbits)


_FLOAT_SHAPE = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


def _as_int(v, code):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _pack_one(code, v, size, little, native):
    order = "little" if little else "big"
    if code in _FLOAT_SHAPE:
        if not isinstance(v, (int, float)):
            f = getattr(type(v), "__float__", None)
            if f is None:
                raise error("required argument is not a float")
            v = f(v)
        eb, mb = _FLOAT_SHAPE[code]
        return _float_bits(float(v), eb, mb, code, native).to_bytes(size, order)
    if code == "?":
        return b"\x01" if v else b"\x00"
    if code == "c":
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(v)
    n = _as_int(v, code)
    bits = size * 8
    if code in _SIGNED:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        if not lo <= n <= hi:
            # 8-byte values come from a C long long conversion, whose own
            # overflow message CPython passes on.
            if size == 8:
                raise error("argument out of range")
            if size == 1:
                raise error("byte format requires %d <= number <= %d" % (lo, hi))
            if code in "hH" or size == 2:
                raise error("short format requires %d <= number <= %d" % (lo, hi))
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        return n.to_bytes(size, order, signed=True)
    hi = (1 << bits) - 1
    if not 0 <= n <= hi:
        if size == 8 or (n < 0 and size == 4):
            raise error("argument out of range")
        if size == 1:
            raise error("ubyte format requires 0 <= number <= %d" % hi)
        if size == 2:
            raise error("ushort format requires 0 <= number <= %d" % hi)
        raise error("'%s' format requires 0 <= number <= %d" % (code, hi))
    return n.to_bytes(size, order)


def _pack(fmt, args):
    items, total, little, native = _parse(fmt)
    need = sum(1 if c in "sp" else cnt for c, cnt, off, sz in items if c != "x")
    if len(args) != need:
        raise error("pack expected %d items for packing (got %d)" % (need, len(args)))
    out = bytearray(total)
    ai = 0
    for code, count, off, size in items:
        if code == "x":
            continue
        if code in "sp":
            v = args[ai]
            ai += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == "s":
                data = bytes(v[:count])
                out[off:off + len(data)] = data
            elif count:
                data = bytes(v[:min(count - 1, 255)])
                out[off] = len(data)
                out[off + 1:off + 1 + len(data)] = data
            continue
        for k in range(count):
            out[off + k * size:off + (k + 1) * size] = _pack_one(code, args[ai], size, little, native)
            ai += 1
    return bytes(out)


def _unpack(fmt, buf, offset=0):
    items, total, little, native = _parse(fmt)
    order = "little" if little else "big"
    data = bytes(buf)
    res = []
    for code, count, off, size in items:
        base = offset + off
        if code == "x":
            continue
        if code == "s":
            res.append(data[base:base + count])
            continue
        if code == "p":
            if count:
                n = min(data[base], count - 1)
                res.append(data[base + 1:base + 1 + n])
            else:
                res.append(b"")
            continue
        for k in range(count):
            chunk = data[base + k * size:base + (k + 1) * size]
            if code in _FLOAT_SHAPE:
                eb, mb = _FLOAT_SHAPE[code]
                res.append(_bits_float(int.from_bytes(chunk, order), eb, mb))
            elif code == "?":
                res.append(chunk != b"\x00")
            elif code == "c":
                res.append(chunk)
            else:
                res.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
    return tuple(res)


def pack(fmt, *args):
    return _pack(fmt, args)


def pack_into(fmt, buffer, offset, *args):
    data = _pack(fmt, args)
    size = len(data)
    if offset < 0:
        offset += len(buffer)
        if offset < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset - len(buffer), len(buffer)))
    if len(buffer) - offset < size:
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                    "(actual buffer size is %d)" % (size + offset, size, offset, len(buffer)))
    buffer[offset:offset + size] = data


def unpack(fmt, buffer):
    size = calcsize(fmt)
    if len(buffer) != size:
        raise error("unpack requires a buffer of %d bytes" % size)
    return _unpack(fmt, buffer)


def unpack_from(fmt, buffer, offset=0):
    size = calcsize(fmt)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                    "(actual buffer size is %d)" % (size + offset, size, offset, len(buffer)))
    return _unpack(fmt, buffer, offset)


def iter_unpack(fmt, buffer):
    size = calcsize(fmt)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return (_unpack(fmt, buffer, i) for i in range(0, len(buffer), size))


class Struct:
    def __init__(self, format):
        _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format
        self.size = calcsize(format)

    def pack(self, *args):
        return _pack(self.format, args)

    def pack_into(self, buffer, offset, *args):
        pack_into(self.format, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

