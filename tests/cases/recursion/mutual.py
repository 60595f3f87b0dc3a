# Mutual recursion: is_even/is_odd, a recursive-descent expression evaluator.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(500), is_odd(501), is_even(7))
def parse_expr(toks, i):
    v, i = parse_term(toks, i)
    while i < len(toks) and toks[i] in "+-":
        op = toks[i]
        r, i = parse_term(toks, i + 1)
        v = v + r if op == "+" else v - r
    return v, i
def parse_term(toks, i):
    v, i = parse_atom(toks, i)
    while i < len(toks) and toks[i] in "*/":
        op = toks[i]
        r, i = parse_atom(toks, i + 1)
        v = v * r if op == "*" else v // r
    return v, i
def parse_atom(toks, i):
    if toks[i] == "(":
        v, i = parse_expr(toks, i + 1)
        return v, i + 1
    return int(toks[i]), i + 1
def tokenize(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append(num)
                num = ""
            out.append(ch)
    if num:
        out.append(num)
    return out
for src in ["1+2*3", "(1+2)*3", "2*(3+(4-1))*2", "100/7-3", "((((((5))))))", "(" * 100 + "1" + ")" * 100]:
    print(src[:20], parse_expr(tokenize(src), 0)[0])
