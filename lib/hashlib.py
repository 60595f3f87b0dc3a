"""hashlib: MD5, SHA-1 and the SHA-2 family in pure Python.

Written for Mosaic from the Python 3.11 documentation and the algorithms'
specifications (RFC 1321, FIPS 180-4). These are slow (a few thousand
blocks a second), which is fine for the small inputs programs hash.

The round constants are derived from their definitions rather than typed
in: SHA-2's are fractional parts of square and cube roots of primes (see
_sha512), MD5's are floor(|sin(i)| * 2**32).
"""

import math as _math
import _sha512

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
           "new", "algorithms_guaranteed", "algorithms_available",
           "pbkdf2_hmac", "file_digest")

algorithms_guaranteed = frozenset({"md5", "sha1", "sha224", "sha256",
                                   "sha384", "sha512"})
algorithms_available = algorithms_guaranteed

_M32 = 0xFFFFFFFF


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _data_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash:
    """Merkle-Damgard driver shared by every algorithm: buffers input into
    blocks, hands whole blocks to _compress, pads at digest() time on a
    copy so the object can keep being updated."""

    name = None
    digest_size = 0
    block_size = 64
    _length_bytes = 8
    _byteorder = "big"

    def __init__(self, data=b"", *, usedforsecurity=True):
        self._h = list(self._initial())
        self._buf = b""
        self._count = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _data_bytes(data)
        self._count += len(data)
        buf = self._buf + data
        bs = self.block_size
        full = len(buf) - len(buf) % bs
        h = self._h
        for i in range(0, full, bs):
            h = self._compress(h, buf[i:i + bs])
        self._h = h
        self._buf = buf[full:]

    def copy(self):
        other = object.__new__(type(self))
        other._h = list(self._h)
        other._buf = self._buf
        other._count = self._count
        return other

    def _final_state(self):
        bs = self.block_size
        lb = self._length_bytes
        tail = self._buf + b"\x80"
        tail += b"\x00" * ((bs - lb - len(tail)) % bs)
        tail += (self._count * 8).to_bytes(lb, self._byteorder)
        h = self._h
        for i in range(0, len(tail), bs):
            h = self._compress(h, tail[i:i + bs])
        return h

    def digest(self):
        h = self._final_state()
        out = b"".join(x.to_bytes(self._word, self._byteorder) for x in h)
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<%s _hashlib.HASH object @ 0x%x>" % (self.name, id(self))


# ------------------------------------------------------------ MD5

_MD5_K = [int(abs(_math.sin(i + 1)) * 4294967296.0) & _M32 for i in range(64)]
_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


class _MD5(_Hash):
    name = "md5"
    digest_size = 16
    _word = 4
    _byteorder = "little"

    @staticmethod
    def _initial():
        return (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

    @staticmethod
    def _compress(h, block):
        m = [int.from_bytes(block[4 * i:4 * i + 4], "little") for i in range(16)]
        a, b, c, d = h
        K = _MD5_K
        S = _MD5_S
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) & 15
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) & 15
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) & 15
            f = (f + a + K[i] + m[g]) & _M32
            a = d
            d = c
            c = b
            b = (b + _rotl32(f, S[i])) & _M32
        return [(x + y) & _M32 for x, y in zip(h, (a, b, c, d))]


# ------------------------------------------------------------ SHA-1

class _SHA1(_Hash):
    name = "sha1"
    digest_size = 20
    _word = 4

    @staticmethod
    def _initial():
        return (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    @staticmethod
    def _compress(h, block):
        w = [int.from_bytes(block[4 * i:4 * i + 4], "big") for i in range(16)]
        for t in range(16, 80):
            w.append(_rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a, b, c, d, e = h
        for t in range(80):
            if t < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif t < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif t < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            tmp = (_rotl32(a, 5) + (f & _M32) + e + k + w[t]) & _M32
            e = d
            d = c
            c = _rotl32(b, 30)
            b = a
            a = tmp
        return [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]


# ------------------------------------------------------------ SHA-224/256

_SHA256_K = None
_SHA256_H = None
_SHA224_H = None


def _sha256_constants():
    global _SHA256_K, _SHA256_H, _SHA224_H
    if _SHA256_K is None:
        primes = _sha512._primes(64)
        root = _sha512._iroot
        _SHA256_K = [root(p << 96, 3) & _M32 for p in primes]
        _SHA256_H = [root(p << 64, 2) & _M32 for p in primes[:8]]
        # SHA-224 starts from the low halves of SHA-384's initial words.
        _SHA224_H = [root(p << 128, 2) & _M32 for p in primes[8:16]]


class _SHA256(_Hash):
    name = "sha256"
    digest_size = 32
    _word = 4

    @staticmethod
    def _initial():
        _sha256_constants()
        return _SHA256_H

    @staticmethod
    def _compress(h, block):
        K = _SHA256_K
        w = [int.from_bytes(block[4 * i:4 * i + 4], "big") for i in range(16)]
        for t in range(16, 64):
            x = w[t - 15]
            s0 = _rotr32(x, 7) ^ _rotr32(x, 18) ^ (x >> 3)
            x = w[t - 2]
            s1 = _rotr32(x, 17) ^ _rotr32(x, 19) ^ (x >> 10)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M32)
        a, b, c, d, e, f, g, hh = h
        for t in range(64):
            S1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + K[t] + w[t]) & _M32
            S0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & _M32
            hh = g
            g = f
            f = e
            e = (d + t1) & _M32
            d = c
            c = b
            b = a
            a = (t1 + t2) & _M32
        return [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]


class _SHA224(_SHA256):
    name = "sha224"
    digest_size = 28

    @staticmethod
    def _initial():
        _sha256_constants()
        return _SHA224_H


# ------------------------------------------------------------ SHA-384/512

_SHA384_H = None


class _SHA512(_Hash):
    name = "sha512"
    digest_size = 64
    block_size = 128
    _length_bytes = 16
    _word = 8

    @staticmethod
    def _initial():
        _sha512._constants()
        return _sha512._H0

    _compress = staticmethod(_sha512._compress)


class _SHA384(_SHA512):
    name = "sha384"
    digest_size = 48

    @staticmethod
    def _initial():
        global _SHA384_H
        if _SHA384_H is None:
            _sha512._constants()
            primes = _sha512._primes(16)
            _SHA384_H = [_sha512._iroot(p << 128, 2) & _sha512._MASK
                         for p in primes[8:]]
        return _SHA384_H


_CONSTRUCTORS = {
    "md5": _MD5, "sha1": _SHA1, "sha224": _SHA224, "sha256": _SHA256,
    "sha384": _SHA384, "sha512": _SHA512,
}


def md5(data=b"", *, usedforsecurity=True):
    """Returns a md5 hash object; optionally initialized with a string"""
    return _MD5(data)


def sha1(data=b"", *, usedforsecurity=True):
    """Returns a sha1 hash object; optionally initialized with a string"""
    return _SHA1(data)


def sha224(data=b"", *, usedforsecurity=True):
    """Returns a sha224 hash object; optionally initialized with a string"""
    return _SHA224(data)


def sha256(data=b"", *, usedforsecurity=True):
    """Returns a sha256 hash object; optionally initialized with a string"""
    return _SHA256(data)


def sha384(data=b"", *, usedforsecurity=True):
    """Returns a sha384 hash object; optionally initialized with a string"""
    return _SHA384(data)


def sha512(data=b"", *, usedforsecurity=True):
    """Returns a sha512 hash object; optionally initialized with a string"""
    return _SHA512(data)


def new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm; optionally initialized with data (which must be a
    bytes-like object)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s"
                        % type(name).__name__)
    cls = _CONSTRUCTORS.get(name.lower().replace("-", ""))
    if cls is None:
        raise ValueError("unsupported hash type " + name)
    return cls(data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC
    as pseudorandom function."""
    cls = _CONSTRUCTORS.get(hash_name.lower())
    if cls is None:
        raise ValueError("unsupported hash type " + hash_name)
    password = _data_bytes(password)
    salt = _data_bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = cls.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    bs = cls.block_size
    if len(password) > bs:
        password = cls(password).digest()
    password = password.ljust(bs, b"\x00")
    inner = cls(password.translate(bytes(x ^ 0x36 for x in range(256))))
    outer = cls(password.translate(bytes(x ^ 0x5C for x in range(256))))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    dkey = b""
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, "big"))
        rkey = int.from_bytes(prev, "big")
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, "big")
        loop += 1
        dkey += rkey.to_bytes(cls.digest_size, "big")
    return dkey[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a binary file object with the named or given
    digest and return the hash object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
