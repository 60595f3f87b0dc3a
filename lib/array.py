"""Arrays of numeric values (array).

Written for Mosaic from the Python documentation: an array keeps its
items in a list, checked on the way in against the C type its typecode
names (with CPython's OverflowError messages) and, for "f", rounded to
single precision; bytes conversions go through struct with the native
sizes of x86-64/AArch64 Linux.
"""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8,
          "f": 4, "d": 8}

# (min, max, message stem) of each integer typecode; None where CPython
# reports the conversion error of a wider C type instead.
_INT_LIMITS = {
    "b": (-128, 127, "signed char"),
    "B": (0, 255, "unsigned byte integer"),
    "h": (-32768, 32767, "signed short integer"),
    "H": (0, 65535, "unsigned short"),
    "i": (-2 ** 31, 2 ** 31 - 1, "signed integer"),
    "I": (0, 2 ** 32 - 1, "unsigned int"),
    "l": (-2 ** 63, 2 ** 63 - 1, None),
    "L": (0, 2 ** 64 - 1, None),
    "q": (-2 ** 63, 2 ** 63 - 1, None),
    "Q": (0, 2 ** 64 - 1, None),
}


def _check_int(tc, v):
    if isinstance(v, float) or not hasattr(type(v), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = v.__index__()
    lo, hi, stem = _INT_LIMITS[tc]
    if lo <= v <= hi:
        return v
    # CPython converts through C long first (8 bytes here).
    if tc in "qQ":
        if tc == "Q" and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        raise OverflowError("int too big to convert")
    if tc in "IL" and v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if not -2 ** 63 <= v < 2 ** 63 and tc not in "IL":
        raise OverflowError("Python int too large to convert to C long")
    if tc in "IL" and v >= 2 ** 64 or tc == "L":
        raise OverflowError("Python int too large to convert to C unsigned long")
    if stem is None:
        raise OverflowError("Python int too large to convert to C long")
    if v > hi:
        raise OverflowError("%s is greater than maximum" % stem)
    raise OverflowError("%s is less than minimum" % stem)


def _check(tc, v):
    if tc in "fd":
        if not isinstance(v, (int, float)):
            f = getattr(type(v), "__float__", None)
            if f is None:
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = f(v)
        v = float(v)
        if tc == "f":
            try:
                v = _struct.unpack("f", _struct.pack("f", v))[0]
            except OverflowError:
                v = float("inf") if v > 0 else float("-inf")
        return v
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    return _check_int(tc, v)


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _fmt(self, n):
        return "<%d%s" % (n, "I" if self._tc == "u" else self._tc) if self._tc not in "lLnN" else \
            "<%d%s" % (n, "q" if self._tc == "l" else "Q")

    def append(self, v):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            if stop is None:
                return self._items.index(v, start)
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        checked = [_check(self._tc, v) for v in lst]
        self._items.extend(checked)

    def tobytes(self):
        if self._tc == "u":
            return "".join(self._items).encode("utf-32-le")
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // size
        if self._tc == "u":
            self._items.extend(data.decode("utf-32-le"))
        else:
            self._items.extend(_struct.unpack(self._fmt(n), data))

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data)
        if len(data) < n * self.itemsize:
            raise EOFError("read() didn't return enough bytes")

    def byteswap(self):
        if self._tc == "u":
            return
        size = self.itemsize
        raw = self.tobytes()
        swapped = b"".join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            a = array(self._tc)
            a._items = self._items[i]
            return a
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice" % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        a = array(self._tc)
        a._items = self._items + other._items
        return a

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._items += other._items
        return self

    def __mul__(self, n):
        a = array(self._tc)
        a._items = self._items * n
        return a

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items >= o

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce__(self):
        return (array, (self._tc, list(self._items)))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._tc
        if self._tc == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._tc, self._items)


ArrayType = array
