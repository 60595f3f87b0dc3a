cases = ["x = = 1", "def f(:", "print 'x'", "return 1", "  x = 1", "if x:\nx = 1", "x = (1,", "'abc", "a b", "f(**x, *y)", "del 1", "1 = x", "x += 1 += 2", "import", "for x in:", "class", "lambda: (yield)", "x = 1 if", "nonlocal q", "break"]
for src in cases:
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        print(repr(src), "|", e, "|", repr(e), "|", e.args[0], e.args[1][:3] if len(e.args) > 1 else None)
e = SyntaxError("custom", ("file.py", 3, 5, "bad line\n", 3, 8))
print(e, repr(e), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.msg)
print(SyntaxError("only msg"), SyntaxError(), IndentationError("ind", ("f", 1, 1, "x", 1, 2)))
try:
    exec("def f():\n  return\n    x")
except IndentationError as ie:
    print(type(ie).__name__, ie)
for s in ["def f(a, a): pass", "x = yield", "def f():\n  x=1\n  global x", "nonlocal x", "def f():\n  from os import *",
          "[(yield) for x in y]", "return 1", "break", "def f(x):\n  global x", "f(x=1, x=2)", "from __future__ import braces",
          "x = 1\nfrom __future__ import annotations", "[(i := 0) for i in range(3)]"]:
    try:
        compile(s, "<s>", "exec")
    except SyntaxError as e:
        print(repr(s), e.msg, len(e.args), e.lineno, e.offset)
