# Glob pattern matching (* ? [abc] [a-z] [!x]) with memoised recursion, used to filter a file list.
def glob_match(pat, name):
    memo = {}
    def m(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == len(pat):
            r = j == len(name)
        elif pat[i] == "*":
            r = m(i + 1, j) or (j < len(name) and name[j] != "/" and m(i, j + 1))
        elif j == len(name):
            r = False
        elif pat[i] == "?":
            r = name[j] != "/" and m(i + 1, j + 1)
        elif pat[i] == "[":
            end = pat.index("]", i + 1)
            body = pat[i + 1:end]
            neg = body.startswith("!")
            if neg:
                body = body[1:]
            hit = False
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    hit = hit or body[k] <= name[j] <= body[k + 2]
                    k += 3
                else:
                    hit = hit or body[k] == name[j]
                    k += 1
            r = (hit != neg) and m(end + 1, j + 1)
        else:
            r = pat[i] == name[j] and m(i + 1, j + 1)
        memo[key] = r
        return r
    return m(0, 0)
files = ["src/vm/eval.c", "src/vm/eval.h", "src/jit/x86.c", "src/jit/aarch64.c", "tests/run.py", "README.md",
         "src/objects/dict.c", "src/objects/list.c", "Makefile", "tests/cases/int/power.py", "a.c", "b1.txt", "b22.txt"]
for pat in ["*.c", "src/*/*.c", "src/vm/*", "src/*/[a-e]*.c", "src/*/[!a-e]*.c", "*.md", "b?.txt", "b??.txt",
            "tests/*.py", "*", "src/jit/*[0-9]*", "[A-Z]*", "*/*/*/*.py", "*/*/*/*/*.py"]:
    print(f"{pat:<16} {[f for f in files if glob_match(pat, f)]}")
print(glob_match("*a*b*c*d*e*", "xaxbxcxdxex" * 3), glob_match("*" * 20 + "z", "a" * 60))
