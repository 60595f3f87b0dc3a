import math
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rf():
    k = rnd(5)
    if k == 0:
        return (rnd(2**31) - 2**30) / (rnd(1000) + 1)
    if k == 1:
        return math.ldexp(rnd(2**31) + 1, rnd(2000) - 1100) * (1 if rnd(2) else -1)
    if k == 2:
        return rnd(100000) / 1000
    if k == 3:
        return float(f"{rnd(10**6)}e{rnd(40) - 20}")
    return (rnd(2**31) * 2**22 + rnd(2**22)) / 2**rnd(60)
out = []
for t in range(3000):
    a, b = rf(), rf()
    try:
        out.append(f"{a!r} {b!r} {a + b!r} {a - b!r} {a * b!r} {a / b!r} {a // b!r} {a % b!r} {divmod(a, b)} {a ** 0.5 if a > 0 else 0!r}")
        nd = rnd(20) - 5
        out.append(f"  {round(a, nd)!r} {round(a)} {str(a)} {a:.17g} {a:g} {float(repr(a)) == a} {float(str(a)) == a} {int(a)} {a.as_integer_ratio()[1].bit_length()} {math.floor(a)} {a < b} {a == b * 1}")
        out.append(f"  {a.hex()} {float.fromhex(a.hex()) == a} {hash(a)} {a.is_integer()} {abs(a)!r} {-a!r} {math.fmod(a, b)!r} {math.trunc(a)}")
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        out.append(f"  !! {type(e).__name__}: {e}")
for t in range(500):
    s = "".join("0123456789.eE+-_ infa"[rnd(21)] for _ in range(rnd(8) + 1))
    try:
        out.append(f"{s!r} -> {float(s)!r}")
    except ValueError as e:
        out.append(f"{s!r} !! {e}")
    try:
        out.append(f"{s!r} -> int {int(s)!r}")
    except ValueError as e:
        out.append(f"{s!r} !! {e}")
print("\n".join(out))
