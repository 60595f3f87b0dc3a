"""fnmatch: Unix shell-style wildcards (*, ?, [seq], [!seq]).

Written for Mosaic from the Python 3.11 documentation. Patterns become
regular expressions through translate(), whose output is CPython's string
exactly: runs of '*' collapse to one, a '*' followed by a fixed piece and
another '*' becomes an atomic group '(?>.*?piece)' so matching cannot
backtrack exponentially, and character sets are escaped for re.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN, after os.path.normcase
    (which changes nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    match = _cache.get((type(pat), pat))
    if match is None:
        if isinstance(pat, bytes):
            res = translate(str(pat, "ISO-8859-1")).encode("ISO-8859-1")
        else:
            res = translate(pat)
        match = re.compile(res).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[(type(pat), pat)] = match
    return match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _translate_set(pat, i, j):
    # The set pat[i:j] (between '[' and ']') as the body of a regex set, or
    # None when it can never match.
    body = pat[i:j]
    if "-" not in body:
        body = body.replace("\\", "\\\\")
    else:
        # Split at the hyphens that make ranges (not a leading one, nor
        # the one right after '!'), drop empty ranges like z-a by merging
        # their neighbours, and escape the literal hyphens left.
        pieces = []
        k = i + 2 if pat[i] == "!" else i + 1
        start = i
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            pieces.append(pat[start:k])
            start = k + 1
            k = k + 3
        last = pat[start:j]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += "-"
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in pieces)
    # Escape what newer re versions treat as set operations.
    body = re.sub(r"([&~|])", r"\\\1", body)
    if not body:
        return "(?!)"
    if body == "!":
        return "."
    if body[0] == "!":
        body = "^" + body[1:]
    elif body[0] in ("^", "["):
        body = "\\" + body
    return "[" + body + "]"


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == "?":
            tokens.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                tokens.append("\\[")
            else:
                tokens.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            tokens.append(re.escape(c))
    out = []
    k = 0
    n = len(tokens)
    while k < n and tokens[k] is not _STAR:
        out.append(tokens[k])
        k += 1
    while k < n:
        k += 1          # the star
        fixed = []
        while k < n and tokens[k] is not _STAR:
            fixed.append(tokens[k])
            k += 1
        fixed = "".join(fixed)
        if k == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return "(?s:%s)\\Z" % "".join(out)
