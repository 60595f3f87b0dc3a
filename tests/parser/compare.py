#!/usr/bin/env python3
"""tests/parser/compare.py — compare Mosaic's parser with CPython's.

    compare.py [--build DIR] [-a] [-q] FILE_OR_DIR...
        Parses each .py file (directories recursively) with both
        build/<config>/tests/test_parser and python3's ast module and reports
        every difference: the ast.dump text (with -a: include_attributes)
        for files CPython accepts, the error type/message/position for files
        it rejects. Prints "N same, N different" and exits 1 on differences.

    compare.py --record
        Regenerates the expected outputs the unit test checks:
        tests/parser/corpus/*.ast (ast.dump with attributes) and the second
        line of each case in tests/parser/errors.src → tests/parser/errors.txt.

    compare.py --errors
        Compares the error cases of tests/parser/errors.src directly.

    compare.py --mutate N [SEED]
        Makes N random one-token edits of small stdlib files and compares
        the resulting errors.

The oracle is the python3 running this script (3.11 is the reference).
"""
import ast
import os
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
warnings.simplefilter("ignore")


def find_binary(build):
    for cand in ([build] if build else []) + ["build/release", "build/debug", "build/asan"]:
        path = os.path.join(ROOT, cand, "tests", "test_parser")
        if os.path.exists(path):
            return path
    sys.exit("test_parser not built (make build/release/tests/test_parser)")


def file_mode_error(src_bytes):
    """NUL bytes and invalid UTF-8 are found by CPython's *file* reader (a
    str given to compile() behaves differently), so ask python3 to run the
    source as a script: it never runs, the reader rejects it first."""
    import re
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".py", delete=False) as f:
        f.write(src_bytes)
        path = f.name
    try:
        r = subprocess.run([sys.executable, path], capture_output=True, timeout=60)
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()
    finally:
        os.unlink(path)
    if not err:
        return None
    last = err[-1].replace(path, "f")
    m = re.search(r'line (\d+)', "\n".join(err[:-1]))
    line = int(m.group(1)) if m else 0
    if "null bytes" in last:
        return "%s (%d, 0, %d, 0)" % (last, line, line)
    if last.startswith("SyntaxError: Non-UTF-8"):
        return last + " (0, 0, 0, 0)"
    return None


def python_result(src_bytes, mode, attrs, error_only=False):
    """What our test_parser would print, computed with CPython. Sources are
    compiled as str (as CPython's file reader effectively does for UTF-8
    files: error offsets counted in characters)."""
    if mode == "exec" and (b"\0" in src_bytes or not is_utf8(src_bytes)):
        r = file_mode_error(src_bytes)
        if r is not None:
            return r
    source = src_bytes
    if is_utf8(src_bytes) and not has_cookie(src_bytes):
        source = src_bytes.decode("utf-8")
        if source.startswith("\ufeff"):
            source = source[1:]
    try:
        tree = compile(source, "f", mode, ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return "%s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset,
                                            e.end_lineno, e.end_offset)
    except (ValueError, MemoryError, RecursionError) as e:
        name = type(e).__name__
        msg = str(e)
        return "%s: %s" % (name, msg) if msg else name
    if error_only:
        return "OK"
    return ascii_escape(ast.dump(tree, include_attributes=attrs))


def is_utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def has_cookie(b):
    import re
    for line in b.split(b"\n")[:2]:
        if re.match(rb"^[ \t\f]*#.*?coding[:=]", line):
            return True
    return False


def ascii_escape(text):
    """What test_parser -x prints: every non-ASCII character escaped."""
    out = []
    for ch in text:
        c = ord(ch)
        if c < 128:
            out.append(ch)
        elif c <= 0xFF:
            out.append("\\x%02x" % c)
        elif c <= 0xFFFF:
            out.append("\\u%04x" % c)
        else:
            out.append("\\U%08x" % c)
    return "".join(out)


def normalize_error(line):
    # CPython uses None where we use 0 for "no position".
    head, sep, tail = line.rpartition(" (")
    if sep and tail.endswith(")"):
        return head + sep + tail.replace("None", "0")
    return line


def ours(binary, path, attrs, mode="exec", error_only=False):
    args = [binary, "-x"]
    if attrs:
        args.append("-a")
    if error_only:
        args.append("-e")
    args += ["-m", mode, path]
    r = subprocess.run(args, capture_output=True, timeout=60)
    if r.returncode != 0:
        return "CRASH (exit %d): %s" % (r.returncode, r.stderr.decode(errors="replace")[-300:])
    return r.stdout.decode("utf-8", errors="replace").rstrip("\n")


def compare_file(binary, path, attrs, quiet):
    with open(path, "rb") as f:
        src = f.read()
    expected = python_result(src, "exec", attrs)
    got = ours(binary, path, attrs)
    if expected.startswith(("SyntaxError", "IndentationError", "TabError", "MemoryError",
                            "ValueError")):
        expected = normalize_error(expected).replace(" in file f ", " in file %s " % path)
        got_n = normalize_error(got)
        if got_n == expected:
            return True
        # Unsupported features: our message differs by design.
        if "not supported yet" in got:
            return True
        if not quiet:
            print("DIFF %s\n  expected: %s\n  got:      %s" % (path, expected, got))
        return False
    if got == expected:
        return True
    if "not supported yet" in got:
        return True
    if not quiet:
        i = 0
        while i < min(len(got), len(expected)) and got[i] == expected[i]:
            i += 1
        lo = max(0, i - 100)
        print("DIFF %s at %d\n  expected: ...%s\n  got:      ...%s" % (
            path, i, expected[lo:i + 150], got[lo:i + 150]))
    return False


def walk(paths):
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, files in os.walk(p):
                for name in sorted(files):
                    if name.endswith(".py"):
                        yield os.path.join(dirpath, name)
        else:
            yield p


def escape(src):
    out = []
    for b in src:
        if 32 <= b < 127 and b != 92:
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


def read_error_sources():
    """errors.src: one case per line, `mode|python-literal[|expected]` (a
    bytes or str literal, evaluated; `expected` overrides CPython's answer
    where Mosaic differs by design, e.g. features not supported yet), blank
    lines and # comments ignored."""
    cases = []
    with open(os.path.join(HERE, "errors.src"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            mode, _, rest = line.partition("|")
            override = None
            if rest.count("|") and rest.rsplit("|", 1)[1].startswith(("SyntaxError", "OK")):
                rest, override = rest.rsplit("|", 1)
            value = eval(rest)
            if isinstance(value, str):
                value = value.encode("utf-8")
            cases.append((mode, value, override))
    return cases


def record():
    corpus = os.path.join(HERE, "corpus")
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(corpus, name)
        with open(path, "rb") as f:
            src = f.read()
        out = python_result(src, "exec", True)
        with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
            f.write(out + "\n")
    lines = ["# Generated by tests/parser/compare.py --record from errors.src. Do not edit.\n"]
    for mode, src, override in read_error_sources():
        lines.append("%s|%s\n" % (mode, escape(src)))
        expected = override or normalize_error(python_result(src, mode, False, error_only=True))
        lines.append(expected.replace(" in file f ", " in file f ") + "\n")
    with open(os.path.join(HERE, "errors.txt"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    print("recorded")


def compare_errors(binary, quiet):
    import tempfile
    same = diff = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "case.py")
        for mode, src, override in read_error_sources():
            with open(path, "wb") as f:
                f.write(src)
            expected = override or normalize_error(python_result(src, mode, False, error_only=True))
            expected = expected.replace(" in file f ", " in file %s " % path)
            got = ours(binary, path, False, mode, error_only=True)
            if got == expected:
                same += 1
            else:
                diff += 1
                if not quiet:
                    print("DIFF %r\n  expected: %s\n  got:      %s" % (src, expected, got))
    print("%d same, %d different" % (same, diff))
    return diff == 0


def mutate(binary, count, seed, quiet):
    """Random single-token edits of small stdlib files: both parsers must
    agree on every resulting error (message and position)."""
    import io
    import random
    import tempfile
    import tokenize
    rnd = random.Random(seed)
    libdir = os.path.dirname(os.__file__)
    files = []
    for name in sorted(os.listdir(libdir)):
        path = os.path.join(libdir, name)
        if name.endswith(".py") and os.path.getsize(path) < 20000:
            files.append(path)
    fillers = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "+", "*", "**", ".", "->",
               ":=", "lambda", "if", "else", "for", "in", "not", "is", "import", "from", "as",
               "def", "class", "return", "yield", "x", "1", "'s'", "f'{x}'", "\n", "\n    ",
               "async", "await", "del", "pass", "*", "@", ";", "\\"]
    same = diff = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.py")
        for _ in range(count):
            src = open(rnd.choice(files), "rb").read()
            try:
                toks = [t for t in tokenize.tokenize(io.BytesIO(src).readline)
                        if t.type not in (tokenize.ENCODING, tokenize.ENDMARKER)]
            except Exception:
                continue
            if not toks:
                continue
            t = rnd.choice(toks)
            lines = src.decode("utf-8", "replace").splitlines(keepends=True)
            row, col = t.start
            erow, ecol = t.end
            if erow != row or row > len(lines):
                continue
            line = lines[row - 1]
            op = rnd.random()
            filler = rnd.choice(fillers).replace("\\n", "\n").replace("\\\\", "\\")
            if op < 0.4:
                line = line[:col] + line[ecol:]
            elif op < 0.7:
                line = line[:col] + filler + " " + line[col:]
            else:
                line = line[:col] + filler + line[ecol:]
            lines[row - 1] = line
            text = "".join(lines).encode("utf-8")
            with open(path, "wb") as f:
                f.write(text)
            expected = normalize_error(python_result(text, "exec", False, error_only=True))
            expected = expected.replace(" in file f ", " in file %s " % path)
            got = ours(binary, path, False, "exec", error_only=True)
            if got == expected or "not supported yet" in got:
                same += 1
            else:
                diff += 1
                keep = os.environ.get("MUTATE_KEEP")
                if keep:
                    os.makedirs(keep, exist_ok=True)
                    with open(os.path.join(keep, "case%d.py" % diff), "wb") as f:
                        f.write(text)
                if not quiet:
                    ctx = "".join(lines[max(0, row - 3):row + 2])
                    print("DIFF (line %d)\n%s\n  expected: %s\n  got:      %s" % (row, ctx, expected, got))
    print("%d same, %d different" % (same, diff))
    return diff == 0


def main():
    args = sys.argv[1:]
    build = None
    attrs = quiet = False
    if "--record" in args:
        record()
        return 0
    if "--build" in args:
        i = args.index("--build")
        build = args[i + 1]
        del args[i:i + 2]
    if "-a" in args:
        attrs = True
        args.remove("-a")
    if "-q" in args:
        quiet = True
        args.remove("-q")
    binary = os.environ.get("TEST_PARSER") or find_binary(build)
    if "--errors" in args:
        return 0 if compare_errors(binary, quiet) else 1
    if "--mutate" in args:
        i = args.index("--mutate")
        count = int(args[i + 1])
        seed = int(args[i + 2]) if len(args) > i + 2 else 1
        return 0 if mutate(binary, count, seed, quiet) else 1
    same = diff = 0
    for path in walk(args or [os.path.join(HERE, "corpus")]):
        if compare_file(binary, path, attrs, quiet):
            same += 1
        else:
            diff += 1
    print("%d same, %d different" % (same, diff))
    return 0 if diff == 0 else 1


if __name__ == "__main__":
    # ast.dump recurses once per nesting level: deep trees need room.
    import threading
    sys.setrecursionlimit(200000)
    threading.stack_size(512 * 1024 * 1024)
    result = []
    t = threading.Thread(target=lambda: result.append(main()))
    t.start()
    t.join()
    sys.exit(result[0] if result else 1)
