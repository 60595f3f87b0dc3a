# A tiny expression evaluator: tokenizer + recursive descent + errors.
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Token("name", src[i:j], i))
            i = j
        elif c in "+-*/%^(),":
            toks.append(Token("op", c, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    toks.append(Token("end", "", len(src)))
    return toks
import math
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}
class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise SyntaxError(f"expected {text!r} at {t.pos}, got {t.text or 'end'!r}")
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        base = self.unary()
        if self.peek().text == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return FUNCS[t.text](*args)
            return self.env[t.text]
        if t.text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {t.text or 'end'!r} at {t.pos}")
def evaluate(src, **env):
    p = Parser(src, env)
    v = p.expr()
    p.take("") if p.peek().kind != "end" else None
    return v
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 3 + x", "sqrt(16) + max(1, 7, 3)", "round(3.14159, 2)",
         "1 / 0", "2 ^ 0.5", "y * 2", "1 +", "3 $ 4", "(1 + 2", "abs(-5.5) * 2", "1.5.5", "min()", "2 ^ 1000 % 1000007", "7 % -3", "-7 % 3"]
for src in tests:
    try:
        print(f"{src:<28} = {evaluate(src, x=10)!r}")
    except (SyntaxError, ZeroDivisionError, KeyError, ValueError, TypeError) as e:
        print(f"{src:<28} ! {type(e).__name__}: {e}")
print(tokenize("a1 + 2.5*(b)"))
