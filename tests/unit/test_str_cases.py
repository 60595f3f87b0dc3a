#!/usr/bin/env python3
"""tests/unit/test_str_cases.py — writes tests/unit/test_str_methods.inc.

A table of method calls on str and bytes (and the operator dunders) with the
results CPython gives, for tests/unit/test_str_methods.c, which makes the
same calls through Mosaic's method machinery and compares repr() of the
result, or "!Type: message" of the exception. Run it with the oracle
python3 (3.11) and commit the output:

    python3 tests/unit/test_str_cases.py > tests/unit/test_str_methods.inc

Values are written in a tiny spec language the C side parses:
  s:<utf-8>  str          b:<bytes>  bytes      i:<n>  int     f:<x> float
  n  None   T  True   F  False   t:<specs>  tuple   l:<specs>  list
  d:<k>=<v>...  dict    S:<a>,<b>,<c>  slice (n for None)    type:<name>
where <specs> are joined by the byte \\x1f (unit separator) and nested
containers use \\x1e / \\x1d one level down. Keyword arguments are written
"k:<name>=<spec>".
"""

import sys

SEP = ["\x1f", "\x1e", "\x1d"]


def spec(v, depth=0):
    if v is None:
        return "n"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, type):
        return "type:" + v.__name__
    if isinstance(v, str):
        return "s:" + v
    if isinstance(v, bytes):
        return "b:" + v.decode("latin-1")
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + repr(v)
    if isinstance(v, range):
        return spec(list(v), depth)
    if isinstance(v, slice):
        f = lambda x: "n" if x is None else str(x)
        return "S:%s,%s,%s" % (f(v.start), f(v.stop), f(v.step))
    if isinstance(v, tuple):
        return "t:" + SEP[depth + 1].join(spec(x, depth + 1) for x in v)
    if isinstance(v, list):
        return "l:" + SEP[depth + 1].join(spec(x, depth + 1) for x in v)
    if isinstance(v, dict):
        return "d:" + SEP[depth + 1].join(spec(k, depth + 1) + "=" + spec(x, depth + 1)
                                          for k, x in v.items())
    raise TypeError(v)


def c_string(s):
    out = []
    # NUL cannot live in a C string: written as C0 80 (the C side undoes it).
    for byte in s.encode("utf-8", "surrogatepass").replace(b"\0", b"\xc0\x80"):
        c = chr(byte)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 32 <= byte < 127 and c != "?":
            out.append(c)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


U = "h\u00e9llo w\u00f6rld \u4e16\u754c \U0001F600"
G = "\u0391\u03b2\u03b3 \u0394\u03b5\u03bb\u03c4\u03b1 \u03a3\u039f\u03a6\u039f\u03a3"
CY = "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440"

# (receiver, method, positional args, keyword args)
CASES = []


def case(recv, meth, *args, **kw):
    CASES.append((recv, meth, args, kw))


for s in ["hello world", "HELLO", "hElLo WoRlD", "they're bill's friends", "3rd place", "",
          "\u00e9cole fran\u00e7aise", "stra\u00dfe", "\u03b1\u03b2\u03b3", "a1b2 c3", G, CY,
          "\u01c6a \u01c4B", "\u0130stanbul", "OΣ", "ΑΣ ΒΣ.", "ﬁne ŉ", "ǅemal", U]:
    for m in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
        case(s, m)
for s in ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "Hello World",
          "hello World", "\u00e9", "\u0663", "\u00bd", "\u00b2", "_", "a b", "Title Case Here",
          "X", "x1", "\u2003", "\x1c", "\u200b", "\u01c5", "\u01c5a", "Σσ", "日本", "a\u0301",
          "\U0001F600", "\x00", "_x9", "9x", "\u00aa"]:
    for m in ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
              "islower", "istitle", "isidentifier", "isascii", "isprintable"]:
        case(s, m)
s = "abracadabra"
for a in [("a",), ("bra",), ("z",), ("a", 1), ("a", 1, 3), ("",), ("a", -3), ("a", 100),
          ("", 11), ("", 12), ("a", None, 5), ("a", -100, -2), ("aa",), ("bra", 2, 8)]:
    for m in ["find", "rfind", "count", "index", "rindex"]:
        case(s, m, *a)
case(U, "find", "w\u00f6")
case(U, "rfind", "l")
case(U, "index", "\u754c")
case(U, "count", "l", 2)
case(U, "find", "\U0001F600", -1)
case(U, "find", "l", 3, -5)
case("aaaa", "count", "aa")
case("a", "find", 1)
case("a", "count")
case("a", "find", "a", "b")
case("a", "find", "a", 1.5)
case("a", "index", "b")
case("abc", "count", "", 5)
s = "hello world"
for a in [("hello",), ("world",), ("world", 6), ("",), ("o", 4, 5), (("x", "ld"),),
          (("a", "he"),), ("hello world!",), ("l", -9), ("o", None, 5), ("", 20),
          ([""],), (("a", 1),), (1,)]:
    case(s, "startswith", *a)
    case(s, "endswith", *a)
case("", "startswith", "", 1)
case("", "endswith", "")
case(U, "startswith", "h\u00e9l")
case(U, "endswith", "\U0001F600")
case(U, "endswith", "\u754c", 0, -2)
case(U, "startswith", "w\u00f6", 6)
s = "  \t hello world \n "
for m in ["strip", "lstrip", "rstrip"]:
    case(s, m)
    case("xxhixx", m, "x")
    case("xyhiyx", m, "xy")
    case("abc", m, "")
    case("www.example.com", m, "cmowz.")
    case("\u00e9\u00e9a\u00e9", m, "\u00e9")
    case("\u2003 x \u3000", m)
    case("abc", m, None)
    case("abc", m, 1)
    case("abc", m, "a", "b")
for a in [("a", "b"), ("a", "b", 2), ("aa", "a"), ("", "-"), ("", "-", 2), ("l", ""),
          ("xyz", "q"), (".", "::"), ("a", "b", 0), ("a", "b", -5), ("\u00e9", "e"),
          ("", "\u00e9", 3), (1, "a"), ("a",), ("o", "\u4e16")]:
    case("aaaa" if a[:1] in [("a",), ("aa",)] else "hello a.b.c \u00e9t\u00e9", "replace", *a)
case("", "replace", "", "x")
case("abc", "replace", "", "-")
for s in ["  the quick  brown\tfox\njumps  ", "a,b,,c,", "a::b::c", "", "   ", "abc",
          "xabcx", "1 2 3", "\u00e9-\u00e8", "a\u2003b\u3000 c", "  ab  c "]:
    case(s, "split")
    case(s, "rsplit")
    case(s, "split", None, 0)
    case(s, "rsplit", None, 0)
    case(s, "split", None, 1)
    case(s, "rsplit", None, 1)
    case(s, "split", ",")
    case(s, "split", "::")
    case(s, "rsplit", ",", 1)
    case(s, "split", " ")
    case(s, "split", "abc")
    case(s, "split", maxsplit=1)
    case(s, "rsplit", sep=" ", maxsplit=2)
case("a b", "split", "")
case("a b", "split", 1)
case("a b", "split", x=1)
case("a b", "split", None, 1, 2)
case("a b", "split", None, "x")
for s in ["a\nb\r\nc\rd\n", "", "\n", "x", "\n\n", "a\x0bb\x0cc\x1cd\u2028e\x85f", "\r\n\r"]:
    case(s, "splitlines")
    case(s, "splitlines", True)
    case(s, "splitlines", keepends=True)
for s in ["key=value=x", "novalue", "\u00e9=\u00e8=\u00e0"]:
    case(s, "partition", "=")
    case(s, "rpartition", "=")
case("x", "partition", "")
case("x", "partition", 1)
for sep, it in [(",", ["a", "b", "c"]), ("", []), ("-", "xyz"), (" ", ("p", "q")),
                ("\u00e9", ["a", "b"]), (",", ["a"]), (",", ["a", 1]), (",", 1),
                ("", ["\u00e9", "x", "\U0001F600"])]:
    case(sep, "join", it)
case("x", "join")
for w in [0, 3, 7, 10, -1]:
    for m in ["center", "ljust", "rjust"]:
        case("abc", m, w)
        case("abc", m, w, "*")
        case("\u00e9", m, w, "\u00b7")
case("ab", "center", 5)
case("ab", "center", 6)
case("abc", "center", 6)
case("a", "center", 4, "x")
case("x", "center", 5, "ab")
case("x", "center", 5, 1)
case("x", "center")
case("x", "center", "a")
case("x", "center", 1, "a", "b")
for s in ["42", "-42", "+42", "abc", "12345", "", "\u00e9"]:
    case(s, "zfill", 5)
    case(s, "zfill", 3)
for s in ["a\tb\tc", "a\tbc\tdef\t", "\t", "12\t\n1234\t5", "\u00e9\tx"]:
    case(s, "expandtabs")
    case(s, "expandtabs", 4)
    case(s, "expandtabs", 0)
    case(s, "expandtabs", tabsize=3)
for s in ["TestCase", "abc", "\u00e9t\u00e9"]:
    case(s, "removeprefix", "Test")
    case(s, "removesuffix", "Case")
    case(s, "removeprefix", "")
    case(s, "removesuffix", "\u00e9")
case("x", "removeprefix", 1)
t1 = str.maketrans("abc", "xyz")
t2 = str.maketrans({"a": "1", "b": None, "c": "333"})
t3 = str.maketrans("ab", "cd", "xyz")
case(str, "maketrans", "abc", "xyz")
case(str, "maketrans", {"a": "1", "b": None, 100: "333"})
case(str, "maketrans", "ab", "cd", "xyz")
case(str, "maketrans", 1)
case(str, "maketrans", "ab", "c")
case(str, "maketrans", {"ab": 1})
case(str, "maketrans", "a", "b", 1)
case(str, "maketrans", {1.5: 1})
case("aabbcc-abc", "translate", t1)
case("abcabc", "translate", t2)
case("axbycz", "translate", t3)
case("\u00e9a", "translate", {233: "E", 97: 0x4e16})
case("a", "translate", {97: 1.5})
case("a", "translate", {97: 0x110000})
case("a", "translate", 1)
case("abc", "translate", [None, "x"])
s = "h\u00e9llo \u20ac"
for enc, err in [("utf-8", "strict"), ("latin-1", "replace"), ("ascii", "ignore"),
                 ("ascii", "replace"), ("ascii", "backslashreplace"),
                 ("ascii", "xmlcharrefreplace"), ("latin-1", "strict"), ("ascii", "strict"),
                 ("UTF8", "strict"), ("foo", "strict"), ("ascii", "foo")]:
    case(s, "encode", enc, err)
case("\U0001F600", "encode")
case("\ud800x", "encode")
case("\ud800\udc00", "encode", "utf-8", "surrogatepass")
case("a\udcffb", "encode", "utf-8", "surrogateescape")
case("a", "encode", 1)
case("a", "encode", encoding="ascii")
# format / format_map / __format__
case("{} {} {}", "format", 1, "two", 3.0)
case("{0} {1} {0}", "format", "a", "b")
case("{name} is {age}", "format", name="Ann", age=30)
case("{0[0]} {0[1]} {1[key]}", "format", [10, 20], {"key": "v"})
case("{:>8}|{:<8}|{:^8}|", "format", "r", "l", "c")
case("{:08.3f} {:+d} {:x} {:#o} {:b} {:,}", "format", 3.14159, 42, 255, 8, 5, 1234567)
case("{{}} {{{}}}", "format", "in")
case("{0!r} {0!s} {0!a}", "format", "\u00e9")
case("{:{w}.{p}f}", "format", 2.71828, w=10, p=2)
case("{:*^11}", "format", "mid")
case("{} {}", "format", 1)
case("{x}", "format", y=1)
for f in ["{} {0}", "{0} {}", "{1}", "}", "{", "{0", "{0!x}", "{0!}", "{0!rr}", "{0.}",
          "{0[}", "{0[0]x}", "{0:{1:{2}}}", "{:{}}", "{0[-1]}", "{ 0}", "{00}", "{0x}",
          "{-1}", "{0]}", "{0}}", "{0:}}", "{[}", "{!", "{:", "{0:{1}", "{0!r:>5}", "{0!r:",
          "{.real}", "{0.real}", "{0.imag}", "x{0:d", "{:s}", "{:d}", "{0:<{1}}",
          "{:.2}", "{:10.3s}|", "{:=10}", "{0:,}", "{:%}", "{:e}", "{:c}", "{!a}", "{0:x<5}"]:
    case(f, "format", 5, 2, 3)
    case(f, "format", "s\u00e9", "x", 3)
case("{x}", "format_map", {"x": 1})
case("a{}b", "format_map", {})
case("{x.real}", "format_map", {"x": 1})
case("abc", "format_map", 1)
case("{x}", "format_map", {})
for spec_ in ["", ">5", "<5", "^6", "*^7", ".2", "5.1", "s", "d", "x", "=5", "+", ",", "05",
              "\u00e9>4", "010"]:
    case("abc", "__format__", spec_)
    case("\u00e9t\u00e9", "__format__", spec_)
case("abc", "__format__", 1)
# printf-style
for f, a in [("%d", "s"), ("%x", 1.5), ("%e", "s"), ("%c", "ab"), ("%c", 1.5), ("%c", 0x110000),
             ("%y", 1), ("%", ()), ("%(a", {}), ("%(a)s", 5), ("%s %s", (1,)), ("%s", (1, 2)),
             ("abc", [1]), ("abc", 5), ("abc", ()), ("%*d", ("a", 1)), ("%.*f", (2, 1.5)),
             ("%-5d|", 3), ("%05.1f", -2.5), ("%#x %#o %#X", (255, 8, 255)),
             ("%+d % d", (5, 5)), ("%s", None), ("%r %a", ("\u00e9", "\u00e9")),
             ("%5s|%-5s|%.2s", ("a", "b", "xyz")), ("%d", 3.9), ("%d", True),
             ("%i %u", (-3, 4)), ("%x", -255), ("%(x)d %(y)s", {"x": 1, "y": "z"}),
             ("%%", ()), ("%5%", ()), ("%c%c", (65, "b")), ("%ld", 5), ("%.3d", 5),
             ("%d", 10**30), ("%x", 10**30), ("%s", b"x"), ("%(a)s %s", {"a": 1}),
             ("%s", {"a": 1}), ("%d %d", 1), ("%.0f %.1e %g %G", (2.5, 12345.678, 1e20, 1e-20)),
             ("%*s", (-5, "a")), ("%d", [1]), ("%x", "a"), ("%o", 1.0), ("%-05d", 3),
             ("%.2s", "\u00e9\u00e9\u00e9"), ("%a", 1), ("%s %s", [1, 2]), ("%\u00e9", 1),
             ("%5%", (1,)), ("%c", -1), ("%.*s", ("x", "ab")), ("%s", ()),
             ("%-+5d|", 3), ("%#.3o", 8), ("% 05d", 3), ("%-#6x|", 255), ("%#5.3x|", 255),
             ("%c", True), ("%.1r", "abc"), ("%10.4f", 3.14159), ("%x", True), ("%5c|", 65),
             ("%d", -0.0), ("%e", 10), ("%.2f", True), ("%f", "1"), ("%s %(a)s", {"a": 1}),
             ("%.*f", (-2, 1.5)), ("\u00e9%s\u00e8", "\u4e16"), ("%5s|", "\u00e9"),
             ("%f", float("inf")), ("%010.2f", float("-inf")), ("%g", 1e-5), ("%#g", 1.0),
             ("%s", (None,)), ("%r", ("x",)), ("%i", "1")]:
    case(f, "__mod__", a)
case(b"%s %b", "__mod__", (b"a", b"b"))
case(b"%d %x %f", "__mod__", (1, 255, 1.5))
case(b"abc", "__mod__", b"x")
case(b"%(a)s", "__mod__", {b"a": b"v"})
case(b"%s", "__mod__", "a")
case(b"%c", "__mod__", 256)
case(b"%c%c", "__mod__", (b"a", 98))
case(b"%c", "__mod__", "a")
case(b"%r", "__mod__", "\u00e9")
case(b"%y", "__mod__", 1)
case(b"%5s|%-4b|", "__mod__", (b"ab", b"c"))
# operators through their dunders
s = "0123456789"
for k in [0, -1, 5, -10, 10, -11, slice(2, 5), slice(None, 3), slice(7, None), slice(-3, None),
          slice(None, -3), slice(None, None, 2), slice(1, None, 2), slice(None, None, -1),
          slice(None, None, -2), slice(8, 2, -1), slice(8, 2, -3), slice(2, 8, -1),
          slice(100, None), slice(-100, 3), slice(None, None, 100), slice(None, None, 0),
          "1", 1.5, True, 2**70]:
    case(s, "__getitem__", k)
    case(U, "__getitem__", k)
case("abc", "__add__", "def")
case("abc", "__add__", 5)
case("ab", "__mul__", 3)
case("ab", "__mul__", 0)
case("ab", "__mul__", -2)
case("ab", "__mul__", True)
# (Calling __mul__ with a non-int reports "'str' object cannot be
# interpreted as an integer" in CPython but the operator's message in
# Mosaic, whose __mul__ wraps the operator slot; only the operator matters.)
case("ab", "__mul__", 2**62)
case("ab", "__mul__", 2**70)
case("ab", "__rmul__", 2)
case("ab", "__contains__", "b")
case("ab", "__contains__", "")
case("ab", "__contains__", 1)
case("ab", "__len__")
case(U, "__len__")
case("a", "__lt__", "b")
case("a", "__lt__", 1)
case("\u00e9", "__gt__", "z")
case("a", "__eq__", "a")
case("a", "__ne__", 1)
# bytes
B = b"hello world"
for m, a in [("decode", ()), ("decode", ("ascii",)), ("decode", ("latin-1",)), ("hex", ()),
             ("hex", (":",)), ("hex", ("-", 2)), ("hex", (":", -2)), ("hex", ("::",)),
             ("hex", (1,)), ("split", ()), ("split", (b"o",)), ("rsplit", (b"o", 1)),
             ("split", (None, 1)), ("rsplit", (None, 1)), ("split", ("x",)), ("split", (b"",)),
             ("strip", (b"hd",)), ("lstrip", ()), ("rstrip", (b"dl",)), ("strip", ("a",)),
             ("find", (b"o",)), ("find", (111,)), ("rfind", (b"o",)), ("find", (b"o", 5)),
             ("index", (b"z",)), ("rindex", (b"l",)), ("count", (b"l",)), ("count", (b"",)),
             ("count", (300,)), ("find", ("o",)), ("find", (None,)),
             ("startswith", (b"he",)), ("endswith", (b"ld",)), ("startswith", ((b"x", b"h"),)),
             ("startswith", ("h",)), ("endswith", (b"o", 0, 5)), ("startswith", ((b"a", "b"),)),
             ("replace", (b"l", b"L")), ("replace", (b"l", b"", 2)), ("replace", (b"", b"-")),
             ("replace", ("l", b"L")), ("upper", ()), ("lower", ()), ("title", ()),
             ("capitalize", ()), ("swapcase", ()), ("isalpha", ()), ("isalnum", ()),
             ("isdigit", ()), ("isspace", ()), ("islower", ()), ("isupper", ()), ("istitle", ()),
             ("isascii", ()), ("partition", (b" ",)), ("rpartition", (b"o",)),
             ("partition", (b"",)), ("center", (15,)), ("center", (15, b"*")),
             ("ljust", (13, b"-")), ("rjust", (13,)), ("center", (15, "*")), ("zfill", (13,)),
             ("upper", (1,)), ("removeprefix", (b"hello ",)), ("removesuffix", (b"x",)),
             ("removeprefix", ("h",)), ("translate", (None, b"lo")),
             ("translate", (bytes.maketrans(b"lo", b"01"),)), ("translate", (b"x",)),
             ("join", ([b"a", b"b"],)), ("join", ([b"a", "b"],)), ("join", (1,)),
             ("__getitem__", (0,)), ("__getitem__", (-1,)), ("__getitem__", (20,)),
             ("__getitem__", (slice(1, 4),)), ("__getitem__", (slice(None, None, -2),)),
             ("__getitem__", ("x",)), ("__contains__", (b"wor",)), ("__contains__", (104,)),
             ("__contains__", (300,)), ("__contains__", ("h",)), ("__add__", (b"!",)),
             ("__add__", ("!",)), ("__mul__", (2,)), ("__len__", ()),
             ("__lt__", (b"i",)), ("__eq__", ("hello world",)), ("expandtabs", ()),
             ("splitlines", ()), ("__hash__", ())]:
    if m == "__hash__":
        continue
    case(B, m, *a)
case(b"a\tb\r\nc\nd", "expandtabs", 4)
case(b"a\tb\r\nc\nd", "splitlines")
case(b"a\tb\r\nc\nd", "splitlines", True)
case(b"+12", "zfill", 6)
case(b" a  b ", "split")
case(b"a\x1cb", "split")
case(b"caf\xc3\xa9", "decode")
case(b"caf\xe9", "decode")
case(b"a\xffb", "decode", "utf-8", "replace")
case(b"a\xffb", "decode", "utf-8", "ignore")
case(b"a\xffb", "decode", "utf-8", "backslashreplace")
case(b"a\xffb", "decode", "utf-8", "surrogateescape")
case(b"\xf0\x90\x80", "decode")
case(b"\xf0\x90\x80x", "decode")
case(b"\xed\xa0\x80", "decode")
case(b"\xed\xa0\x80", "decode", "utf-8", "surrogatepass")
case(b"\xe0\x80\x80", "decode")
case(b"\xc3(", "decode")
case(b"\x80abc", "decode", "ascii")
case(b"\x80abc", "decode", "ascii", "replace")
case(b"a", "decode", "foo")
case(b"a", "decode", "utf-8", "foo")
case(b"\xff", "decode", "utf-8", "foo")
case(b"a", "decode", 1)
case(bytes, "fromhex", "0a 0B ff")
case(bytes, "fromhex", "zz")
case(bytes, "fromhex", "a")
case(bytes, "fromhex", "0 1")
case(bytes, "fromhex", " 0a0")
case(bytes, "fromhex", 1)
case(bytes, "maketrans", b"ab", b"c")
# constructors
for a, kw in [((), {}), ((5,), {}), ((b"abc",), {}), ((b"caf\xc3\xa9", "utf-8"), {}),
              ((b"\xff", "ascii", "replace"), {}), (("a", "utf-8"), {}), ((1, 2, 3, 4), {}),
              ((), {"x": 1}), ((b"a", 1), {}), ((b"a",), {"errors": 1}), ((1, "utf-8"), {}),
              ((b"abc",), {"encoding": "latin-1"}), ((), {"object": "k"}), ((None,), {}),
              (([1, "a"],), {}), ((b"\xff",), {"errors": "strict"}), ((b"a", "foo"), {})]:
    case(str, "__call__", *a, **kw)
for a, kw in [((), {}), ((3,), {}), (([65, 66, 67],), {}), ((range(5),), {}),
              (("h\u00e9", "utf-8"), {}), ((-1,), {}), (("a",), {}), ((b"x", "utf-8"), {}),
              ((1.5,), {}), (([256],), {}), ((["a"],), {}), (([-1],), {}), ((b"abc",), {}),
              (("a", "ascii", "strict", 1), {}), ((), {"x": 1}), ((("x",)), {}),
              (("\u20ac", "latin-1"), {}), (("\u20ac", "latin-1", "replace"), {}),
              ((), {"encoding": "utf-8"}), ((True,), {})]:
    case(bytes, "__call__", *a, **kw)
for v in [b"a'b", b'a"b\'', b'\x00\x7f\x80\t\n\r\\', b"", b"plain"]:
    case(v, "__repr__")
for v in ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "\x00\x1f\x7f", "\u00e9",
          "\u200b", "\U0001F600", "\\", "\r", "\x80\x9f", "\u2028", "\ud800", "\xa0", "\xad",
          "\u0378", "\U000e0001", "\ufeff", "\u00e9'\""]:
    case(v, "__repr__")

# Random cases (fixed seed): mixed scripts, whitespace and separators, for
# the methods whose index arithmetic is easiest to get wrong.
import random

rng = random.Random(1234)
ALPHABET = ("ab c,\t\n" + "\u00e9\u00df\u03a3\u03c3\u0416\u4e16\U0001F600" + "A\u2003.\r")


def rand_str(n):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(n)))


def rand_index(n):
    return rng.choice([None, rng.randrange(-n - 3, n + 4)])


for _ in range(700):
    s = rand_str(12)
    n = len(s)
    k = rng.randrange(14)
    sub = rng.choice([rand_str(3), s[rng.randrange(n + 1):][:rng.randrange(1, 4)], ""])
    if k == 0:
        case(s, "__getitem__", slice(rand_index(n), rand_index(n), rng.choice([None, 1, 2, 3, -1, -2, -3])))
    elif k == 1:
        case(s, rng.choice(["find", "rfind", "count", "index", "rindex"]), sub, rand_index(n), rand_index(n))
    elif k == 2:
        case(s, rng.choice(["startswith", "endswith"]), sub, rand_index(n), rand_index(n))
    elif k == 3:
        case(s, rng.choice(["split", "rsplit"]), rng.choice([None, None, " ", ",", "\u00e9", "a"]), rng.randrange(-1, 4))
    elif k == 4:
        case(s, rng.choice(["strip", "lstrip", "rstrip"]), rng.choice([None, "a \u00e9", "\U0001F600,", ""]))
    elif k == 5:
        case(s, "replace", rng.choice(["a", " ", "\u00e9", "", "ab"]), rng.choice(["", "XY", "\u4e16"]), rng.randrange(-1, 4))
    elif k == 6:
        case(s, rng.choice(["partition", "rpartition"]), rng.choice([",", " ", "\u03c3", "a"]))
    elif k == 7:
        case(s, rng.choice(["upper", "lower", "title", "capitalize", "swapcase", "casefold"]))
    elif k == 8:
        case(s, rng.choice(["center", "ljust", "rjust"]), rng.randrange(20), rng.choice([" ", "*", "\u00b7"]))
    elif k == 9:
        case(s, "splitlines", rng.choice([False, True]))
    elif k == 10:
        case(s, "expandtabs", rng.randrange(-1, 6))
    elif k == 11:
        case(s, "__getitem__", rng.randrange(-n - 2, n + 2))
    elif k == 12:
        case(s, rng.choice(["istitle", "islower", "isupper", "isspace", "isalpha", "isprintable"]))
    else:
        case(s, "__repr__")

for _ in range(300):
    b = rand_str(12).encode("utf-8")[:12]
    n = len(b)
    k = rng.randrange(7)
    sub = rng.choice([b"a", b" ", b"", b"\xc3", b, b[:2]])
    if k == 0:
        case(b, "__getitem__", slice(rand_index(n), rand_index(n), rng.choice([None, 1, 2, -1, -3])))
    elif k == 1:
        case(b, rng.choice(["find", "rfind", "count", "index", "rindex"]), sub, rand_index(n), rand_index(n))
    elif k == 2:
        case(b, rng.choice(["startswith", "endswith"]), sub, rand_index(n), rand_index(n))
    elif k == 3:
        case(b, rng.choice(["split", "rsplit"]), rng.choice([None, None, b" ", b",", b"a"]), rng.randrange(-1, 4))
    elif k == 4:
        case(b, rng.choice(["strip", "lstrip", "rstrip"]), rng.choice([None, b"a ", b""]))
    elif k == 5:
        case(b, "replace", rng.choice([b"a", b" ", b""]), rng.choice([b"", b"XY"]), rng.randrange(-1, 4))
    else:
        case(b, rng.choice(["decode", "__repr__", "upper", "title", "splitlines", "hex"]))


def result_text(recv, meth, args, kw):
    try:
        r = getattr(recv, meth)(*args, **kw)
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    if r is NotImplemented:
        return "NotImplemented"
    return repr(r)


def main():
    out = sys.stdout
    out.write("// Generated by tests/unit/test_str_cases.py from CPython %s. Do not edit.\n"
              % sys.version.split()[0])
    for recv, meth, args, kw in CASES:
        expect = result_text(recv, meth, args, kw)
        argspecs = [spec(a) for a in args] + ["k:%s=%s" % (k, spec(v)) for k, v in kw.items()]
        argspecs += ["NULL"] * 0
        parts = [c_string(spec(recv)), c_string(meth)]
        parts.append("{" + ", ".join([c_string(a) for a in argspecs] + ["NULL"]) + "}")
        parts.append(c_string(expect))
        out.write("{" + ", ".join(parts) + "},\n")


if __name__ == "__main__":
    main()
