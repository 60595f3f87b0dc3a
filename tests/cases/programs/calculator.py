# An expression calculator: tokenizer, shunting-yard to RPN, RPN evaluation, with error reporting.
class CalcError(Exception):
    pass

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R"), "neg": (4, "R")}

def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            toks.append(float(text) if "." in text else int(text))
            i = j
        elif c in "+-*/%^()":
            toks.append(c)
            i += 1
        else:
            raise CalcError(f"unexpected character {c!r} at {i}")
    return toks

def to_rpn(toks):
    out, ops = [], []
    prev = None
    for t in toks:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise CalcError("unbalanced ')'")
            ops.pop()
        else:
            if t == "-" and (prev is None or (isinstance(prev, str) and prev != ")")):
                t = "neg"
            p, assoc = PREC[t]
            while ops and ops[-1] != "(":
                q = PREC[ops[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(ops.pop())
                else:
                    break
            ops.append(t)
        prev = t
    while ops:
        op = ops.pop()
        if op == "(":
            raise CalcError("unbalanced '('")
        out.append(op)
    return out

def eval_rpn(rpn):
    st = []
    for t in rpn:
        if not isinstance(t, str):
            st.append(t)
            continue
        if t == "neg":
            st.append(-st.pop())
            continue
        if len(st) < 2:
            raise CalcError("missing operand")
        b, a = st.pop(), st.pop()
        if t == "+": st.append(a + b)
        elif t == "-": st.append(a - b)
        elif t == "*": st.append(a * b)
        elif t == "/":
            if b == 0:
                raise CalcError("division by zero")
            st.append(a / b)
        elif t == "%": st.append(a % b)
        elif t == "^": st.append(a ** b)
    if len(st) != 1:
        raise CalcError("malformed expression")
    return st[0]

tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5", "-(3 - 5) * -2",
         "2 ^ 100", "1.5 * (2 + 2.5) / 3", "((2))", "1 / 0", "2 +", "(1 + 2", "1 + 2)", "3 $ 4", "100 - 99 - 1"]
for src in tests:
    try:
        rpn = to_rpn(tokenize(src))
        print(f"{src:<22} => {' '.join(map(str, rpn)):<28} = {eval_rpn(rpn)}")
    except CalcError as e:
        print(f"{src:<22} => error: {e}")
