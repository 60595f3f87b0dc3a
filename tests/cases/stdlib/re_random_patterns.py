import re
seed = 11
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
atoms = ["a", "b", "c", ".", "\\d", "\\w", "\\s", "[ab]", "[^a]", "[a-c]", "x", "\\b", "^", "$", "(a)", "(b|c)", "(?:ab)", "(a|)", "()", "(?=a)", "(?!b)", "(?<=a)", "\\1"]
quants = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}", "{2,}?", "*+"]
def gen(depth=0):
    n = rnd(4) + 1
    parts = []
    for _ in range(n):
        if depth < 2 and rnd(6) == 0:
            a = "(" + gen(depth + 1) + ")"
        elif depth < 2 and rnd(8) == 0:
            a = "(?:" + gen(depth + 1) + "|" + gen(depth + 1) + ")"
        else:
            a = atoms[rnd(len(atoms))]
        parts.append(a + quants[rnd(len(quants))])
    return "".join(parts)
out = []
for t in range(600):
    pat = gen()
    s = "".join("abcx 1\n"[rnd(7)] for _ in range(rnd(12)))
    flags = [0, re.I, re.M, re.S][rnd(4)]
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        out.append(f"{pat!r} ERR {e}")
        continue
    try:
        m = p.search(s)
        out.append(f"{pat!r} {s!r} {int(flags)} {m and (m.span(), m.groups())} {p.findall(s)} {p.sub('-', s)!r} {p.split(s)} {bool(p.fullmatch(s))} {[x.span() for x in p.finditer(s)]}")
    except Exception as e:
        out.append(f"{pat!r} {s!r} EXC {type(e).__name__} {e}")
print("\n".join(out))
