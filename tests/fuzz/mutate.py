#!/usr/bin/env python3
"""tests/fuzz/mutate.py — a mutation fuzzer: bad input must never crash Mosaic.

Takes the programs in tests/cases, mutates them (drops, duplicates and swaps
characters and lines, inserts tokens), runs each mutant on a Mosaic binary
(best an ASan build: `make CONFIG=asan`) with a short timeout, and reports any
run that dies of a signal or prints a sanitizer report. A Python exception,
a SyntaxError or a timeout is fine; a crash is a bug. Crashing inputs are
saved in tests/fuzz/crashes/.

    python3 tests/fuzz/mutate.py --mosaic build/asan/mosaic --seconds 300
"""
import argparse
import glob
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "+", "*", "**", "-", "not ", " and ", " or ",
          "lambda x: ", "yield ", "return ", "del ", "global x\n", "nonlocal x\n", "\n", "    ", "\t", "'", '"',
          '"""', "f'{", "}'", "\\", "#", "0x", "1e", "_", "@", "->", "...", "None", "class C:\n    ",
          "def f(*a, **k):\n    ", "try:\n    pass\nfinally:\n    ", "with open('x') as f:\n    ",
          "raise ", "import ", "from . import ", "async ", "await ", "match x:\n    case 1:\n        ",
          "\x00", "\xff", "é", "𝔘", "[" * 50, "(" * 300]


def mutate(src, rng):
    s = list(src)
    for _ in range(rng.randint(1, 6)):
        if not s:
            s = list("x")
        op = rng.random()
        i = rng.randrange(len(s))
        if op < 0.25:
            del s[i:i + rng.randint(1, 20)]
        elif op < 0.45:
            j = rng.randrange(len(s))
            s[i], s[j] = s[j], s[i]
        elif op < 0.65:
            s[i:i] = list(rng.choice(TOKENS))
        elif op < 0.8:
            k = rng.randint(1, 40)
            s[i:i] = s[i:i + k]
        else:
            lines = "".join(s).split("\n")
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines.insert(a, lines[b])
            s = list("\n".join(lines))
    return "".join(s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mosaic", default=os.path.join(ROOT, "build", "asan", "mosaic"))
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--timeout", type=float, default=3)
    ap.add_argument("--only", action="append", default=[], metavar="SUBSTR",
                    help="mutate only the cases whose path contains SUBSTR (repeatable), e.g. match_")
    ap.add_argument("--flag", action="append", default=[], metavar="FLAG",
                    help="an extra option for every run, e.g. --flag=-Xgc-stress=5 (repeatable)")
    args = ap.parse_args()
    # Mutants run in a temporary directory, so a relative path would not resolve.
    args.mosaic = os.path.abspath(args.mosaic)
    rng = random.Random(args.seed)
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "cases", "**", "*.py"), recursive=True))
    if args.only:
        paths = [p for p in paths if any(o in p for o in args.only)]
    if not paths:
        ap.error("no case matches --only")
    corpus = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
    crash_dir = os.path.join(ROOT, "tests", "fuzz", "crashes")
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1")
    end = time.time() + args.seconds
    runs = crashes = 0
    with tempfile.TemporaryDirectory() as tmp:
        while time.time() < end:
            src = mutate(rng.choice(corpus), rng)
            path = os.path.join(tmp, "m.py")
            with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
                f.write(src)
            flags = rng.choice([["-X", "jit=off"], ["-X", "jit=on", "-X", "jit-threshold=1"]]) + args.flag
            try:
                p = subprocess.run([args.mosaic] + flags + [path], cwd=tmp, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=args.timeout, env=env)
            except subprocess.TimeoutExpired:
                runs += 1
                continue
            runs += 1
            err = p.stderr.decode(errors="replace")
            # Dying of SIGINT is how an uncaught KeyboardInterrupt ends (as in
            # CPython); ASan's "failed to allocate" warning accompanies a
            # correct MemoryError.
            sanitizer = any("Sanitizer" in line and "failed to allocate" not in line
                            for line in err.splitlines())
            if (p.returncode < 0 and p.returncode != -2) or sanitizer or "Fatal Python error" in err:
                crashes += 1
                os.makedirs(crash_dir, exist_ok=True)
                name = os.path.join(crash_dir, "crash-%d-%d.py" % (args.seed, runs))
                with open(name, "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(src)
                print("CRASH (%s) %s flags=%s" % (p.returncode, name, " ".join(flags)))
                print("   ", err.strip().splitlines()[-1:] if err.strip() else "")
    print("%d runs, %d crashes (seed %d)" % (runs, crashes, args.seed))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
