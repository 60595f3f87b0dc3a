# A tokenizer for an indentation-based language producing INDENT/DEDENT tokens, with error reporting.
SOURCE = '''def area(w, h):
    if w < 0 or h < 0:
        return -1
    # a comment line
    return w * h

x = area(3, 4.5)
while x > 1:
        x = x / 2
print("done", x)
'''
KEYWORDS = {"def", "if", "return", "while", "or", "and", "not"}
class TokenError(Exception):
    pass

def tokenize(src):
    tokens = []
    indents = [0]
    for lineno, line in enumerate(src.split("\n"), 1):
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        col = len(line) - len(stripped)
        if col > indents[-1]:
            indents.append(col)
            tokens.append(("INDENT", "", lineno))
        while col < indents[-1]:
            indents.pop()
            tokens.append(("DEDENT", "", lineno))
        if col != indents[-1]:
            raise TokenError(f"line {lineno}: inconsistent dedent")
        i = col
        while i < len(line):
            c = line[i]
            if c == " ":
                i += 1
            elif c.isdigit():
                j = i
                while j < len(line) and (line[j].isdigit() or line[j] == "."):
                    j += 1
                tokens.append(("NUMBER", line[i:j], lineno)); i = j
            elif c.isalpha() or c == "_":
                j = i
                while j < len(line) and (line[j].isalnum() or line[j] == "_"):
                    j += 1
                word = line[i:j]
                tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word, lineno)); i = j
            elif c == '"':
                j = line.index('"', i + 1)
                tokens.append(("STRING", line[i + 1:j], lineno)); i = j + 1
            elif line.startswith(("<=", ">=", "==", "!="), i):
                tokens.append(("OP", line[i:i + 2], lineno)); i += 2
            elif c in "+-*/<>=():,":
                tokens.append(("OP", c, lineno)); i += 1
            else:
                raise TokenError(f"line {lineno}: unexpected {c!r}")
        tokens.append(("NEWLINE", "", lineno))
    while len(indents) > 1:
        indents.pop()
        tokens.append(("DEDENT", "", lineno))
    tokens.append(("EOF", "", lineno))
    return tokens

toks = tokenize(SOURCE)
for kind, text, line in toks:
    print(f"{line:>3} {kind:<8} {text}")
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
for bad in ["if x:\n    y\n  z\n", "a = 1 $ 2\n"]:
    try:
        tokenize(bad)
    except TokenError as e:
        print("TokenError:", e)
