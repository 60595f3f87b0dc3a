#!/usr/bin/env python3
"""tools/unicodedata_gen.py — writes lib/_unicodedata.dat for lib/unicodedata.py.

The data is read off the running CPython's unicodedata (run it with the
python3 that is the test oracle: 3.11, Unicode 14.0), so Mosaic answers as
the oracle does; commit the output:

    python3 tools/unicodedata_gen.py > lib/_unicodedata.dat

Format: sections started by a line "@name"; values are hexadecimal code
points.
- @cat, @bidi, @eaw, @comb, @mirr: runs "start value", each value holding
  from its start to the next run's start.
- @words: the words of character names, most frequent first, one a line.
- @names: one line per named character in code point order: the distance
  to the previous one in base 62 (empty for 1), ":", then the word
  numbers in base 62 separated by spaces (a "-" word is a hyphen, joined
  without spaces). Names made from the code point (CJK UNIFIED IDEOGRAPH-…,
  HANGUL SYLLABLE …, …) are not listed but given as @algo runs.
- @algo: "start end prefix" for names that are prefix + the code point.
- @decomp: "cp decomposition" as unicodedata.decomposition() writes it.
- @compose: "a b composite" — the canonical pairs NFC composes.
- @num: "cp numeric-value" (as repr of the float), @digit: "cp value".
"""

import unicodedata
from collections import Counter

MAXCP = 0x110000
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALGO = ("CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-",
        "NUSHU CHARACTER-", "CJK COMPATIBILITY IDEOGRAPH-")


def b62(n):
    out = ""
    while True:
        out = B62[n % 62] + out
        n //= 62
        if not n:
            return out


def runs(fn, out, name):
    out.append("@" + name)
    prev = object()
    for cp in range(MAXCP):
        v = fn(chr(cp))
        if v != prev:
            out.append("%x %s" % (cp, v))
            prev = v


def main():
    out = []
    runs(unicodedata.category, out, "cat")
    runs(unicodedata.bidirectional, out, "bidi")
    runs(unicodedata.east_asian_width, out, "eaw")
    runs(unicodedata.combining, out, "comb")
    runs(unicodedata.mirrored, out, "mirr")
    names = {}
    algo = []
    for cp in range(MAXCP):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        prefix = next((p for p in ALGO if n.startswith(p)), None)
        if prefix is not None:
            assert n == prefix + "%04X" % cp
            if algo and algo[-1][2] == prefix and algo[-1][1] == cp - 1:
                algo[-1][1] = cp
            else:
                algo.append([cp, cp, prefix])
            continue
        if n.startswith("HANGUL SYLLABLE ") and 0xAC00 <= cp <= 0xD7A3:
            continue
        names[cp] = n
    wc = Counter()
    tokens = {}
    for cp, n in names.items():
        t = n.replace("-", " - ").split(" ")
        assert " ".join(t).replace(" - ", "-") == n, n
        tokens[cp] = t
        wc.update(t)
    words = [w for w, _ in wc.most_common()]
    index = {w: i for i, w in enumerate(words)}
    out.append("@words")
    out.extend(words)
    out.append("@names")
    prev = -1
    for cp in sorted(names):
        d = cp - prev
        prev = cp
        out.append(("" if d == 1 else b62(d)) + ":" + " ".join(b62(index[t]) for t in tokens[cp]))
    out.append("@algo")
    for start, end, prefix in algo:
        out.append("%x %x %s" % (start, end, prefix))
    out.append("@decomp")
    compose = []
    for cp in range(MAXCP):
        d = unicodedata.decomposition(chr(cp))
        if d:
            out.append("%x %s" % (cp, d))
            parts = d.split()
            if len(parts) == 2 and not parts[0].startswith("<"):
                a, b = int(parts[0], 16), int(parts[1], 16)
                if unicodedata.normalize("NFC", chr(a) + chr(b)) == chr(cp):
                    compose.append((a, b, cp))
    out.append("@compose")
    for a, b, c in compose:
        out.append("%x %x %x" % (a, b, c))
    out.append("@num")
    for cp in range(MAXCP):
        v = unicodedata.numeric(chr(cp), None)
        if v is not None:
            out.append("%x %r" % (cp, v))
    out.append("@digit")
    for cp in range(MAXCP):
        v = unicodedata.digit(chr(cp), None)
        if v is not None and unicodedata.decimal(chr(cp), None) is None:
            out.append("%x %d" % (cp, v))
    out.append("@version")
    out.append(unicodedata.unidata_version)
    print("\n".join(out))


main()
