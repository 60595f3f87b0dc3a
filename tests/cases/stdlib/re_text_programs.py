import re
log = """2024-01-15 10:23:45 ERROR [db] Connection failed: timeout after 30s
2024-01-15 10:24:01 INFO  [web] GET /index.html 200 0.012s
2024-01-15 10:24:02 WARN  [web] GET /missing 404 0.003s
2024-01-16 08:00:00 ERROR [auth] Invalid token for user=alice id=42
"""
pat = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>[\d:]+)\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<src>\w+)\]\s+
    (?P<msg>.*)
""", re.VERBOSE)
for line in log.splitlines():
    m = pat.match(line)
    if m:
        d = m.groupdict()
        print(f"{d['level']:<5} {d['src']:>4} {d['msg'][:30]!r} {m.span('msg')}")
errors = [m.group("msg") for m in pat.finditer(log) if m["level"] == "ERROR"]
print(errors)
print(re.findall(r"(\w+)=(\w+)", log), re.findall(r"\b\d+\.\d+s\b", log), re.findall(r"^\d{4}-\d\d-(\d\d)", log, re.M))
def mask(m):
    return m.group(1) + "=" + "*" * len(m.group(2))
print(re.sub(r"(user|id)=(\w+)", mask, log.splitlines()[-1]))
emails = ["alice@example.com", "bad@", "bob.smith@mail.co.uk", "@x.com", "c_d+tag@host.io"]
rx = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
print([(e, bool(rx.match(e))) for e in emails])
phone = re.compile(r"\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})")
for ph in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"]:
    m = phone.search(ph)
    print(ph, "->", m and "-".join(m.groups()))
words = re.split(r"\W+", "Hello, world! This is... a test?")
print(words, [w for w in words if w], re.split(r"(\s)", "a b  c"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"), re.sub(r"\s+", " ", "  a   b \n c  ").strip())
camel = "thisIsCamelCase andHTTPServer"
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "thisIsCamelCase").lower(), re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?=[A-Z][a-z]|\b)", camel))
print(re.match(r"(\d+)-(\d+)", "12-34").group(2, 1), re.search("z", "abc") is None, bool(re.search("b", "abc")))
html = '<a href="x.html">X</a> <a href="y.html">Y</a>'
print(re.findall(r'<a href="(.*?)">(.*?)</a>', html), re.sub(r"<[^>]+>", "", html))
tpl = "Hello {name}, you owe {amount}."
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "amount": "$5"}[m.group(1)], tpl))
print(re.subn(r"a|e|i|o|u", "", "education"), re.sub("(?i)HELLO", "bye", "Hello hello HELLO"), re.escape("1+1=2?"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e, e.pos, e.msg)
counts = {}
for w in re.findall(r"[a-z']+", "It's the end. The END, it's near; the end!".lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
re.compile("a{2")
re.compile("*oops")
