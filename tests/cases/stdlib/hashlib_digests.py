import hashlib
import hmac

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(a, "->", r)

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
# lengths around the padding boundaries of 64- and 128-byte blocks
for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, bytes(range(200))]:
    for n in names:
        print(n, len(data), hashlib.new(n, data).hexdigest())

h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest(), c.hexdigest())
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.digest()[:4])
h.update(memoryview(b"!"))
print(h.hexdigest())
for n in names:
    o = getattr(hashlib, n)(b"x")
    print(o.name, o.digest_size, o.block_size, len(o.digest()), o.digest() == bytes.fromhex(o.hexdigest()))
print(hashlib.md5("The quick brown fox jumps over the lazy dog".encode()).hexdigest())
print(hashlib.sha1(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.new("SHA256", b"abc").hexdigest()[:16], hashlib.new("sha512", data=b"abc").hexdigest()[:16])
print(sorted(n for n in hashlib.algorithms_guaranteed if n in names), set(names) <= hashlib.algorithms_available)
t(hashlib.new, "nope")
t(hashlib.sha256, "text")
t(hashlib.sha256().update, "text")
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, dklen=30).hex())

with open("blob.bin", "wb") as f:
    f.write(b"file contents" * 10)
with open("blob.bin", "rb") as f:
    print(hashlib.file_digest(f, "md5").hexdigest())
with open("blob.bin", "rb") as f:
    print(hashlib.file_digest(f, hashlib.sha1).hexdigest())

# hmac
m = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5")
print(m.name, m.digest_size, m.block_size, m.hexdigest())
m2 = hmac.new(b"key", digestmod=hashlib.sha256)
m2.update(b"The quick brown fox ")
m3 = m2.copy()
m2.update(b"jumps over the lazy dog")
print(m2.hexdigest(), m3.hexdigest())
print(hmac.new(b"k" * 100, b"msg", "sha1").hexdigest(), hmac.new(b"k" * 200, b"msg", "sha512").hexdigest()[:32])
print(hmac.digest(b"key", b"msg", "sha224").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "abc"),
      hmac.compare_digest(bytearray(b"x"), b"x"))
t(hmac.new, b"key")
t(hmac.new, "key", digestmod="md5")
t(hmac.compare_digest, "a", b"a")
t(hmac.compare_digest, b"a", "a")
t(hmac.compare_digest, "é", "é")
