# URL splitting and percent-decoding by hand: scheme, host, port, path segments, query parameters, fragments.
HEX = "0123456789ABCDEF"
def unquote(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        pair = s[i + 1:i + 3]
        if c == "%" and len(pair) == 2 and all(ch in "0123456789abcdefABCDEF" for ch in pair):
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            out += (" " if c == "+" else c).encode()
            i += 1
    return out.decode("utf-8", "replace")
def quote(s, safe="/"):
    out = []
    for b in s.encode():
        c = chr(b)
        if c.isalnum() and b < 128 or c in "-._~" or c in safe:
            out.append(c)
        else:
            out.append("%" + HEX[b >> 4] + HEX[b & 15])
    return "".join(out)
def parse(url):
    scheme, _, rest = url.partition("://")
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":")
    params = []
    for pair in query.split("&") if query else []:
        k, _, v = pair.partition("=")
        params.append((unquote(k), unquote(v)))
    return {
        "scheme": scheme.lower(), "user": userinfo or None, "host": host.lower(),
        "port": int(port) if port else {"http": 80, "https": 443}.get(scheme.lower()),
        "path": [unquote(p) for p in path.split("/") if p], "query": params, "fragment": unquote(fragment),
    }
urls = [
    "https://Example.ORG/a/b%20c/d?x=1&y=two+words&z=%E2%82%AC#sec%201",
    "http://user:pw@host.local:8080/?empty=&flag&x=%41%42",
    "HTTP://host/path/with%2Fslash/?q=caf%C3%A9",
    "ftp://files.example.com/pub/readme.txt",
    "https://h/%zz/%4",
]
for u in urls:
    p = parse(u)
    print(u)
    for k, v in p.items():
        print(f"    {k:<9}{v!r}")
for s in ["hello world", "a/b?c=d&e", "caf\u00e9 \u20ac", "~user/file-name_1.txt"]:
    q = quote(s)
    print(repr(s), q, unquote(q) == s)
