# A generator-based lexer feeding a recursive-descent parser with one-token lookahead (arithmetic with variables).
def lex(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("num", int(src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield ("id", src[i:j])
            i = j
        else:
            yield ("op", c)
            i += 1
    yield ("end", None)
class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.env = env
        self.tok = next(self.tokens)
    def eat(self, kind=None, val=None):
        t = self.tok
        if (kind and t[0] != kind) or (val and t[1] != val):
            raise SyntaxError(f"expected {val or kind}, found {t[1]!r}")
        self.tok = next(self.tokens)
        return t
    def statement(self):
        result = self.assignment_or_expr()
        if self.tok[0] != "end":
            raise SyntaxError(f"unexpected {self.tok[1]!r} after expression")
        return result
    def assignment_or_expr(self):
        if self.tok[0] == "id":
            name = self.tok[1]
            self.eat()
            if self.tok == ("op", "="):
                self.eat()
                self.env[name] = self.expr()
                return name, self.env[name]
            value = self.env[name] if name in self.env else self.undefined(name)
            return None, self.rest(value)
        return None, self.expr()
    def undefined(self, name):
        raise NameError(f"undefined variable {name}")
    def rest(self, left):
        left = self.term_rest(left)
        return self.expr_rest(left)
    def expr(self):
        return self.expr_rest(self.term())
    def expr_rest(self, left):
        while self.tok in (("op", "+"), ("op", "-")):
            op = self.eat()[1]
            right = self.term()
            left = left + right if op == "+" else left - right
        return left
    def term(self):
        return self.term_rest(self.factor())
    def term_rest(self, left):
        while self.tok in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.eat()[1]
            right = self.factor()
            left = left * right if op == "*" else left // right if op == "/" else left % right
        return left
    def factor(self):
        t = self.tok
        if t == ("op", "-"):
            self.eat()
            return -self.factor()
        if t == ("op", "("):
            self.eat()
            v = self.expr()
            self.eat("op", ")")
            return v
        if t[0] == "num":
            self.eat()
            return t[1]
        if t[0] == "id":
            self.eat()
            return self.env[t[1]] if t[1] in self.env else self.undefined(t[1])
        raise SyntaxError(f"unexpected {t[1]!r}")
env = {}
for line in ["x = 6 * 7", "y = x - 2 * (3 + 4)", "x + y", "z = -x % 5", "big = 2 * 3 * 5 * 7 * 11 * 13 * 17 * 19 * 23",
             "big * big * big", "(x + 1) / 0", "q + 1", "x = (1 + 2", "7 7", "x"]:
    try:
        name, value = Parser(lex(line), env).statement()
        print(f"{line:<40} -> {name + ' = ' if name else ''}{value}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<40} -> {type(e).__name__}: {e}")
print(sorted(env.items()))
print(list(lex("a1 = 23+b")))
