import re
cases = [
    (r"abc", "xxabcxx"), (r"a.c", "abc a\nc aXc"), (r"a.c", "a\nc"), (r"^abc$", "abc"), (r"^abc$", "abc\n"), (r"^a", "b\na"),
    (r"a$", "a\nb\na\n"), (r"\d+", "a1b22c333"), (r"\D+", "a1b22c"), (r"\w+", "héllo wörld_1 日本"), (r"\W+", "a, b!c"),
    (r"\s+", "a \t\nb\u3000c"), (r"\S+", " ab  c "), (r"\bfoo\b", "foo food foo."), (r"\Bo\B", "foo boo"), (r"colou?r", "color colour colouur"),
    (r"a*", "aaa b aa"), (r"a+?", "aaa"), (r"a*?b", "aaab"), (r"a{2}", "aaaaa"), (r"a{2,3}", "aaaaaaa"), (r"a{2,}", "a aa aaaaa"),
    (r"a{,2}", "aaaaa"), (r"a{2,3}?", "aaaa"), (r"[abc]+", "xxabcbay"), (r"[^abc]+", "abcxyzabc"), (r"[a-z0-9]+", "Hello World 42"),
    (r"[\d\s]+", "12 34x"), (r"[-a]+", "a-a-b"), (r"[]a]+", "]a]b"), (r"[a\]]+", "a]b"), (r"(a)(b)?", "ac ab"), (r"(?P<first>\w+) (?P<last>\w+)", "John Smith"),
    (r"(?:ab)+", "ababab abx"), (r"(a|b|c)+", "abcabd"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(\w+)\s\1", "hello hello world world x"),
    (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\""), (r"foo(?=bar)", "foobar foobaz"), (r"foo(?!bar)", "foobar foobaz"),
    (r"(?<=\$)\d+", "cost $45 and 30"), (r"(?<!\$)\b\d+", "cost $45 and 30"), (r"(?i)hello", "HeLLo"), (r"(?i:h)ello", "Hello HELLO"),
    (r"(?m)^\w", "ab\ncd\nef"), (r"(?s)a.b", "a\nb"), (r"(?x) a b  # comment\n c", "abc"), (r"(a)|(b)", "b"), (r"(a)?(b)?", ""),
    (r"(\d+)(?(1)x|y)", "12x y"), (r"(?>a+)b", "aaab"), (r"a++b", "aaab"), (r"a*+a", "aaaa"), (r"x*", "abxd"), (r"", "abc"),
    (r"\b", "ab cd"), (r"(?:)", "ab"), (r"(a*)*", "b"), (r"(a*)+", "aab"), (r"(a|b)*?c", "abbc"), (r"[\w.-]+@[\w-]+\.\w+", "mail bob.x@ex-ample.com now"),
    (r"\d{3}-\d{4}", "555-1234 and 666-5678"), (r"(\d+)\.(\d+)", "3.14 and 2.71"), (r"\\", r"a\b"), (r"\.", "a.b.c"), (r"\x41\u00e9\t", "A\u00e9\t"),
    (r"[\u4e00-\u9fff]+", "abc日本語def中文"), (r"(?i)straße", "STRASSE straße STRAßE"), (r"(?i)[a-z]+", "ABC déf"), (r"(?a)\w+", "héllo"),
    (r"^\s*$", "   "), (r"(?m)$", "a\nb"), (r"\Aab", "ab ab"), (r"ab\Z", "ab ab"), (r"a|", "ba"), (r"(?i)σ", "ΣσςS"), (r"[^\W\d_]+", "ab_12cd"),
    (r"(\w+)=(\w+)", "a=1, b=2, c=3"), (r"<.*>", "<a><b>"), (r"<.*?>", "<a><b>"), (r"(ab|a)(bc|c)", "abc"), (r"((a)|b)+", "abab"),
    (r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "on 2024-01-15 and 1999-12-31"), (r"^(\+|-)?\d+(\.\d+)?$", "-3.25"),
]
for pat, s in cases:
    p = re.compile(pat)
    m = p.search(s)
    print(repr(pat), repr(s), "|", p.groups, dict(p.groupindex))
    print("  search:", m and (m.group(0), m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup))
    m2 = p.match(s)
    print("  match:", m2 and m2.span(), "full:", bool(p.fullmatch(s)))
    print("  findall:", p.findall(s))
    print("  iter:", [mm.span() for mm in p.finditer(s)])
    print("  sub:", repr(p.sub("<\\g<0>>", s)), p.subn("#", s))
    print("  split:", p.split(s), p.split(s, maxsplit=1))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"), re.sub(r"a", r"\n", "bab"), re.sub("(?P<n>x)", r"[\g<n>\g<1>]", "axb"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.sub("a", "b", "aaa", count=2), re.subn("a", "b", "aaa"))
print(re.split(r"(,)", "a,b,c"), re.split(r"(x)|(,)", "a,bxc"), re.split(r"\s*", "a b  c"), re.split("", "abc"), re.split(r"\b", "ab cd"))
print(re.escape("a.b*c?d[e]f{g}h(i)j|k^l$m\\n o#p&q~r-s"), re.escape(b"a.b"), re.escape("日本.語"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"\d+", "a123"), re.search(r"\d+", "a123"))
m = re.match(r"(?P<a>\w)(?P<b>\w)?(\w)?", "x")
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0), m.group(0, "a", 1), m["a"], m.start(2), m.end(2), m.span(2), m.regs, m.pos, m.endpos, m.string, m.re)
for bad in [lambda: m.group(5), lambda: m.group("zz"), lambda: m["x"]]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
print(m.expand(r"<\1|\g<a>|\g<2>>"), repr(m), bool(m))
pat = re.compile(r"o", re.I | re.M)
print(pat, pat.flags, pat.pattern, pat.search("fOo", 2), pat.search("fOo", 1, 2), pat.findall("foo boo", 2, 6), re.compile(b"a+"), re.compile("x", re.A), re.compile("x", re.S | re.X))
print(re.findall(b"\\w+", b"ab cd"), re.sub(b"a", b"b", b"aa"), re.compile(r"(?i)a").flags, re.compile(r"(?x)a").flags)
for bad in ["a**", "(", ")", "[a", "*a", "a{2,1}", r"\q", "(?P<1>a)", "(?P=x)", "(?<=a+)b", r"a\1", "(?z)", "x(?i)y", "[z-a]", "(?P<a>x)(?P<a>y)", "a{,", "+"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except re.error as e:
        print(repr(bad), "re.error:", e, "|", e.msg, e.pos)
for bad in [lambda: re.sub("a", r"\q", "a"), lambda: re.sub("(a)", r"\2", "a"), lambda: re.search("a", 5), lambda: re.search(b"a", "a"), lambda: re.search("a", b"a")]:
    try:
        print(bad())
    except (re.error, TypeError) as e:
        print(type(e).__name__ + ":", e)
text = """Name: Alice, Age: 30
Name: Bob, Age: 25
name: carol, age: 41"""
for name, age in re.findall(r"(?i)name:\s*(\w+),\s*age:\s*(\d+)", text):
    print(f"{name.title():>6} {int(age):3d}")
print(re.sub(r"(?m)^", "> ", text))
print(len(re.findall(r"[aeiou]", text, re.I)), re.search(r"Age: (\d+)$", text, re.M).group(1))
