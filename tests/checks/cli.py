#!/usr/bin/env python3
"""tests/checks/cli.py — the `mosaic` command line, compared with python3's.

Run by tests/run.py with MOSAIC=<build>/mosaic in the environment (or by hand:
`MOSAIC=build/release/mosaic tests/checks/cli.py`).  Every scenario runs both
interpreters the same way (same arguments, stdin, fresh working directory)
and compares stdout, exit status and stderr.  Stderr is normalised before the
comparison:

  * file paths in traceback `File "..."` lines are masked (pseudo-files such as
    `<string>` and `<stdin>` are kept);
  * the program name that starts "can't open file" messages becomes <prog>;
    Mosaic must print its own argv[0] (or its basename) there.

Everything else in a traceback — the header, each `File ..., line N, in name`
line, each source line indented by four spaces with CPython 3.11's `^^^`/
`~~^~~` line under it, the chaining messages and the final `Type: message`
line — must be identical.

Prints one line per scenario and exits 1 if any failed.
"""

import difflib
import os
import re
import subprocess
import sys
import tempfile

MOSAIC = os.environ.get("MOSAIC", "build/release/mosaic")
PYTHON = os.environ.get("MOSAIC_ORACLE", "python3")
TIMEOUT = 30

FILE_LINE = re.compile(r'^(\s*File )"(?!<[a-z]+>")([^"]*)"')
CANT_OPEN = re.compile(r"^(.*): (can't open file .*)$")


def run(interpreter, args, stdin=b"", files=None):
    """Run `interpreter args...` in a fresh directory holding `files`;
    returns (stdout bytes, stderr text, exit code)."""
    with tempfile.TemporaryDirectory(prefix="mosaic-cli-") as cwd:
        for name, text in (files or {}).items():
            with open(os.path.join(cwd, name), "w", encoding="utf-8") as f:
                f.write(text)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUTF8="1",
                   PYTHONDONTWRITEBYTECODE="1")
        try:
            proc = subprocess.run([interpreter] + args, cwd=cwd, input=stdin,
                                  capture_output=True, env=env, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return b"", "<timeout after %ds>" % TIMEOUT, None
        except OSError as e:
            return b"", "<cannot run: %s>" % e, None
        err = proc.stderr.decode("utf-8", "replace").replace(cwd, "<cwd>")
        return proc.stdout, err, proc.returncode


def normalise(err, prog_names):
    out = []
    for line in err.splitlines():
        line = FILE_LINE.sub(r'\1"<path>"', line)
        m = CANT_OPEN.match(line)
        if m and (prog_names is None or m.group(1) in prog_names):
            line = "<prog>: " + m.group(2)
        out.append(line)
    return out


class Checker:
    def __init__(self):
        self.failed = 0
        self.passed = 0

    def check(self, name, args, stdin=b"", files=None, compare_stderr=True,
              expect_code=None):
        """Compare mosaic with python3 on one scenario."""
        p_out, p_err, p_code = run(PYTHON, args, stdin, files)
        m_out, m_err, m_code = run(MOSAIC, args, stdin, files)
        problems = []
        if expect_code is not None and p_code != expect_code:
            problems.append("python3 itself exited %r, the check expects %r"
                            % (p_code, expect_code))
        if m_code != p_code:
            problems.append("exit status %r, python3 gives %r" % (m_code, p_code))
        if m_out != p_out:
            problems.append("stdout differs")
            problems += diff(p_out.decode("utf-8", "replace").splitlines(),
                             m_out.decode("utf-8", "replace").splitlines())
        if compare_stderr:
            names = {MOSAIC, os.path.basename(MOSAIC)}
            want = normalise(p_err, None)
            got = normalise(m_err, names)
            if want != got:
                problems.append("stderr differs")
                problems += diff(want, got)
        if problems:
            self.failed += 1
            print("FAIL %s: %s" % (name, problems[0]))
            for line in problems[1:]:
                print("    " + line)
            if m_err and "stderr differs" not in problems:
                for line in m_err.splitlines()[-5:]:
                    print("    mosaic stderr: " + line)
        else:
            self.passed += 1
            print("ok   %s" % name)


def diff(want, got, limit=30):
    lines = list(difflib.unified_diff(want, got, "python3", "mosaic", lineterm=""))
    return lines[:limit] + (["..."] if len(lines) > limit else [])


NESTED = """\
def outer(x):
    return middle(x) + 1

def middle(x):
    values = [1, 2, 3]
    return values[x]

print("start")
outer(1)
outer(7)
"""

CHAINED = """\
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e

def handler():
    try:
        {}["missing"]
    except KeyError:
        load("x1")

handler()
"""

# Every kind of ^^^ line: a call inside a line, operands and operator,
# subscripts, attributes, a method, a failed assert, a chained comparison,
# a store, a multi-line call, and lines where none is printed.
CARETS = """\
import traceback

def run(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()

def binop(a):
    return a[1] + 1/0
def powers(x):
    return (x) ** "s"
def method(x):
    return x.upper().lower().nope()
def store(lst):
    lst[10] = 3
def attr_store(o):
    o.attr.deeper = 1
def failed_assert(x):
    assert x == 1, "m"
def chained(x):
    return 0 < x < "a"
def spaced(x):
    return x  +  [1]
def multiline():
    return sum(
        [1, "a"]
    )
def attribute_lines(x):
    return (
        x.
        missing
    )
def whole_line():
    undefined_name

for f in [lambda: binop([1, 2]), lambda: powers(2), lambda: method("a"), lambda: store([]),
          lambda: attr_store(3), lambda: failed_assert(0), lambda: chained(1), lambda: spaced(1),
          multiline, lambda: attribute_lines(1), whole_line]:
    run(f)
print(binop({1: 2}))
"""

SYNTAX = """\
print("not printed")
if True
    print(1)
"""

ARGV = "import sys\nprint(sys.argv)\n"

# A source line longer than any fixed buffer, the failing subscript past
# column 4096: the line is shown whole and the carets land under it.
LONG_LINE = "a = {}\nb = " + " " * 5000 + "a[   'k'   ]\n"

# The interpreter's report keeps a line's trailing blanks and counts them
# (unlike the traceback module); an expression spanning lines is underlined
# to the last non-blank character of its first line.
TRAILING = ("def f(d):\n    return d['a']    \n"
            "def g():\n\tundefined_name\t\t\n"
            "def h():\n    return sum(   \n        [1, 'a'])\n"
            "for fn in (lambda: f({}), g, h):\n"
            "    try:\n        fn()\n    except Exception as e:\n        last = e\n"
            "h()\n")


def main():
    if not os.path.exists(MOSAIC):
        print("FAIL cli: %s does not exist" % MOSAIC)
        return 1
    c = Checker()
    c.check("-c prints", ["-c", "print(1 + 2)"], expect_code=0)
    c.check("-c multi-line code", ["-c", "x = 0\nfor i in range(5):\n    x += i\nprint(x)"])
    c.check("-c output without newline is flushed at exit", ["-c", "print('no newline', end='')"])
    c.check("-c sys.argv", ["-c", ARGV, "a", "b c", "-x"])
    c.check("-c uncaught exception", ["-c", "print('before')\nraise ValueError('boom')"],
            expect_code=1)
    c.check("missing script file", ["no_such_script.py"], expect_code=2)
    c.check("missing script in missing directory", ["/nonexistent/dir/x.py"], expect_code=2)
    c.check("empty script file", ["empty.py"], files={"empty.py": ""}, expect_code=0)
    c.check("script from stdin with -", ["-", "x", "y"], stdin=ARGV.encode())
    c.check("script from stdin without arguments", [], stdin=ARGV.encode())
    c.check("stdin script with uncaught exception", ["-"],
            stdin=b"print('hi')\nx = 1\n1 / 0\n", expect_code=1)
    c.check("script sys.argv", ["s.py", "a", "-b", "--c", "d e", ""], files={"s.py": ARGV})
    c.check("options after the script belong to it", ["s.py", "-X", "jit=off", "-c", "x"],
            files={"s.py": ARGV})
    c.check("sys.exit(3)", ["-c", "import sys\nprint('out')\nsys.exit(3)"], expect_code=3)
    c.check("sys.exit() is status 0", ["-c", "import sys\nsys.exit()"], expect_code=0)
    c.check("sys.exit(None) is status 0", ["-c", "import sys\nsys.exit(None)"], expect_code=0)
    c.check("sys.exit(-1) is status 255", ["-c", "import sys\nsys.exit(-1)"], expect_code=255)
    c.check("raise SystemExit('msg')", ["s.py"],
            files={"s.py": "print('x')\nraise SystemExit('msg')\n"}, expect_code=1)
    c.check("raise SystemExit(0) in a function", ["s.py"],
            files={"s.py": "def f():\n    raise SystemExit(0)\nf()\nprint('never')\n"},
            expect_code=0)
    c.check("traceback ^^^ lines", ["t.py"], files={"t.py": CARETS}, expect_code=1)
    c.check("traceback of a line longer than 4096 bytes", ["t.py"], files={"t.py": LONG_LINE},
            expect_code=1)
    c.check("traceback lines with trailing blanks", ["t.py"], files={"t.py": TRAILING},
            expect_code=1)
    c.check("a cycle of __context__ links is printed once", ["t.py"],
            files={"t.py": "a = ValueError('a'); b = KeyError('b')\n"
                            "a.__context__ = b; b.__context__ = a\nraise a\n"}, expect_code=1)
    c.check("a chain of 300 exceptions is printed whole", ["t.py"],
            files={"t.py": "def f(n):\n    try:\n        raise ValueError(n)\n    except ValueError:\n"
                            "        if n < 300: f(n + 1)\n        else: raise KeyError('end')\nf(0)\n"},
            expect_code=1)
    c.check("__notes__ that is not iterable", ["t.py"],
            files={"t.py": "e = ValueError('v')\ne.__notes__ = 5\nraise e\n"}, expect_code=1)
    c.check("traceback source lines of a file with \\r line ends", ["t.py"],
            files={"t.py": "def f():\r    return 1/0\rf()\r"}, expect_code=1)
    c.check("uncaught exception through calls", ["t.py"], files={"t.py": NESTED},
            expect_code=1)
    c.check("chained exceptions (cause and context)", ["t.py"], files={"t.py": CHAINED},
            expect_code=1)
    c.check("syntax error in a script", ["t.py"], files={"t.py": SYNTAX}, expect_code=1)
    for i, src in enumerate(["x = 'é𝔘' + é𝔘 $\n", "é = 1 +\n", "f(é for é in b, c)\n",
                             "print 'ééé'\n", "if 1:\n\t\t'é'   1\n"]):
        c.check("syntax error carets after non-ASCII characters (%d)" % i, ["t.py"],
                files={"t.py": src}, expect_code=1)
    c.check("syntax error in -c", ["-c", "x = (1,"], expect_code=1)
    for mode in ("off", "interp", "on"):
        c.check("-X jit=%s accepted (-c)" % mode, ["-X", "jit=" + mode, "-c", "print('ok')"],
                expect_code=0)
        c.check("-X jit=%s accepted (script)" % mode,
                ["-X", "jit=" + mode, "-X", "jit-threshold=1", "s.py", "arg"],
                files={"s.py": "import sys\nprint(sum(range(1000)), sys.argv)\n"},
                expect_code=0)
    c.check("unknown option is a usage error", ["-Q"], compare_stderr=False, expect_code=2)
    print("%d passed, %d failed" % (c.passed, c.failed))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
