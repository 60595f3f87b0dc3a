"""Secure hashes and message digests (hashlib), in pure Python.

Written for Mosaic from RFC 1321 (MD5), RFC 3174 (SHA-1) and FIPS 180-4
(SHA-224/256/384/512). The SHA-2 round constants and initial values are
computed from their definitions (fractional parts of the square and cube
roots of the first primes) and MD5's from the sine function, rather than
typed in. Objects support update/digest/hexdigest/copy and name,
digest_size, block_size; new(name) and the algorithms_* sets are provided.
Slow for large inputs, but exact.
"""

import math as _math

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_available", "algorithms_guaranteed"]

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)


def _primes(n):
    found = []
    c = 2
    while len(found) < n:
        if all(c % p for p in found if p * p <= c):
            found.append(c)
        c += 1
    return found


def _iroot(x, k):
    # Largest r with r**k <= x, by Newton's method on integers.
    r = 1 << ((x.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + x // r ** (k - 1)) // k
        if s >= r:
            break
        r = s
    while r ** k > x:
        r -= 1
    while (r + 1) ** k <= x:
        r += 1
    return r



def _to_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash:
    def __init__(self, data=b"", *, usedforsecurity=True):
        self._h = list(self._initial())
        self._buf = b""
        self._len = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _to_bytes(data)
        self._len += len(data)
        buf = self._buf + data
        bs = self.block_size
        n = len(buf) - len(buf) % bs
        for i in range(0, n, bs):
            self._compress(buf[i:i + bs])
        self._buf = buf[n:]

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._h = list(self._h)
        other._buf = self._buf
        other._len = self._len
        return other

    def _padding(self, big):
        bs = self.block_size
        lenbytes = 16 if bs == 128 else 8
        ml = self._len * 8
        pad = b"\x80" + b"\x00" * ((bs - lenbytes - 1 - self._len) % bs)
        return pad + ml.to_bytes(lenbytes, "big" if big else "little")

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self.name, id(self))


class _SHA2(_Hash):
    def _compress(self, block):
        w, mask, rounds = self._word, self._mask, self._rounds
        K = self._K()
        W = [int.from_bytes(block[i:i + w], "big") for i in range(0, 16 * w, w)]
        s0r, s1r, S0r, S1r = self._rot
        bits = w * 8

        def rotr(x, n):
            return ((x >> n) | (x << (bits - n))) & mask
        for t in range(16, rounds):
            x, y = W[t - 15], W[t - 2]
            s0 = rotr(x, s0r[0]) ^ rotr(x, s0r[1]) ^ (x >> s0r[2])
            s1 = rotr(y, s1r[0]) ^ rotr(y, s1r[1]) ^ (y >> s1r[2])
            W.append((W[t - 16] + s0 + W[t - 7] + s1) & mask)
        a, b, c, d, e, f, g, h = self._h
        for t in range(rounds):
            S1 = rotr(e, S1r[0]) ^ rotr(e, S1r[1]) ^ rotr(e, S1r[2])
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + K[t] + W[t]) & mask
            S0 = rotr(a, S0r[0]) ^ rotr(a, S0r[1]) ^ rotr(a, S0r[2])
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & mask
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        self._h = [(x + y) & mask for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def digest(self):
        c = self.copy()
        pad = c._padding(True)
        data = c._buf + pad
        for i in range(0, len(data), c.block_size):
            c._compress(data[i:i + c.block_size])
        out = b"".join(x.to_bytes(c._word, "big") for x in c._h)
        return out[:self.digest_size]


_cache = {}


def _k32():
    if "k32" not in _cache:
        _cache["k32"] = [_iroot(p << 96, 3) & 0xFFFFFFFF for p in _primes(64)]
    return _cache["k32"]


def _k64():
    if "k64" not in _cache:
        _cache["k64"] = [_iroot(p << 192, 3) & 0xFFFFFFFFFFFFFFFF for p in _primes(80)]
    return _cache["k64"]


class sha256(_SHA2):
    name = "sha256"
    digest_size = 32
    block_size = 64
    _word = 4
    _mask = 0xFFFFFFFF
    _rounds = 64
    _rot = ((7, 18, 3), (17, 19, 10), (2, 13, 22), (6, 11, 25))
    _K = staticmethod(_k32)

    def _initial(self):
        return [_iroot(p << 64, 2) & 0xFFFFFFFF for p in _primes(8)]


class sha224(sha256):
    name = "sha224"
    digest_size = 28

    def _initial(self):
        # The low 32 bits of the 64-bit fractions of the 9th..16th primes.
        return [_iroot(p << 128, 2) & 0xFFFFFFFF for p in _primes(16)[8:]]


class sha512(_SHA2):
    name = "sha512"
    digest_size = 64
    block_size = 128
    _word = 8
    _mask = 0xFFFFFFFFFFFFFFFF
    _rounds = 80
    _rot = ((1, 8, 7), (19, 61, 6), (28, 34, 39), (14, 18, 41))
    _K = staticmethod(_k64)

    def _initial(self):
        return [_iroot(p << 128, 2) & 0xFFFFFFFFFFFFFFFF for p in _primes(8)]


class sha384(sha512):
    name = "sha384"
    digest_size = 48

    def _initial(self):
        return [_iroot(p << 128, 2) & 0xFFFFFFFFFFFFFFFF for p in _primes(16)[8:]]


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


class sha1(_Hash):
    name = "sha1"
    digest_size = 20
    block_size = 64

    def _initial(self):
        return [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]

    def _compress(self, block):
        W = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
        for t in range(16, 80):
            W.append(_rotl32(W[t - 3] ^ W[t - 8] ^ W[t - 14] ^ W[t - 16], 1))
        a, b, c, d, e = self._h
        for t in range(80):
            if t < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif t < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif t < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            temp = (_rotl32(a, 5) + f + e + k + W[t]) & 0xFFFFFFFF
            e, d, c, b, a = d, c, _rotl32(b, 30), a, temp
        self._h = [(x + y) & 0xFFFFFFFF for x, y in zip(self._h, (a, b, c, d, e))]

    def digest(self):
        c = self.copy()
        data = c._buf + c._padding(True)
        for i in range(0, len(data), 64):
            c._compress(data[i:i + 64])
        return b"".join(x.to_bytes(4, "big") for x in c._h)


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(_math.sin(i + 1)) * 4294967296) & 0xFFFFFFFF for i in range(64)]


class md5(_Hash):
    name = "md5"
    digest_size = 16
    block_size = 64

    def _initial(self):
        return [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476]

    def _compress(self, block):
        M = [int.from_bytes(block[i:i + 4], "little") for i in range(0, 64, 4)]
        a, b, c, d = self._h
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | (~d & 0xFFFFFFFF)), (7 * i) % 16
            f = (f + a + _MD5_K[i] + M[g]) & 0xFFFFFFFF
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_S[i])) & 0xFFFFFFFF
        self._h = [(x + y) & 0xFFFFFFFF for x, y in zip(self._h, (a, b, c, d))]

    def digest(self):
        c = self.copy()
        data = c._buf + c._padding(False)
        for i in range(0, len(data), 64):
            c._compress(data[i:i + 64])
        return b"".join(x.to_bytes(4, "little") for x in c._h)


_constructors = {"md5": md5, "sha1": sha1, "sha224": sha224, "sha256": sha256,
                 "sha384": sha384, "sha512": sha512}


def new(name, data=b"", **kwargs):
    try:
        cons = _constructors[name.lower()]
    except (KeyError, AttributeError):
        raise ValueError("unsupported hash type " + str(name)) from None
    return cons(data)


def file_digest(fileobj, digest):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(65536)
        if not chunk:
            break
        h.update(chunk)
    return h
