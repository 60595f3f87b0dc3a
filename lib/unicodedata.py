"""The Unicode character database (unicodedata).

Written for Mosaic. The data (lib/_unicodedata.dat) is generated from the
oracle CPython's own unicodedata by tools/unicodedata_gen.py and read the
first time it is needed: per-code-point properties as runs searched with
bisect, names through a word table (plus the names made from the code
point: CJK ideographs, Hangul syllables, ...), decompositions and the
canonical composition pairs. normalize() implements the four forms with
the algorithm of UAX #15: full decomposition (Hangul by arithmetic),
canonical ordering by combining class, then canonical composition.
"""

import bisect as _bisect
import os as _os

__all__ = ["lookup", "name", "decimal", "digit", "numeric", "category", "bidirectional",
           "combining", "east_asian_width", "mirrored", "decomposition", "normalize",
           "is_normalized", "unidata_version", "ucd_3_2_0"]

_DATA = None
_NAMES = None
_LOOKUP = None

_SBASE, _LBASE, _VBASE, _TBASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_LCOUNT, _VCOUNT, _TCOUNT = 19, 21, 28
_NCOUNT = _VCOUNT * _TCOUNT
_SCOUNT = _LCOUNT * _NCOUNT
_JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
           "T", "P", "H"]
_JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
           "WEO", "WE", "WI", "YU", "EU", "YI", "I"]
_JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
           "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]


def _b62(s):
    n = 0
    for ch in s:
        o = ord(ch)
        if o <= 57:
            d = o - 48
        elif o >= 97:
            d = o - 97 + 10
        else:
            d = o - 65 + 36
        n = n * 62 + d
    return n


def _sections():
    path = _os.path.join(_os.path.dirname(__file__), "_unicodedata.dat")
    with open(path, encoding="ascii") as f:
        text = f.read()
    sections = {}
    for chunk in text.split("@")[1:]:
        head, _, body = chunk.partition("\n")
        sections[head] = body.rstrip("\n").split("\n") if body.strip() else []
    return sections


def _runs(lines, conv):
    starts = []
    values = []
    for line in lines:
        a, _, v = line.partition(" ")
        starts.append(int(a, 16))
        values.append(conv(v))
    return starts, values


def _data():
    global _DATA
    if _DATA is None:
        s = _sections()
        d = {}
        d["cat"] = _runs(s["cat"], str)
        d["bidi"] = _runs(s["bidi"], str)
        d["eaw"] = _runs(s["eaw"], str)
        d["comb"] = _runs(s["comb"], int)
        d["mirr"] = _runs(s["mirr"], int)
        d["decomp"] = {int(a, 16): v for a, _, v in (l.partition(" ") for l in s["decomp"])}
        comp = {}
        for line in s["compose"]:
            a, b, c = line.split()
            comp[(int(a, 16), int(b, 16))] = int(c, 16)
        d["compose"] = comp
        d["num"] = {int(a, 16): float(v) for a, _, v in (l.partition(" ") for l in s["num"])}
        d["digit"] = {int(a, 16): int(v) for a, _, v in (l.partition(" ") for l in s["digit"])}
        d["algo"] = [(int(a, 16), int(b, 16), p) for a, b, p in (l.split(" ", 2) for l in s["algo"])]
        d["words"] = s["words"]
        d["names_raw"] = s["names"]
        d["version"] = s["version"][0]
        _DATA = d
    return _DATA


def _prop(key, ch):
    starts, values = _data()[key]
    return values[_bisect.bisect_right(starts, ord(ch)) - 1]


def _check(ch, fname):
    if not isinstance(ch, str):
        raise TypeError("%s() argument must be a unicode character, not %s" % (fname, type(ch).__name__))
    if len(ch) != 1:
        raise TypeError("%s() argument must be a unicode character, not str" % fname)


def category(chr):
    _check(chr, "category")
    return _prop("cat", chr)


def bidirectional(chr):
    _check(chr, "bidirectional")
    return _prop("bidi", chr)


def east_asian_width(chr):
    _check(chr, "east_asian_width")
    return _prop("eaw", chr)


def combining(chr):
    _check(chr, "combining")
    return _prop("comb", chr)


def mirrored(chr):
    _check(chr, "mirrored")
    return _prop("mirr", chr)


def decomposition(chr):
    _check(chr, "decomposition")
    return _data()["decomp"].get(ord(chr), "")


_MISSING = object()


def decimal(chr, default=_MISSING):
    _check(chr, "decimal")
    if chr.isdecimal():
        return int(chr)
    if default is _MISSING:
        raise ValueError("not a decimal")
    return default


def digit(chr, default=_MISSING):
    _check(chr, "digit")
    if chr.isdecimal():
        return int(chr)
    v = _data()["digit"].get(ord(chr))
    if v is not None:
        return v
    if default is _MISSING:
        raise ValueError("not a digit")
    return default


def numeric(chr, default=_MISSING):
    _check(chr, "numeric")
    v = _data()["num"].get(ord(chr))
    if v is not None:
        return v
    if default is _MISSING:
        raise ValueError("not a numeric character")
    return default


def _names():
    global _NAMES
    if _NAMES is None:
        d = _data()
        words = d["words"]
        names = {}
        cp = -1
        for line in d["names_raw"]:
            delta, _, toks = line.partition(":")
            cp += _b62(delta) if delta else 1
            names[cp] = " ".join(words[_b62(t)] for t in toks.split(" ")).replace(" - ", "-")
        _NAMES = names
    return _NAMES


def name(chr, default=_MISSING):
    _check(chr, "name")
    cp = ord(chr)
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        return "HANGUL SYLLABLE " + _JAMO_L[s // _NCOUNT] + _JAMO_V[(s % _NCOUNT) // _TCOUNT] + \
            _JAMO_T[s % _TCOUNT]
    for start, end, prefix in _data()["algo"]:
        if start <= cp <= end:
            return prefix + "%04X" % cp
    n = _names().get(cp)
    if n is not None:
        return n
    if default is _MISSING:
        raise ValueError("no such name")
    return default


def lookup(name):
    global _LOOKUP
    if not isinstance(name, str):
        raise TypeError("lookup() argument must be str, not %s" % type(name).__name__)
    key = name.upper()
    if _LOOKUP is None:
        _LOOKUP = {v: k for k, v in _names().items()}
    cp = _LOOKUP.get(key)
    if cp is not None:
        return chr(cp)
    if key.startswith("HANGUL SYLLABLE "):
        rest = key[16:]
        for li, l in enumerate(_JAMO_L):
            if not rest.startswith(l):
                continue
            r1 = rest[len(l):]
            for vi, v in enumerate(_JAMO_V):
                if not r1.startswith(v):
                    continue
                r2 = r1[len(v):]
                if r2 in _JAMO_T:
                    return chr(_SBASE + (li * _VCOUNT + vi) * _TCOUNT + _JAMO_T.index(r2))
    for start, end, prefix in _data()["algo"]:
        if key.startswith(prefix):
            try:
                cp = int(key[len(prefix):], 16)
            except ValueError:
                continue
            if start <= cp <= end and key == prefix + "%04X" % cp:
                return chr(cp)
    raise KeyError("undefined character name '%s'" % name)


def _decompose(s, compat):
    decomp = _data()["decomp"]
    out = []

    def rec(cp):
        if _SBASE <= cp < _SBASE + _SCOUNT:
            si = cp - _SBASE
            out.append(_LBASE + si // _NCOUNT)
            out.append(_VBASE + (si % _NCOUNT) // _TCOUNT)
            t = si % _TCOUNT
            if t:
                out.append(_TBASE + t)
            return
        d = decomp.get(cp)
        if d is not None:
            parts = d.split()
            if parts[0].startswith("<"):
                if not compat:
                    out.append(cp)
                    return
                parts = parts[1:]
            for p in parts:
                rec(int(p, 16))
            return
        out.append(cp)

    for ch in s:
        rec(ord(ch))
    # Canonical ordering: stable sort of each run of non-starters.
    starts, values = _data()["comb"]
    ccc = [values[_bisect.bisect_right(starts, cp) - 1] for cp in out]
    i = 0
    n = len(out)
    while i < n:
        if ccc[i] == 0:
            i += 1
            continue
        j = i
        while j < n and ccc[j] != 0:
            j += 1
        if j - i > 1:
            run = sorted(zip(ccc[i:j], range(j - i), out[i:j]))
            out[i:j] = [c for _, _, c in run]
            ccc[i:j] = [k for k, _, _ in run]
        i = j
    return out, ccc


def _compose_pair(a, b):
    if _LBASE <= a < _LBASE + _LCOUNT and _VBASE <= b < _VBASE + _VCOUNT:
        return _SBASE + ((a - _LBASE) * _VCOUNT + (b - _VBASE)) * _TCOUNT
    if _SBASE <= a < _SBASE + _SCOUNT and (a - _SBASE) % _TCOUNT == 0 and _TBASE < b < _TBASE + _TCOUNT:
        return a + (b - _TBASE)
    return _data()["compose"].get((a, b))


def _compose(cps, ccc):
    result = []
    result_ccc = []
    last_starter = None
    for cp, cc in zip(cps, ccc):
        if last_starter is not None:
            last_cc = result_ccc[-1]
            adjacent = len(result) - 1 == last_starter
            if (adjacent or (last_cc != 0 and last_cc < cc)):
                comp = _compose_pair(result[last_starter], cp)
                if comp is not None:
                    result[last_starter] = comp
                    continue
        if cc == 0:
            last_starter = len(result)
        result.append(cp)
        result_ccc.append(cc)
    return result


def normalize(form, unistr):
    if not isinstance(form, str):
        raise TypeError("normalize() argument 1 must be str, not %s" % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError("normalize() argument 2 must be str, not %s" % type(unistr).__name__)
    if form not in ("NFC", "NFKC", "NFD", "NFKD"):
        raise ValueError("invalid normalization form")
    if unistr.isascii():
        return unistr
    cps, ccc = _decompose(unistr, form in ("NFKC", "NFKD"))
    if form in ("NFC", "NFKC"):
        cps = _compose(cps, ccc)
    return "".join(map(chr, cps))


def is_normalized(form, unistr):
    return normalize(form, unistr) == unistr


class _Version:
    pass


def __getattr__(attr):
    if attr == "unidata_version":
        return _data()["version"]
    raise AttributeError("module 'unicodedata' has no attribute %r" % attr)


ucd_3_2_0 = None
