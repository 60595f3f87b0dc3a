# A small Lisp interpreter: tokenizer, reader, environments with closures, special forms, tail-recursive loops.
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        e = self
        while e is not None:
            if name in e:
                return e
            e = e.outer
        raise NameError(f"unbound symbol {name}")

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    t = tokens.pop(0)
    if t == "(":
        out = []
        while tokens[0] != ")":
            out.append(read(tokens))
        tokens.pop(0)
        return out
    if t == "'":
        return ["quote", read(tokens)]
    try:
        return int(t)
    except ValueError:
        return t

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            x = x[2] if evaluate(x[1], env) not in (False, []) else x[3]
            continue
        if op == "define":
            env[x[1]] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return Lambda(x[1], x[2], env)
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        f = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(f, Lambda):
            env = Env(f.params, args, f.env)
            x = f.body
            continue
        return f(*args)

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    if isinstance(v, Lambda):
        return "<lambda>"
    return str(v)

glob = Env()
glob.update({"+": lambda *a: sum(a), "-": lambda a, b: a - b, "*": lambda a, b: a * b, "<": lambda a, b: a < b,
             "=": lambda a, b: a == b, "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l,
             "null?": lambda l: l == [], "list": lambda *a: list(a)})
program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(fact 30)
(define loop (lambda (i acc) (if (= i 0) acc (loop (- i 1) (+ acc i)))))
(loop 10000 0)
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define make-counter (lambda (n) (lambda (k) (+ n k))))
((make-counter 100) 5)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(list 1 (list 2 3) '(a b))
(begin (define x 5) (+ x 1))
(< 1 2)
undefined-thing
"""
tokens = tokenize(program)
while tokens:
    expr = read(tokens)
    try:
        v = evaluate(expr, glob)
        if v is not None:
            print(to_str(v))
    except NameError as e:
        print("error:", e)
