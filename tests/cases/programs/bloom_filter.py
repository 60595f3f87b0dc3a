# A Bloom filter over a bytearray bit set with double hashing from two integer hash functions; false-positive rate.
class Bloom:
    def __init__(self, m_bits, k):
        self.m, self.k = m_bits, k
        self.bits = bytearray((m_bits + 7) // 8)
        self.count = 0
    @staticmethod
    def h1(s):
        h = 2166136261
        for b in s.encode():
            h = ((h ^ b) * 16777619) & 0xFFFFFFFF
        return h
    @staticmethod
    def h2(s):
        h = 5381
        for b in s.encode():
            h = (h * 33 + b) & 0xFFFFFFFF
        return h | 1
    def _positions(self, s):
        a, b = self.h1(s), self.h2(s)
        return [(a + i * b) % self.m for i in range(self.k)]
    def add(self, s):
        for p in self._positions(s):
            self.bits[p >> 3] |= 1 << (p & 7)
        self.count += 1
    def __contains__(self, s):
        return all(self.bits[p >> 3] >> (p & 7) & 1 for p in self._positions(s))
    def fill_ratio(self):
        return sum(bin(b).count("1") for b in self.bits) / self.m
words = [f"user{i:04d}" for i in range(0, 2000, 2)]
for m, k in [(4096, 3), (8192, 5), (16384, 7)]:
    bf = Bloom(m, k)
    for w in words:
        bf.add(w)
    assert all(w in bf for w in words)
    fp = sum(1 for i in range(1, 2000, 2) if f"user{i:04d}" in bf)
    print(f"m={m:<6} k={k} fill={bf.fill_ratio():.3f} false positives={fp}/1000")
bf = Bloom(64, 2)
for w in ["apple", "banana", "cherry"]:
    bf.add(w)
print([w in bf for w in ["apple", "banana", "cherry", "durian", "elder"]], bf.bits.hex())
print(Bloom.h1("mosaic"), Bloom.h2("mosaic"), Bloom.h1(""), Bloom.h2("\u00e9"))
