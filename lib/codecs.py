"""Codec registry and base classes (codecs), the commonly used part.

Written for Mosaic from the Python documentation. Text encodings are the
ones str.encode/bytes.decode know; codecs adds the non-text codecs
reachable only through it — "rot13" (str to str), "hex" and "base64"
(bytes to bytes) — plus lookup() with CodecInfo (canonical names as
CPython reports them), getencoder/getdecoder, register_error/lookup_error
for the built-in handlers, open(), and the BOM constants.
"""

import sys as _sys

__all__ = ["encode", "decode", "lookup", "CodecInfo", "getencoder", "getdecoder", "open",
           "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE",
           "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE", "register_error", "lookup_error",
           "strict_errors", "ignore_errors", "replace_errors", "backslashreplace_errors",
           "xmlcharrefreplace_errors", "namereplace_errors", "register"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if _sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE

# Spellings -> the name CodecInfo reports.
_CANON = {
    "utf8": "utf-8", "utf_8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf-8": "utf-8", "utf8_ucs2": "utf-8", "utf8_ucs4": "utf-8",
    "ascii": "ascii", "us-ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
    "latin1": "iso8859-1", "latin-1": "iso8859-1", "latin_1": "iso8859-1", "iso-8859-1": "iso8859-1",
    "iso8859-1": "iso8859-1", "iso8859_1": "iso8859-1", "l1": "iso8859-1", "8859": "iso8859-1",
    "cp819": "iso8859-1",
    "utf-16": "utf-16", "utf16": "utf-16", "utf_16": "utf-16",
    "utf-16-le": "utf-16-le", "utf_16_le": "utf-16-le", "utf-16le": "utf-16-le",
    "utf-16-be": "utf-16-be", "utf_16_be": "utf-16-be", "utf-16be": "utf-16-be",
    "utf-32": "utf-32", "utf32": "utf-32", "utf_32": "utf-32",
    "utf-32-le": "utf-32-le", "utf_32_le": "utf-32-le", "utf-32le": "utf-32-le",
    "utf-32-be": "utf-32-be", "utf_32_be": "utf-32-be", "utf-32be": "utf-32-be",
    "cp1252": "cp1252", "windows-1252": "cp1252",
    "rot13": "rot-13", "rot_13": "rot-13", "rot-13": "rot-13",
    "hex": "hex", "hex_codec": "hex",
    "base64": "base64", "base_64": "base64", "base64_codec": "base64",
    "unicode_escape": "unicode-escape", "unicode-escape": "unicode-escape",
    "raw_unicode_escape": "raw-unicode-escape", "raw-unicode-escape": "raw-unicode-escape",
}
_TEXT = {"rot-13": False, "hex": False, "base64": False}


class CodecInfo(tuple):
    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        self._is_text_encoding = True if _is_text_encoding is None else _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__,
                                                         self.__class__.__qualname__, self.name, id(self))


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot13(input, errors="strict"):
    return (str.translate(input, _ROT13), len(input))


def _hex_encode(input, errors="strict"):
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors="strict"):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _b64_encode(input, errors="strict"):
    import base64
    return (base64.encodebytes(input), len(input))


def _b64_decode(input, errors="strict"):
    import base64
    return (base64.decodebytes(input), len(input))


_searchers = []


def register(search_function):
    _searchers.append(search_function)


def lookup(encoding):
    key = encoding.lower().replace(" ", "-")
    for search in _searchers:
        info = search(key)
        if info is not None:
            return info
    name = _CANON.get(key) or _CANON.get(key.replace("-", "_"))
    if name is None:
        # Any encoding str.encode knows is a text codec under its own name.
        try:
            "".encode(encoding)
        except LookupError:
            raise LookupError("unknown encoding: %s" % encoding) from None
        name = key
    if name == "rot-13":
        return CodecInfo(_rot13, _rot13, name="rot-13", _is_text_encoding=False)
    if name == "hex":
        return CodecInfo(_hex_encode, _hex_decode, name="hex", _is_text_encoding=False)
    if name == "base64":
        return CodecInfo(_b64_encode, _b64_decode, name="base64", _is_text_encoding=False)

    def enc(input, errors="strict"):
        return (input.encode(name, errors), len(input))

    def dec(input, errors="strict"):
        return (bytes(input).decode(name, errors), len(input))
    return CodecInfo(enc, dec, name=name)


def encode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    import builtins
    if encoding is not None and "b" not in mode:
        return builtins.open(filename, mode, buffering, encoding, errors)
    if "b" not in mode:
        mode = mode + "b"
    return builtins.open(filename, mode, buffering)


_error_handlers = {}


def strict_errors(exc):
    raise exc


def _builtin_handler(name):
    def handler(exc):
        raise TypeError("Mosaic's codecs cannot call the %r handler directly" % name)
    return handler


ignore_errors = _builtin_handler("ignore")
replace_errors = _builtin_handler("replace")
backslashreplace_errors = _builtin_handler("backslashreplace")
xmlcharrefreplace_errors = _builtin_handler("xmlcharrefreplace")
namereplace_errors = _builtin_handler("namereplace")

_builtin_handlers = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
                     "backslashreplace": backslashreplace_errors,
                     "xmlcharrefreplace": xmlcharrefreplace_errors, "namereplace": namereplace_errors}


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    if name in _error_handlers:
        return _error_handlers[name]
    if name in _builtin_handlers:
        return _builtin_handlers[name]
    raise LookupError("unknown error handler name '%s'" % name)
