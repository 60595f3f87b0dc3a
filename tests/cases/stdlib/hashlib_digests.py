import hashlib
for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56, b"a" * 64, b"x" * 111, b"x" * 112, b"y" * 1000, bytes(range(256)) * 3]:
    print([hashlib.new(n, data).hexdigest()[:32] for n in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")])
h = hashlib.sha256(); h.update(b"hello "); c = h.copy(); h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size, hashlib.md5(b"x").digest_size)
print(hashlib.sha256("héllo".encode()).hexdigest(), "md5" in hashlib.algorithms_guaranteed)
try:
    hashlib.sha256("str")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
print(hashlib.md5(bytearray(b"ab")).hexdigest(), hashlib.sha1(memoryview(b"ab")).hexdigest())
