# A recursive-descent JSON parser (no json module) producing Python objects, plus a serializer; error positions.
class ParseError(Exception):
    pass

class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def error(self, msg):
        raise ParseError(f"{msg} at offset {self.i}")
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            self.error("trailing data")
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i] != '"':
                self.error("expected string key")
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                self.error("expected ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            elif self.s[self.i] == "}":
                self.i += 1
                return out
            else:
                self.error("expected ',' or '}'")
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            elif self.s[self.i] == "]":
                self.i += 1
                return out
            else:
                self.error("expected ',' or ']'")
    def string(self):
        self.i += 1
        out = []
        esc = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.i >= len(self.s):
                self.error("unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                n = self.s[self.i + 1]
                if n == "u":
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(esc[n])
                self.i += 2
                continue
            out.append(c)
            self.i += 1
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            self.error("unexpected character %r" % self.s[start])
        return float(text) if any(c in text for c in ".eE") else int(text)

def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dump(x, indent + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    return repr(v)

doc = '''{"name": "mosaic", "version": [0, 1, 2], "ratio": 0.75, "big": 12345678901234567890,
 "nested": {"ok": true, "bad": false, "none": null, "list": [{"a": 1}, {"b": [2, 3]}], "empty": {}},
 "text": "line\\nbreak \\"quoted\\" \\u00e9t\\u00e9", "neg": -1.5e3}'''
v = Parser(doc).parse()
print(v)
print(dump(v))
print(Parser(dump(v)).parse() == v)
for bad in ['{"a" 1}', '[1, 2', '{"a": 1,}', '"abc', '[1] x', '{1: 2}', '@']:
    try:
        Parser(bad).parse()
    except ParseError as e:
        print(f"{bad!r:<12} ParseError: {e}")
    except IndexError:
        print(f"{bad!r:<12} IndexError (ran off the end)")
