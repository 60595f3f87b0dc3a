# SyntaxErrors found after parsing (symbol table, compiler) carry CPython's
# location: the whole offending node, or the first global/nonlocal
# declaration, and no source text when compiled from a string.
import sys
sys.path.insert(0, "")  # the modules are written to the working directory
srcs = [
    "def f():\n  from os import *\n",
    "return (1,\n 2)",
    "f(x=1, x=2)",
    "x = yield",
    "break",
    "def f():\n  x=1\n  global x",
    "nonlocal x",
    "class A:\n  def f(): nonlocal q",
    "x: int = 1\nglobal x",
    "def f():\n  x: int\n  global x",
    "global x\nx: int = 3",
    "def f():\n  global x\n  x: int = 3",
    "*a = 1",
    "print(*a)\n*a",
    "a, *b, *c = x",
    "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass",
    "def f():\n  global x\n  nonlocal x",
    "def f(x):\n  nonlocal x",
    "def f():\n  print(x)\n  global x",
    "def g():\n  def f():\n    x = 1\n    nonlocal x\n  x = 2",
    "class C:\n  return 1",
    "for x in y:\n  def f():\n    break",
    "while 1:\n  class C:\n    continue",
    "[x for x in (yield)]",
    "{(yield): 1 for x in y}",
    "x = (1,",
    "d = {'a': 1, 'b'}",
]
for src in srcs:
    try:
        compile(src, "<string>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# From a file on disk, the text is the file's line.
with open("bad_module.py", "w") as f:
    f.write("x = 1\ndef f():\n    return 2\nreturn (x,\n        3)\n")
try:
    import bad_module
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
