"""struct: conversions between Python values and C structs packed in bytes.

Written for Mosaic from the Python 3.11 documentation. Integers go through
int.to_bytes/int.from_bytes; floats are encoded to IEEE 754 binary16/32/64
here in Python from math.frexp (exact), rounding half to even as a C cast
does. The error messages are CPython's, including the ones that differ
between the native ('@') pack routines and the standard-size ones:
on a little-endian machine CPython's '<' and '=' borrow the native routine
for every integer code whose standard size equals the native one, so they
report ranges the native way too.
"""

import sys as _sys
import math as _math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


_LITTLE = _sys.byteorder == "little"

# code -> (native size, standard size or None when native-only, kind, signed)
_CODES = {
    "x": (1, 1, "pad", False),
    "c": (1, 1, "char", False),
    "b": (1, 1, "int", True),
    "B": (1, 1, "int", False),
    "?": (1, 1, "bool", False),
    "h": (2, 2, "int", True),
    "H": (2, 2, "int", False),
    "i": (4, 4, "int", True),
    "I": (4, 4, "int", False),
    "l": (8, 4, "int", True),
    "L": (8, 4, "int", False),
    "q": (8, 8, "int", True),
    "Q": (8, 8, "int", False),
    "n": (8, None, "int", True),
    "N": (8, None, "int", False),
    "P": (8, None, "ptr", False),
    "e": (2, 2, "float", False),
    "f": (4, 4, "float", False),
    "d": (8, 8, "float", False),
    "s": (1, 1, "str", False),
    "p": (1, 1, "pstr", False),
}

_NATIVE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}

_SSIZE_MAX = _sys.maxsize


# ------------------------------------------------------------ floats

# (exponent bits, stored mantissa bits) of each IEEE format
_FLOAT_LAYOUT = {2: (5, 10), 4: (8, 23), 8: (11, 52)}


def _round_shift(n, shift):
    # n >> shift, rounded half to even.
    if shift <= 0:
        return n << -shift
    q = n >> shift
    rem = n - (q << shift)
    half = 1 << (shift - 1)
    if rem > half or (rem == half and q & 1):
        q += 1
    return q


def _float_bits(x, size, check_overflow):
    ebits, mbits = _FLOAT_LAYOUT[size]
    emax = (1 << ebits) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        # A quiet NaN, as the C cast or CPython's half packer makes it.
        bits = (emax << mbits) | (1 << (mbits - 1))
    elif x in (_math.inf, -_math.inf):
        bits = emax << mbits
    elif x == 0:
        bits = 0
    else:
        m, e = _math.frexp(abs(x))
        n = int(m * 9007199254740992.0)        # m * 2**53, exact
        bias = (1 << (ebits - 1)) - 1
        biased = e - 1 + bias
        if biased >= 1:
            # Normal: keep mbits+1 significant bits; a carry out of the
            # rounding lands in the exponent field by itself.
            bits = ((biased - 1) << mbits) + _round_shift(n, 53 - (mbits + 1))
        else:
            # Subnormal: count units of 2**(1 - bias - mbits).
            bits = _round_shift(n, (1 - bias - mbits) - (e - 53))
        if bits >> mbits >= emax:
            if check_overflow:
                raise OverflowError("float too large to pack with %s format"
                                    % {2: "e", 4: "f", 8: "d"}[size])
            bits = emax << mbits
    return (sign << (ebits + mbits)) | bits


def _bits_float(bits, size):
    ebits, mbits = _FLOAT_LAYOUT[size]
    emax = (1 << ebits) - 1
    sign = bits >> (ebits + mbits)
    exp = (bits >> mbits) & emax
    mant = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if exp == emax:
        x = _math.nan if mant else _math.inf
    elif exp == 0:
        x = _math.ldexp(float(mant), 1 - bias - mbits)
    else:
        x = _math.ldexp(float(mant | (1 << mbits)), exp - bias - mbits)
    return -x if sign else x


def _as_float(v):
    # What C's PyFloat_AsDouble accepts: floats, __float__, __index__.
    if isinstance(v, float):
        return v
    try:
        tp = type(v)
        if hasattr(tp, "__float__"):
            return tp.__float__(v)
        if hasattr(tp, "__index__"):
            return float(tp.__index__(v))
    except Exception:
        pass
    raise error("required argument is not a float")


# ------------------------------------------------------------ integers

def _as_int(v):
    if isinstance(v, int):
        return int(v)
    tp = type(v)
    if not hasattr(tp, "__index__"):
        raise error("required argument is not an integer")
    return tp.__index__(v)


def _check_int(code, v, size, signed, native):
    # Raises CPython's error when v does not fit; see the module docstring
    # for why `native` also covers '<' and '=' here.
    if signed:
        lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    else:
        lo, hi = 0, (1 << (8 * size)) - 1
    if lo <= v <= hi:
        return
    if code == "P":
        if -(1 << 63) <= v < (1 << 64):
            return
        raise error("int too large to convert")
    if size == 8:
        if native:
            raise error("argument out of range")
        raise error("int too large to convert")
    # Narrower codes first convert to a C long, or an unsigned long for the
    # unsigned codes that have no routine of their own ('B', native 'H').
    own_routine = code in "bB" or (native and code in "hH")
    if not signed and not own_routine:
        if not 0 <= v < (1 << 64):
            raise error("argument out of range")
    elif not -(1 << 63) <= v < (1 << 63):
        raise error("argument out of range")
    if own_routine:
        raise error("%s format requires %d <= number <= %d"
                    % (_NATIVE_NAMES[code], lo, hi))
    raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))


# ------------------------------------------------------------ formats

def _parse(fmt):
    """Return (size, items, nargs) for a format string; items are
    (code, offset, count, size, kind, signed)."""
    order = "@"
    i = 0
    if fmt and fmt[0] in "@=<>!":
        order = fmt[0]
        i = 1
    native = order == "@"
    byteorder = {"@": _sys.byteorder, "=": _sys.byteorder,
                 "<": "little", ">": "big", "!": "big"}[order]
    # Whether CPython's native integer routines serve this order.
    native_like = native or (_LITTLE and order in "<=")
    items = []
    offset = 0
    nargs = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            continue
        count = 1
        if "0" <= c <= "9":
            count = ord(c) - 48
            while i < n and "0" <= fmt[i] <= "9":
                d = ord(fmt[i]) - 48
                if count > (_SSIZE_MAX - d) // 10:
                    raise error("total struct size too long")
                count = count * 10 + d
                i += 1
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
            i += 1
        entry = _CODES.get(c)
        if entry is None:
            raise error("bad char in struct format")
        nsize, ssize, kind, signed = entry
        if native:
            size = nsize
        else:
            if ssize is None:
                raise error("bad char in struct format")
            size = ssize
        if native and size > 1:
            offset = (offset + size - 1) // size * size
        if kind in ("str", "pstr"):
            total = count
        else:
            if count and size > (_SSIZE_MAX - offset) // count:
                raise error("total struct size too long")
            total = size * count
        if offset > _SSIZE_MAX - total:
            raise error("total struct size too long")
        if count or kind in ("str", "pstr"):
            items.append((c, offset, count, size, kind, signed,
                          native_like and kind == "int" and size == nsize))
        if kind in ("str", "pstr"):
            nargs += 1
        elif kind != "pad":
            nargs += count
        offset += total
    return offset, items, nargs, byteorder, native


def _buffer_bytes(buf):
    if isinstance(buf, bytes):
        return buf
    if isinstance(buf, (bytearray, memoryview)):
        return bytes(buf)
    try:
        return bytes(memoryview(buf))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buf).__name__) from None


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format=None, *args):
        if format is None and not args:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes "
                            "object, not %s" % type(format).__name__)
        self._format = format
        (self._size, self._items, self._nargs,
         self._byteorder, self._native) = _parse(format)

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def _pack_items(self, args, out):
        byteorder = self._byteorder
        k = 0
        for code, offset, count, size, kind, signed, native_int in self._items:
            if kind == "pad":
                out[offset:offset + count] = bytes(count)
                continue
            if kind == "str" or kind == "pstr":
                v = args[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if kind == "str":
                    data = bytes(v[:count])
                    out[offset:offset + len(data)] = data
                elif count:
                    data = bytes(v[:count - 1])
                    out[offset] = min(len(data), 255)
                    out[offset + 1:offset + 1 + len(data)] = data
                continue
            for j in range(count):
                v = args[k]
                k += 1
                at = offset + j * size
                if kind == "int":
                    v = _as_int(v)
                    _check_int(code, v, size, signed, native_int)
                    out[at:at + size] = v.to_bytes(size, byteorder, signed=signed)
                elif kind == "ptr":
                    v = _as_int(v)
                    _check_int(code, v, size, False, True)
                    out[at:at + size] = (v & 0xFFFFFFFFFFFFFFFF).to_bytes(size, byteorder)
                elif kind == "float":
                    x = _as_float(v)
                    # Only the native 'f' is a bare C cast (no overflow check).
                    bits = _float_bits(x, size, not (self._native and code == "f"))
                    out[at:at + size] = bits.to_bytes(size, byteorder)
                elif kind == "bool":
                    out[at] = 1 if v else 0
                else:   # char
                    if not isinstance(v, bytes) or len(v) != 1:
                        raise error("char format requires a bytes object of length 1")
                    out[at] = v[0]

    def pack(self, *args):
        if len(args) != self._nargs:
            raise error("pack expected %d items for packing (got %d)"
                        % (self._nargs, len(args)))
        out = bytearray(self._size)
        self._pack_items(args, out)
        return bytes(out)

    def pack_into(self, buffer, offset, *args):
        if len(args) != self._nargs:
            raise error("pack_into expected %d items for packing (got %d)"
                        % (self._nargs, len(args)))
        if not isinstance(buffer, (bytearray, memoryview)) or \
                (isinstance(buffer, memoryview) and buffer.readonly):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _as_index(offset)
        size = self._size
        buflen = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + buflen < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, buflen))
            offset += buflen
        if buflen - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for "
                        "packing %d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, buflen))
        out = bytearray(buffer[offset:offset + size])
        self._pack_items(args, out)
        buffer[offset:offset + size] = out

    def _unpack_at(self, data, base):
        byteorder = self._byteorder
        result = []
        for code, offset, count, size, kind, signed, native_int in self._items:
            at = base + offset
            if kind == "pad":
                continue
            if kind == "str":
                result.append(data[at:at + count])
                continue
            if kind == "pstr":
                if count:
                    n = min(data[at], count - 1)
                    result.append(data[at + 1:at + 1 + n])
                else:
                    result.append(b"")
                continue
            for j in range(count):
                chunk = data[at:at + size]
                at += size
                if kind == "int":
                    result.append(int.from_bytes(chunk, byteorder, signed=signed))
                elif kind == "ptr":
                    result.append(int.from_bytes(chunk, byteorder))
                elif kind == "float":
                    result.append(_bits_float(int.from_bytes(chunk, byteorder), size))
                elif kind == "bool":
                    result.append(chunk != b"\x00")
                else:
                    result.append(chunk)
        return tuple(result)

    def unpack(self, buffer):
        data = _buffer_bytes(buffer)
        if len(data) != self._size:
            raise error("unpack requires a buffer of %d bytes" % self._size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer_bytes(buffer)
        offset = _as_index(offset)
        size = self._size
        buflen = len(data)
        if offset < 0:
            if offset + buflen < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, buflen))
            offset += buflen
        if buflen - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, buflen))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = _buffer_bytes(buffer)
        size = self._size
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % size:
            raise error("iterative unpacking requires a buffer of a multiple "
                        "of %d bytes" % size)
        return _unpack_iterator(self, data)

    def __repr__(self):
        return "<_struct.Struct object at 0x%x>" % id(self)


class _unpack_iterator:
    def __init__(self, st, data):
        self._st = st
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        pos = self._pos
        self._pos += self._st._size
        return self._st._unpack_at(self._data, pos)

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._st._size


_unpack_iterator.__name__ = "unpack_iterator"
_unpack_iterator.__qualname__ = "unpack_iterator"


def _as_index(v):
    if isinstance(v, int):
        return v
    tp = type(v)
    if not hasattr(tp, "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % tp.__name__)
    return tp.__index__(v)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, /, *args):
    """Return a bytes object containing the values packed by the format."""
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    """Pack the values into the writable buffer starting at offset."""
    return _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    """Unpack the buffer, whose size must be calcsize(format)."""
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack the buffer starting at offset."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator unpacking the buffer in calcsize(format) steps."""
    return _struct(format).iter_unpack(buffer)


def _clearcache():
    _cache.clear()
