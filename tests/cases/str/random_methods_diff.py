seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alpha = ["a", "b", " ", "\t", "\n", "é", "日", "😀", "A", "1", ",", "ß", "İ", "ǅ", "\r\n", "x", ".", "-", "_"]
def rs(n=8):
    return "".join(alpha[rnd(len(alpha))] for _ in range(rnd(n)))
def ri():
    return rnd(24) - 12 if rnd(3) else None
methods = ["split", "rsplit", "find", "rfind", "count", "index", "rindex", "startswith", "endswith", "partition", "rpartition",
           "strip", "lstrip", "rstrip", "replace", "center", "ljust", "rjust", "zfill", "expandtabs", "splitlines", "upper", "lower",
           "title", "capitalize", "swapcase", "casefold", "isalpha", "isspace", "istitle", "isupper", "islower", "isalnum", "join",
           "removeprefix", "removesuffix", "encode", "isdigit", "isprintable", "isidentifier"]
out = []
for trial in range(1500):
    s = rs(12)
    m = methods[rnd(len(methods))]
    t = rs(3)
    i, j = ri(), ri()
    try:
        if m in ("split", "rsplit"):
            r = getattr(s, m)(t if rnd(2) and t else None, i if i is not None else -1)
        elif m in ("find", "rfind", "count", "index", "rindex", "startswith", "endswith"):
            r = getattr(s, m)(t, i, j)
        elif m in ("partition", "rpartition", "removeprefix", "removesuffix"):
            r = getattr(s, m)(t)
        elif m in ("strip", "lstrip", "rstrip"):
            r = getattr(s, m)(t if rnd(2) else None)
        elif m == "replace":
            r = s.replace(t, rs(3), i if i is not None else -1)
        elif m in ("center", "ljust", "rjust"):
            r = getattr(s, m)(rnd(20), alpha[rnd(len(alpha))][0])
        elif m == "zfill":
            r = s.zfill(rnd(15))
        elif m == "expandtabs":
            r = s.expandtabs(rnd(6))
        elif m == "splitlines":
            r = s.splitlines(bool(rnd(2)))
        elif m == "join":
            r = t.join(s.split())
        elif m == "encode":
            r = s.encode(["utf-8", "ascii", "latin-1"][rnd(3)], ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"][rnd(5)])
        else:
            r = getattr(s, m)()
        out.append(f"{s!r}.{m}({t!r},{i},{j}) -> {r!r}")
    except (ValueError, TypeError, UnicodeError) as e:
        out.append(f"{s!r}.{m}({t!r},{i},{j}) !! {type(e).__name__}: {e}")
    sl = s[i:j:(ri() or 1)]
    out.append(f"  {sl!r} {len(s)} {s[i] if i is not None and -len(s) <= i < len(s) else ''!r} {s < t} {t in s} {s.find(t)} {hash(s) == hash(s[:])}")
print("\n".join(out))
