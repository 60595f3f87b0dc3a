"""Python object serialization (pickle).

Written for Mosaic from the Python documentation and the pickle opcode
descriptions of PEP 307/3154: dumps()/dump() write protocols 0..5 (default
4, framed like CPython's C pickler, with the same opcode choices: short
forms for small ints, strings and containers, memo references, batched
APPENDS/SETITEMS, STACK_GLOBAL for classes and functions, NEWOBJ/REDUCE
plus BUILD for objects), so the bytes match CPython's for the usual data;
loads()/load() read the binary protocols and the text opcodes of 0 and 1.
Objects reduce through __reduce_ex__/__reduce__ when a class defines one,
else through copyreg's default (state from __getstate__/__dict__/slots).
"""

import io as _io
import struct as _struct
import sys as _sys
import copyreg as _copyreg

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL", "PickleBuffer"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class PickleBuffer:
    def __init__(self, buffer):
        self._b = buffer

    def raw(self):
        return memoryview(self._b)


MARK, STOP, POP, POP_MARK, DUP = b"(", b".", b"0", b"1", b"2"
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b"F", b"I", b"J", b"K", b"L", b"M"
NONE, PERSID, BINPERSID, REDUCE, STRING = b"N", b"P", b"Q", b"R", b"S"
BINSTRING, SHORT_BINSTRING, UNICODE, BINUNICODE = b"T", b"U", b"V", b"X"
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT, APPENDS = b"a", b"b", b"c", b"d", b"}", b"e"
GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b"g", b"h", b"i", b"j", b"l", b"]"
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM, TUPLE = b"o", b"p", b"q", b"r", b"s", b"t"
EMPTY_TUPLE, SETITEMS, BINFLOAT = b")", b"u", b"G"
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b"\x80", b"\x81", b"\x82", b"\x83", b"\x84"
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE = b"\x85", b"\x86", b"\x87", b"\x88", b"\x89"
LONG1, LONG4 = b"\x8a", b"\x8b"
BINBYTES, SHORT_BINBYTES = b"B", b"C"
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8 = b"\x8c", b"\x8d", b"\x8e"
EMPTY_SET, ADDITEMS, FROZENSET, NEWOBJ_EX = b"\x8f", b"\x90", b"\x91", b"\x92"
STACK_GLOBAL, MEMOIZE, FRAME = b"\x93", b"\x94", b"\x95"
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b"\x96", b"\x97", b"\x98"

_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4


def _encode_long(x):
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder="little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _raw_unicode_escape(s):
    # The "raw-unicode-escape" codec: Latin-1 bytes, \\uXXXX or \\UXXXXXXXX
    # for the other characters.
    out = bytearray()
    for ch in s:
        o = ord(ch)
        if o < 256:
            out.append(o)
        elif o < 0x10000:
            out += b"\\u%04x" % o
        else:
            out += b"\\U%08x" % o
    return bytes(out)


def _raw_unicode_unescape(b):
    out = []
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c == 0x5c and i + 1 < n and b[i + 1] in (0x75, 0x55):
            width = 4 if b[i + 1] == 0x75 else 8
            out.append(chr(int(b[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(chr(c))
            i += 1
    return "".join(out)


def _decode_long(data):
    return int.from_bytes(data, byteorder="little", signed=True)


def _whichmodule(obj, name):
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in list(_sys.modules.items()):
        if module_name == "__main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _getattribute(obj, name):
    parent = None
    for subpath in name.split("."):
        if subpath == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self._file_write = file.write
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.framing = protocol >= 4
        self.memo = {}
        self.fast = 0
        self._frame = None
        self._buf = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self._out = bytearray()
        if self.proto >= 2:
            self._out += PROTO + _struct.pack("<B", self.proto)
        self._frame_start = len(self._out)
        self.save(obj)
        self._out += STOP
        self._commit_frame(final=True)
        self._file_write(bytes(self._out))

    def _commit_frame(self, final=False):
        if not self.framing:
            return
        payload_len = len(self._out) - self._frame_start
        if payload_len >= _FRAME_SIZE_MIN:
            header = FRAME + _struct.pack("<Q", payload_len)
            self._out[self._frame_start:self._frame_start] = header
        self._frame_start = len(self._out)

    def write(self, data):
        self._out += data
        if self.framing and len(self._out) - self._frame_start >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self.write(BINPUT + _struct.pack("<B", idx))
            else:
                self.write(LONG_BINPUT + _struct.pack("<I", idx))
        else:
            self.write(PUT + repr(idx).encode("ascii") + b"\n")
        self.memo[id(obj)] = idx, obj

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + _struct.pack("<B", i)
            return LONG_BINGET + _struct.pack("<I", i)
        return GET + repr(i).encode("ascii") + b"\n"

    def save(self, obj, save_persistent_id=True):
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                self.write(NEWTRUE if obj else NEWFALSE)
            else:
                self.write(b"I01\n" if obj else b"I00\n")
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = _copyreg.dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type) or t.__name__ in ("function", "builtin_function_or_method"):
            self.save_global(obj)
            return
        else:
            rv = self._reduce(obj)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % "__reduce__")
        if not (2 <= len(rv) <= 6):
            raise PicklingError("Tuple returned by %s must have two to six elements" % "__reduce__")
        self.save_reduce(obj=obj, *rv)

    def _reduce(self, obj):
        cls = type(obj)
        # A class's own __reduce_ex__ or __reduce__ wins; otherwise the
        # default reduction (the one object.__reduce_ex__ makes in CPython).
        for klass in cls.__mro__:
            d = klass.__dict__
            if "__reduce_ex__" in d and klass is not object:
                return obj.__reduce_ex__(self.proto)
            if "__reduce__" in d and klass is not object:
                return obj.__reduce__()
        if cls.__module__ == "builtins" and cls not in (object,):
            if not hasattr(obj, "__dict__") and cls.__name__ not in ("object",):
                raise TypeError("cannot pickle '%s' object" % cls.__name__)
        return _copyreg._reduce_ex(obj, self.proto)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None,
                    *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + _struct.pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + _struct.pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _struct.pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = _encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + _struct.pack("<B", n) + encoded)
            else:
                self.write(LONG4 + _struct.pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _struct.pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + _struct.pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + _struct.pack("<Q", n) + obj)
        else:
            self.write(BINBYTES + _struct.pack("<I", n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self.write(BYTEARRAY8 + _struct.pack("<Q", len(obj)) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _struct.pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self.write(BINUNICODE8 + _struct.pack("<Q", n) + encoded)
            else:
                self.write(BINUNICODE + _struct.pack("<I", n) + encoded)
        else:
            tmp = obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a") \
                .replace("\r", "\\u000d").replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(tmp) + b"\n")
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for _ in range(_BATCHSIZE):
                try:
                    tmp.append(next(it))
                except StopIteration:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for _ in range(_BATCHSIZE):
                try:
                    tmp.append(next(it))
                except StopIteration:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCHSIZE):
            batch = items[i:i + _BATCHSIZE]
            self.write(MARK)
            for item in batch:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = _sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        else:
            if obj2 is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" %
                                    (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition(".")[2]))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b"\n" + bytes(name, "utf-8") + b"\n")
        else:
            write(GLOBAL + bytes(module_name, "ascii") + b"\n" + bytes(name, "ascii") + b"\n")
        self.memoize(obj)

    _dispatch = {}
    _dispatch[int] = save_long
    _dispatch[float] = save_float
    _dispatch[bytes] = save_bytes
    _dispatch[bytearray] = save_bytearray
    _dispatch[str] = save_str
    _dispatch[tuple] = save_tuple
    _dispatch[list] = save_list
    _dispatch[dict] = save_dict
    _dispatch[set] = save_set
    _dispatch[frozenset] = save_frozenset


from _codecs import encode as _codecs_encode


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._file = file
        self.memo = {}
        self.encoding = encoding
        self.errors = errors

    def load(self):
        data = self._file.read()
        self._data = data
        self._pos = 0
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        try:
            while True:
                if self._pos >= len(data):
                    raise EOFError("Ran out of input")
                key = data[self._pos:self._pos + 1]
                self._pos += 1
                f = self._dispatch.get(key)
                if f is None:
                    raise UnpicklingError("invalid load key, %r." % key.decode("latin-1"))
                f(self)
        except _Stop as stopinst:
            rest = data[self._pos:]
            if hasattr(self._file, "seek"):
                try:
                    self._file.seek(self._file.tell() - len(rest))
                except Exception:
                    pass
            return stopinst.value

    def read(self, n):
        if self._pos + n > len(self._data):
            raise UnpicklingError("pickle data was truncated")
        b = self._data[self._pos:self._pos + n]
        self._pos += n
        return b

    def readline(self):
        i = self._data.find(b"\n", self._pos)
        if i < 0:
            raise UnpicklingError("pickle data was truncated")
        line = self._data[self._pos:i + 1]
        self._pos = i + 1
        return line

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def find_class(self, module, name):
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(_sys.modules[module], name)[0]
        return getattr(_sys.modules[module], name)

    _dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    _dispatch[PROTO] = load_proto

    def load_frame(self):
        self.read(8)
    _dispatch[FRAME] = load_frame

    def load_none(self):
        self.append(None)
    _dispatch[NONE] = load_none

    def load_false(self):
        self.append(False)
    _dispatch[NEWFALSE] = load_false

    def load_true(self):
        self.append(True)
    _dispatch[NEWTRUE] = load_true

    def load_int(self):
        data = self.readline()
        if data == b"00\n":
            val = False
        elif data == b"01\n":
            val = True
        else:
            val = int(data, 0)
        self.append(val)
    _dispatch[INT] = load_int

    def load_binint(self):
        self.append(_struct.unpack("<i", self.read(4))[0])
    _dispatch[BININT] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    _dispatch[BININT1] = load_binint1

    def load_binint2(self):
        self.append(_struct.unpack("<H", self.read(2))[0])
    _dispatch[BININT2] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b"L"[0]:
            val = val[:-1]
        self.append(int(val, 0))
    _dispatch[LONG] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(_decode_long(self.read(n)))
    _dispatch[LONG1] = load_long1

    def load_long4(self):
        n, = _struct.unpack("<i", self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self.read(n)))
    _dispatch[LONG4] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    _dispatch[FLOAT] = load_float

    def load_binfloat(self):
        self.append(_struct.unpack(">d", self.read(8))[0])
    _dispatch[BINFLOAT] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(data.decode("unicode_escape").encode("latin-1")))
    _dispatch[STRING] = load_string

    def load_binstring(self):
        n, = _struct.unpack("<i", self.read(4))
        self.append(self._decode_string(self.read(n)))
    _dispatch[BINSTRING] = load_binstring

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    _dispatch[SHORT_BINSTRING] = load_short_binstring

    def load_binbytes(self):
        n, = _struct.unpack("<I", self.read(4))
        self.append(self.read(n))
    _dispatch[BINBYTES] = load_binbytes

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))
    _dispatch[SHORT_BINBYTES] = load_short_binbytes

    def load_binbytes8(self):
        n, = _struct.unpack("<Q", self.read(8))
        self.append(self.read(n))
    _dispatch[BINBYTES8] = load_binbytes8

    def load_bytearray8(self):
        n, = _struct.unpack("<Q", self.read(8))
        self.append(bytearray(self.read(n)))
    _dispatch[BYTEARRAY8] = load_bytearray8

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))
    _dispatch[UNICODE] = load_unicode

    def load_binunicode(self):
        n, = _struct.unpack("<I", self.read(4))
        self.append(str(self.read(n), "utf-8", "surrogatepass"))
    _dispatch[BINUNICODE] = load_binunicode

    def load_binunicode8(self):
        n, = _struct.unpack("<Q", self.read(8))
        self.append(str(self.read(n), "utf-8", "surrogatepass"))
    _dispatch[BINUNICODE8] = load_binunicode8

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), "utf-8", "surrogatepass"))
    _dispatch[SHORT_BINUNICODE] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    _dispatch[TUPLE] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    _dispatch[EMPTY_TUPLE] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    _dispatch[TUPLE1] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    _dispatch[TUPLE2] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    _dispatch[TUPLE3] = load_tuple3

    def load_empty_list(self):
        self.append([])
    _dispatch[EMPTY_LIST] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    _dispatch[EMPTY_DICT] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    _dispatch[EMPTY_SET] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    _dispatch[FROZENSET] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    _dispatch[LIST] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    _dispatch[DICT] = load_dict

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    _dispatch[INST] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    _dispatch[OBJ] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args)
        self.append(obj)
    _dispatch[NEWOBJ] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)
    _dispatch[NEWOBJ_EX] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)
    _dispatch[GLOBAL] = load_global

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    _dispatch[STACK_GLOBAL] = load_stack_global

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)
    _dispatch[REDUCE] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    _dispatch[POP] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    _dispatch[POP_MARK] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    _dispatch[DUP] = load_dup

    def load_get(self):
        i = int(self.readline()[:-1])
        self.append(self.memo[i])
    _dispatch[GET] = load_get

    def load_binget(self):
        i = self.read(1)[0]
        self.append(self.memo[i])
    _dispatch[BINGET] = load_binget

    def load_long_binget(self):
        i, = _struct.unpack("<I", self.read(4))
        self.append(self.memo[i])
    _dispatch[LONG_BINGET] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1])
        self.memo[i] = self.stack[-1]
    _dispatch[PUT] = load_put

    def load_binput(self):
        i = self.read(1)[0]
        self.memo[i] = self.stack[-1]
    _dispatch[BINPUT] = load_binput

    def load_long_binput(self):
        i, = _struct.unpack("<I", self.read(4))
        self.memo[i] = self.stack[-1]
    _dispatch[LONG_BINPUT] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]
    _dispatch[MEMOIZE] = load_memoize

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    _dispatch[APPEND] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        for item in items:
            list_obj.append(item)
    _dispatch[APPENDS] = load_appends

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value
    _dispatch[SETITEM] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    _dispatch[SETITEMS] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)
    _dispatch[ADDITEMS] = load_additems

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and type(inst).__dict__.get("__setstate__", None) is not None or \
                any("__setstate__" in k.__dict__ for k in type(inst).__mro__ if k is not object):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[_sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    _dispatch[BUILD] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    _dispatch[MARK] = load_mark

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)
    _dispatch[STOP] = load_stop


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    res = f.getvalue()
    assert isinstance(res, bytes)
    return res


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    file = _io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()
