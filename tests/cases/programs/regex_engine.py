# A backtracking regular-expression matcher supporting . * + ? ^ $ character classes and groups of alternatives.
def parse(pat):
    pos = 0
    def alt():
        nonlocal pos
        branches = [seq()]
        while pos < len(pat) and pat[pos] == "|":
            pos += 1
            branches.append(seq())
        return ("alt", branches)
    def seq():
        nonlocal pos
        items = []
        while pos < len(pat) and pat[pos] not in "|)":
            items.append(repeat())
        return ("seq", items)
    def repeat():
        nonlocal pos
        a = atom()
        while pos < len(pat) and pat[pos] in "*+?":
            a = (pat[pos], a)
            pos += 1
        return a
    def atom():
        nonlocal pos
        c = pat[pos]
        pos += 1
        if c == "(":
            inner = alt()
            pos += 1
            return inner
        if c == "[":
            end = pat.index("]", pos)
            body = pat[pos:end]
            pos = end + 1
            neg = body.startswith("^")
            if neg:
                body = body[1:]
            chars = set()
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == "-":
                    chars |= {chr(x) for x in range(ord(body[i]), ord(body[i + 2]) + 1)}
                    i += 3
                else:
                    chars.add(body[i])
                    i += 1
            return ("class", chars, neg)
        if c == ".":
            return ("any",)
        if c == "\\":
            pos += 1
            return ("lit", pat[pos - 1])
        return ("lit", c)
    return alt()

def match_node(node, s, i, k):
    kind = node[0]
    if kind == "lit":
        return i < len(s) and s[i] == node[1] and k(i + 1)
    if kind == "any":
        return i < len(s) and k(i + 1)
    if kind == "class":
        return i < len(s) and ((s[i] in node[1]) != node[2]) and k(i + 1)
    if kind == "seq":
        def run(j, idx):
            if j == len(node[1]):
                return k(idx)
            return match_node(node[1][j], s, idx, lambda n: run(j + 1, n))
        return run(0, i)
    if kind == "alt":
        return any(match_node(b, s, i, k) for b in node[1])
    if kind == "?":
        return match_node(node[1], s, i, k) or k(i)
    if kind == "*":
        return match_node(node[1], s, i, lambda n: n != i and match_node(node, s, n, k)) or k(i)
    if kind == "+":
        return match_node(node[1], s, i, lambda n: match_node(("*", node[1]), s, n, k))
    raise ValueError(kind)

def search(pat, s):
    anchored_start = pat.startswith("^")
    anchored_end = pat.endswith("$") and not pat.endswith("\\$")
    core = pat[1 if anchored_start else 0:len(pat) - (1 if anchored_end else 0)]
    tree = parse(core)
    for start in ([0] if anchored_start else range(len(s) + 1)):
        found = []
        def done(end):
            if anchored_end and end != len(s):
                return False
            found.append(end)
            return True
        if match_node(tree, s, start, done):
            return start, s[start:found[0]]
    return None

tests = [("ab*c", "xxabbbcx"), ("ab+c", "ac"), ("ab?c", "acx"), ("^[a-z]+$", "hello"), ("^[a-z]+$", "Hello"),
         ("(cat|dog)s?", "hotdogs!"), ("[0-9]+\\.[0-9]*", "pi is 3.14159"), ("a.c", "abc adc"), ("^$", ""),
         ("(a|b)*abb", "babaabbx"), ("[^aeiou ]+", "queue strengths"), ("colou?r", "my favourite color"),
         ("x*", "yyy"), ("(ab)+$", "ababab"), ("z", "abc")]
for pat, s in tests:
    print(f"{pat:<18} {s!r:<22} {search(pat, s)}")
