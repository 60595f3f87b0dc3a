# A tiny compiler and stack virtual machine: source -> tokens -> AST (tuples) -> bytecode -> run.
SRC = """
n = 10
a = 0
b = 1
i = 0
while i < n {
    print a
    t = a + b
    a = b
    b = t
    i = i + 1
}
s = 0
k = 1
while k < 101 { s = s + k * k  k = k + 1 }
print s
if s > 300000 { print 1 } else { print 0 }
"""

def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j]))); i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            w = src[i:j]
            toks.append(("kw" if w in ("while", "if", "else", "print") else "name", w)); i = j
        else:
            toks.append(("op", c)); i += 1
    return toks

class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("eof", None)
    def take(self, kind=None, val=None):
        t = self.peek()
        if (kind and t[0] != kind) or (val and t[1] != val):
            raise SyntaxError(f"expected {val or kind}, got {t}")
        self.i += 1
        return t
    def block(self):
        self.take("op", "{")
        body = []
        while self.peek() != ("op", "}"):
            body.append(self.stmt())
        self.take("op", "}")
        return body
    def stmt(self):
        t = self.peek()
        if t == ("kw", "while"):
            self.take(); cond = self.expr(); return ("while", cond, self.block())
        if t == ("kw", "if"):
            self.take(); cond = self.expr(); then = self.block()
            other = []
            if self.peek() == ("kw", "else"):
                self.take(); other = self.block()
            return ("if", cond, then, other)
        if t == ("kw", "print"):
            self.take(); return ("print", self.expr())
        name = self.take("name")[1]
        self.take("op", "=")
        return ("assign", name, self.expr())
    def expr(self):
        left = self.arith()
        if self.peek() in (("op", "<"), ("op", ">")):
            op = self.take()[1]
            left = (op, left, self.arith())
        return left
    def arith(self):
        left = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            left = (op, left, self.term())
        return left
    def term(self):
        left = self.atom()
        while self.peek() == ("op", "*"):
            self.take()
            left = ("*", left, self.atom())
        return left
    def atom(self):
        t = self.take()
        if t[0] == "num":
            return ("const", t[1])
        if t[0] == "name":
            return ("load", t[1])
        raise SyntaxError(f"bad atom {t}")

def compile_(stmts, code):
    for s in stmts:
        kind = s[0]
        if kind == "assign":
            expr(s[2], code); code.append(("STORE", s[1]))
        elif kind == "print":
            expr(s[1], code); code.append(("PRINT", None))
        elif kind == "while":
            top = len(code)
            expr(s[1], code)
            jump = len(code); code.append(None)
            compile_(s[2], code)
            code.append(("JUMP", top))
            code[jump] = ("JUMP_IF_FALSE", len(code))
        elif kind == "if":
            expr(s[1], code)
            j1 = len(code); code.append(None)
            compile_(s[2], code)
            j2 = len(code); code.append(None)
            code[j1] = ("JUMP_IF_FALSE", len(code))
            compile_(s[3], code)
            code[j2] = ("JUMP", len(code))
    return code

def expr(e, code):
    if e[0] == "const":
        code.append(("PUSH", e[1]))
    elif e[0] == "load":
        code.append(("LOAD", e[1]))
    else:
        expr(e[1], code); expr(e[2], code); code.append(("BINOP", e[0]))

def run(code):
    env, stack, pc, steps = {}, [], 0, 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "PUSH": stack.append(arg)
        elif op == "LOAD": stack.append(env[arg])
        elif op == "STORE": env[arg] = stack.pop()
        elif op == "PRINT": print(stack.pop())
        elif op == "JUMP": pc = arg
        elif op == "JUMP_IF_FALSE":
            if not stack.pop(): pc = arg
        elif op == "BINOP":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "<": a < b, ">": a > b}[arg])
    return env, steps

p = Parser(tokenize(SRC))
prog = []
while p.peek()[0] != "eof":
    prog.append(p.stmt())
code = compile_(prog, [])
print(len(code), "instructions")
for i, ins in enumerate(code[:12]):
    print(f"{i:3} {ins[0]:<14}{'' if ins[1] is None else ins[1]}")
env, steps = run(code)
print(sorted(env.items()), steps)
