import fnmatch
import glob
import os

pats = ['*.py', 'a*b*c', '[!a-c]?x', '[]-]', '[a-', 'x[!]', 'a**b*', '*a*', '[z-a]x', '[a&&b]', '[!]x]', '[a-c-e]',
        '[--a]', '[\\]', '[^x]', '[[]', '[a-z-]', '[-a]', '[!-]', 'a[b-]c', '*', '', '?', '[]', '[!]', 'x*y*z*',
        'data_[0-9][0-9].csv', '[a-cx-z]*', '[b-aq]', '[c-ab-d]', '[z-ab-]', 'a.b(c)+{d}|e$']
names = ['a.py', 'abc', 'axxbyyc', 'dax', '-', ']', 'x!', 'x]', 'ab', 'b', 'a', '', 'zx', '&', 'xyz', 'data_07.csv',
         'data_7.csv', 'A.PY', '\\', '^', '[', 'q', 'c', 'a-c', 'abc.py\n', 'a.b(c)+{d}|e$']
for p in pats:
    print(repr(p), fnmatch.translate(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, '*.py'), fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatch('a.py', '*.py'))
print(fnmatch.filter([b'x.c', b'y.h'], b'*.c'), fnmatch.fnmatchcase(b'abc', b'a?c'))

# glob over a small tree in the test's own directory
for d in ["proj/src/pkg", "proj/docs", "proj/.hidden", "proj/data"]:
    os.makedirs(d, exist_ok=True)
for f in ["proj/setup.py", "proj/README.md", "proj/src/main.py", "proj/src/util.py", "proj/src/pkg/__init__.py",
          "proj/src/pkg/core.py", "proj/docs/index.md", "proj/.hidden/secret.py", "proj/.env", "proj/data/a1.csv",
          "proj/data/a2.csv", "proj/data/b1.csv", "proj/data/[x].txt"]:
    with open(f, "w") as fh:
        fh.write("x")

def show(*a, **k):
    print(a, k, sorted(glob.glob(*a, **k)))

show("proj/*.py")
show("proj/*")
show("proj/*", include_hidden=True)
show("proj/.*")
show("proj/*/")
show("proj/*/*.py")
show("proj/**/*.py")
show("proj/**/*.py", recursive=True)
show("proj/**", recursive=True)
show("proj/**/", recursive=True)
show("**/*.csv", recursive=True)
show("proj/data/a?.csv")
show("proj/data/[ab]1.csv")
show("proj/data/[!a]*")
show("proj/data/" + glob.escape("[x].txt"))
show("proj/data/[x].txt")
show("proj/setup.py")
show("proj/missing.py")
show("proj/docs/")
show("*.csv", root_dir="proj/data")
show("src/**", root_dir="proj", recursive=True)
show("")
print(sorted(glob.iglob("proj/src/*.py")), type(glob.iglob("x")).__name__ in ("generator", "chain"))
print(glob.escape("a[b]*c?.txt"), glob.escape(b"x*"), glob.has_magic("a*"), glob.has_magic("plain"))
print(sorted(glob.glob(b"proj/*.md")))
