from urllib.parse import *
for u in ["https://user:pw@Example.COM:8080/path/to;p=1/page.html?q=1&r=two#frag", "http://[::1]:80/x", "mailto:someone@example.com", "//host/only", "relative/path?x=1", "file:///etc/hosts", "HTTP://a.b/c#", "https://example.com"]:
    p = urlparse(u); s = urlsplit(u)
    print(p, s.hostname, s.port, s.username, s.password, p.geturl(), urlunsplit(s))
base = "http://a/b/c/d;p?q"
for r in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "https://other/x"]:
    print(repr(r), urljoin(base, r))
print(quote("a b/c?d=é&f"), quote("a b/c", safe=""), quote_plus("a b&c=d/é"), unquote("a%20b%2Fc%C3%A9%zz%4"), unquote_plus("a+b%2B"), unquote_to_bytes("%41%42x"), quote(b"\x00\xff"))
print(urlencode({"q": "search term", "page": 2, "tags": ["a", "b"]}), urlencode({"tags": ["a", "b"], "x": "é"}, doseq=True), urlencode([("a", 1), ("a", 2)]))
print(parse_qs("a=1&b=2&a=3&c=&d=x+y%20z"), parse_qs("c=&e", keep_blank_values=True), parse_qsl("a=1&b=%C3%A9"), urldefrag("http://x/y#z"))
try:
    urlsplit("http://[::1/x")
except ValueError as e:
    print(e)
try:
    urlsplit("http://h:abc/").port
except ValueError as e:
    print(e)
