seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def big():
    k = rnd(6)
    if k == 0:
        return rnd(20) - 10
    if k == 1:
        return (rnd(2**31) - 2**30) * (rnd(2**31) + 1)
    if k == 2:
        return 2 ** rnd(200) * (1 if rnd(2) else -1) + rnd(3) - 1
    if k == 3:
        return (rnd(2**31) + 1) ** (rnd(12) + 1) * (1 if rnd(2) else -1)
    if k == 4:
        return int("9" * (rnd(60) + 1)) * (1 if rnd(2) else -1)
    return rnd(2**62) - 2**61
ops = ["+", "-", "*", "//", "%", "**", "&", "|", "^", "<<", ">>", "divmod", "pow3", "/", "cmp", "float", "str", "bits", "bytes", "gcd", "isqrt", "round"]
import math
out = []
for t in range(3000):
    a, b = big(), big()
    op = ops[rnd(len(ops))]
    try:
        if op == "**":
            r = a ** (abs(b) % 40)
        elif op in ("<<", ">>"):
            r = eval(f"a {op} (abs(b) % 300)")
        elif op == "divmod":
            r = divmod(a, b)
        elif op == "pow3":
            r = pow(a, abs(b) % 1000, b)
        elif op == "cmp":
            r = (a < b, a <= b, a == b, a > float(b), a == float(a), a < float(b))
        elif op == "float":
            r = (float(a), a / 7, a * 0.5, a + 0.25)
        elif op == "str":
            r = (str(a), hex(a), oct(a), bin(a)[:40], f"{a:,}", f"{a:_x}", f"{a:e}", f"{a:.3g}", repr(a)[-5:])
        elif op == "bits":
            r = (a.bit_length(), a.bit_count(), ~a, -a, abs(a), a & 0xFFFF, a >> 3)
        elif op == "bytes":
            n = (a.bit_length() + 8) // 8
            r = (a.to_bytes(n, "big", signed=True), int.from_bytes(a.to_bytes(n, "little", signed=True), "little", signed=True) == a)
        elif op == "gcd":
            r = (math.gcd(a, b), math.lcm(a % 10**12, b % 10**12))
        elif op == "isqrt":
            r = math.isqrt(abs(a))
        elif op == "round":
            r = (round(a, -(abs(b) % 30)), round(a, 2), hash(a), hash(a) == hash(float(a)) if abs(a) < 2**53 else None)
        else:
            r = eval(f"a {op} b")
        out.append(f"{a} {op} {b} = {r}")
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        out.append(f"{a} {op} {b} !! {type(e).__name__}: {e}")
print("\n".join(out))
