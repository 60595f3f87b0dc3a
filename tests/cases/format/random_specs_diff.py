seed = 31337
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def pick(xs):
    return xs[rnd(len(xs))]
vals = [0, 1, -1, 7, -42, 255, 1234567, -987654321, 2**64, -(3**50), True, 0.0, -0.0, 1.5, -2.5, 0.1, 1/3, 123456.789, -1e-7, 1e16, 1e22, 2.5e-300, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 5e-324, 999.9999, 0.5, 9.5, "", "abc", "héllo", "日本語", None]
out = []
for trial in range(4000):
    v = pick(vals)
    spec = ""
    if rnd(3) == 0:
        spec += pick(["*", "0", "x", " ", "é"]) + pick("<>^=")
    elif rnd(2):
        spec += pick("<>^=")
    if rnd(3) == 0:
        spec += pick("+- ")
    if rnd(5) == 0:
        spec += "#"
    if rnd(5) == 0:
        spec += "0"
    if rnd(2):
        spec += str(rnd(25))
    if rnd(4) == 0:
        spec += pick([",", "_"])
    if rnd(2):
        spec += "." + str(rnd(20))
    if rnd(3):
        spec += pick(["b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%", ""])
    try:
        r = format(v, spec)
        out.append(f"{v!r:>25} {spec!r:>12} -> {r!r}")
    except (ValueError, TypeError, OverflowError) as e:
        out.append(f"{v!r:>25} {spec!r:>12} !! {type(e).__name__}: {e}")
    if isinstance(v, (int, float)) and not isinstance(v, bool) and rnd(2):
        conv = pick("diouxXeEfFgGcrsa%")
        flags = "".join(pick(["", "-", "+", " ", "#", "0"]) for _ in range(rnd(3)))
        w = str(rnd(15)) if rnd(2) else ""
        p = "." + str(rnd(12)) if rnd(2) else ""
        f = "%" + flags + w + p + conv
        try:
            out.append(f"  {f!r} % {v!r} -> {f % v if conv != '%' else f % ()!r}")
        except (ValueError, TypeError, OverflowError) as e:
            out.append(f"  {f!r} % {v!r} !! {type(e).__name__}: {e}")
print("\n".join(out))
