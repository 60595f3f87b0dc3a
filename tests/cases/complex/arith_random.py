import math
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rv():
    k = rnd(6)
    if k == 0: return rnd(20) - 10
    if k == 1: return (rnd(2000) - 1000) / 8
    if k == 2: return complex((rnd(200) - 100) / 4, (rnd(200) - 100) / 3)
    if k == 3: return complex(0, rnd(10) - 5)
    if k == 4: return complex(rnd(7) - 3, 0)
    return complex(math.ldexp(rnd(1000) + 1, rnd(80) - 40), -math.ldexp(rnd(1000), rnd(80) - 40))
out = []
for t in range(400):
    a, b = rv(), rv()
    for op in ("+", "-", "*", "/", "**"):
        try:
            r = eval(f"a {op} b") if op != "**" or abs(b) < 50 else None
            out.append(f"{a!r} {op} {b!r} = {r!r}")
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(f"{a!r} {op} {b!r} !! {type(e).__name__}: {e}")
    if isinstance(a, complex):
        out.append(f"  {abs(a)!r} {-a!r} {a.conjugate()!r} {a == b} {a != b} {hash(a)} {str(a)} {a:.3f} {a:g} {a:>20} {a:+.2e} {a:^24.5} {bool(a)} {a.real!r} {a.imag!r}")
print("\n".join(out))
