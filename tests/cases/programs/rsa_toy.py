# Toy RSA with fixed primes: key generation, modular inverse via extended Euclid, encrypt/decrypt/sign text.
def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("not invertible")
    return x % m
p = 2**127 - 1
q = 2**89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("n =", n)
print("d =", d)
print("e*d mod phi =", e * d % phi, "pow-inverse agrees:", d == pow(e, -1, phi))
msg = "Copy-and-patch!"
m = int.from_bytes(msg.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print("m =", m)
print("c =", c)
print("decrypted:", back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
dp, dq = d % (p - 1), d % (q - 1)
qinv = modinv(q, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = qinv * (m1 - m2) % p
print("CRT decryption agrees:", m2 + h * q == m)
sig = pow(m, d, n)
print("signature verifies:", pow(sig, e, n) == m, "tampered fails:", pow(sig + 1, e, n) == m)
blocks = [int.from_bytes(msg[i:i + 4].encode(), "big") for i in range(0, len(msg), 4)]
enc = [pow(b, e, n) % 1000000 for b in blocks]
print("block fingerprints:", enc)
try:
    modinv(6, 9)
except ValueError as err:
    print("ValueError:", err)
