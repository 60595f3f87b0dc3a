# Classical ciphers: Caesar with frequency-analysis cracking, Vigenere encrypt/decrypt, Atbash and rail fence.
ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
def crack(cipher):
    def score(t):
        counts = {}
        for ch in t.lower():
            if ch.isalpha():
                counts[ch] = counts.get(ch, 0) + 1
        return sum(n * (26 - ENGLISH.index(c)) for c, n in counts.items())
    return max(range(26), key=lambda k: (score(caesar(cipher, -k)), -k))
def vigenere(text, key, sign=1):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + sign * k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
def atbash(text):
    return "".join(chr(219 - ord(c)) if c.islower() else chr(155 - ord(c)) if c.isupper() else c for c in text)
def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return "".join("".join(row) for row in rows)
plain = "The quick brown fox jumps over the lazy dog, then the tired dog sleeps in the sun."
c = caesar(plain, 11)
print(c)
k = crack(c)
print("cracked key:", k, "->", caesar(c, -k) == plain)
v = vigenere(plain, "Mosaic")
print(v)
print(vigenere(v, "Mosaic", -1) == plain)
print(atbash("Hello, World!"), atbash(atbash(plain)) == plain)
print(rail_fence("WEAREDISCOVEREDFLEEATONCE", 3), rail_fence("abc", 1))
