"""SHA-512 (FIPS 180-4) in pure Python, for random.seed() of str and bytes.

Written for Mosaic. The round constants are computed at first use from
their definition (the first 64 bits of the fractional parts of the cube
roots of the first 80 primes; the initial hash, of the square roots of the
first 8) instead of being typed in.
"""

_MASK = (1 << 64) - 1
_K = None
_H0 = None


def _primes(n):
    found = []
    c = 2
    while len(found) < n:
        if all(c % p for p in found if p * p <= c):
            found.append(c)
        c += 1
    return found


def _iroot(x, k):
    # Largest r with r**k <= x (Newton's method on integers).
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


def _constants():
    global _K, _H0
    if _K is None:
        primes = _primes(80)
        _K = [_iroot(p << 192, 3) & _MASK for p in primes]
        _H0 = [_iroot(p << 128, 2) & _MASK for p in primes[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


def _compress(h, block):
    """One SHA-512 round on a 128-byte block; returns the new 8-word state
    (hashlib's incremental sha512/sha384 objects share this)."""
    K = _K
    w = [int.from_bytes(block[8 * i:8 * i + 8], "big") for i in range(16)]
    for t in range(16, 80):
        x = w[t - 15]
        s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
        x = w[t - 2]
        s1 = _rotr(x, 19) ^ _rotr(x, 61) ^ (x >> 6)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
    a, b, c, d, e, f, g, hh = h
    for t in range(80):
        S1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
        ch = (e & f) ^ (~e & g)
        t1 = (hh + S1 + ch + K[t] + w[t]) & _MASK
        S0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
        maj = (a & b) ^ (a & c) ^ (b & c)
        t2 = (S0 + maj) & _MASK
        hh = g
        g = f
        f = e
        e = (d + t1) & _MASK
        d = c
        c = b
        b = a
        a = (t1 + t2) & _MASK
    return [(x + y) & _MASK for x, y in zip(h, (a, b, c, d, e, f, g, hh))]


def sha512(data):
    """Return the 64-byte SHA-512 digest of the bytes `data`."""
    _constants()
    data = bytes(data)
    length = len(data) * 8
    padded = data + b"\x80" + b"\x00" * ((111 - len(data)) % 128) + length.to_bytes(16, "big")
    h = list(_H0)
    for start in range(0, len(padded), 128):
        h = _compress(h, padded[start:start + 128])
    return b"".join(x.to_bytes(8, "big") for x in h)
