#!/usr/bin/env python3
"""tests/run.py — the one Mosaic test driver.

Runs three kinds of test and ends with the line `N passed, N failed`:

  unit    every executable <build>/tests/test_* (C unit tests built by make),
          cwd = repository root; passes when it exits 0.
  checks  every executable file in tests/checks/, with MOSAIC=<build>/mosaic
          and MOSAIC_BUILD=<build> in the environment; passes when it exits 0.
  cases   every tests/cases/<area>/<name>.py, under each tier of TIERS below,
          compared against the output CPython recorded next to it:
            <name>.exp   the exact stdout
            <name>.err   only when the exit code is not 0:
                           exit: <code>
                           stderr: <last non-empty line of stderr>
          A case passes when stdout is identical, the exit code is the same
          and, for a non-zero exit, the last non-empty stderr line is the same.

Each case runs in a fresh temporary directory, with stdin from <name>.in
when that exists (else /dev/null) and a 10 s timeout; a leading comment line
`# timeout: 30` changes the timeout (and --timeout-scale multiplies it).
A leading `# gc-stress: N` line also runs the case under each tier with
`-X gc-stress=N` (a collection every N allocations), reported as tier
`<tier>+gc`: for the small regression cases of tests/cases/gc whose bug only
shows when a collection comes at one particular allocation.
`-X OPT` passes `-X OPT` to mosaic in every tier (`-X gc-stress=N` is how
`make test-gc-stress` runs the suite with a collection every N allocations).
`--record` re-records the expected
files from python3; `--check-oracle` re-runs python3 and reports stale ones.
A case whose first line is `# expected output written by hand: <why>` keeps
its hand-written files: --record and --check-oracle skip it.

Known failures are listed in tests/known_failures.txt (see tests/README.md):
a listed test that fails is an "xfail"; a listed test that passes fails the
run, so the list only ever shrinks.
"""

import argparse
import concurrent.futures
import difflib
import os
import signal
import subprocess
import sys
import tempfile
import time

# The tiers every case runs under: name -> the options given to mosaic before
# the script path.  This is the only place these flags are spelled.
TIERS = {
    "t1":  ["-X", "jit=off"],
    "t2":  ["-X", "jit=interp", "-X", "jit-threshold=1"],
    "jit": ["-X", "jit=on", "-X", "jit-threshold=1"],
}

DEFAULT_TIMEOUT = 10          # seconds per case run
UNIT_TIMEOUT = 300            # seconds per C unit-test binary
CHECK_TIMEOUT = 600           # seconds per check script
HAND_WRITTEN = "# expected output written by hand"
TAIL_LINES = 15               # output lines shown for a failing unit/check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
CASES = os.path.join(TESTS, "cases")
CHECKS = os.path.join(TESTS, "checks")
KNOWN_FAILURES = os.path.join(TESTS, "known_failures.txt")


# ------------------------------------------------------------------ cases

class Case:
    """One tests/cases/<area>/<name>.py and the files that belong to it."""

    def __init__(self, path):
        self.path = path
        self.base = path[:-3]
        area = os.path.basename(os.path.dirname(path))
        self.name = area + "/" + os.path.basename(self.base)
        self.exp = self.base + ".exp"
        self.err = self.base + ".err"
        self.stdin = self.base + ".in"
        self.timeout = DEFAULT_TIMEOUT
        self.hand_written = False
        self.gc_stress = None
        self.read_header()

    def read_header(self):
        # The file may be deliberately broken (binary garbage, bad encoding),
        # so read bytes and look only at the leading comment lines.
        with open(self.path, "rb") as f:
            head = f.read(4096).decode("latin-1")
        lines = head.split("\n")
        if lines and lines[0].startswith(HAND_WRITTEN):
            self.hand_written = True
        for line in lines:
            if not line.startswith("#"):
                break
            word, _, value = line[1:].strip().partition(":")
            if word.strip() == "timeout":
                try:
                    self.timeout = float(value)
                except ValueError:
                    pass
            elif word.strip() == "gc-stress":
                try:
                    self.gc_stress = int(value)
                except ValueError:
                    pass

    def expected(self):
        """(stdout bytes, exit code, last stderr line) or None if unrecorded."""
        try:
            with open(self.exp, "rb") as f:
                out = f.read()
        except FileNotFoundError:
            return None
        code, last = 0, ""
        if os.path.exists(self.err):
            with open(self.err, encoding="utf-8", errors="replace") as f:
                for line in f.read().splitlines():
                    key, _, value = line.partition(": ")
                    if key == "exit":
                        code = int(value)
                    elif key == "stderr" or line == "stderr:":
                        last = value
        return out, code, last


def find_cases():
    cases = []
    if not os.path.isdir(CASES):
        return cases
    for area in sorted(os.listdir(CASES)):
        folder = os.path.join(CASES, area)
        if not os.path.isdir(folder):
            continue
        for fn in sorted(os.listdir(folder)):
            if fn.endswith(".py"):
                cases.append(Case(os.path.join(folder, fn)))
    return cases


def last_line(data):
    """The last non-empty line of `data` (bytes), right-stripped, as str."""
    for line in reversed(data.decode("utf-8", "replace").splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def describe_code(code):
    if code < 0:
        try:
            return "killed by " + signal.Signals(-code).name
        except ValueError:
            return "killed by signal %d" % -code
    return "exit %d" % code


def run_program(argv, case, env):
    """Run argv as the case prescribes; returns (stdout, stderr, code) or
    (stdout, stderr, None) on timeout."""
    stdin_path = case.stdin if os.path.exists(case.stdin) else os.devnull
    with tempfile.TemporaryDirectory(prefix="mosaic-test-") as cwd, \
            open(stdin_path, "rb") as stdin:
        try:
            proc = subprocess.Popen(argv, cwd=cwd, stdin=stdin,
                                    stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=env,
                                    start_new_session=True)
        except OSError as e:
            return b"", str(e).encode(), 127
        try:
            out, err = proc.communicate(timeout=case.timeout)
            return out, err, proc.returncode
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = proc.communicate()
            return out, err, None


def oracle_env(hashseed):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED=str(hashseed), PYTHONUTF8="1",
               PYTHONDONTWRITEBYTECODE="1")
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONWARNINGS"):
        env.pop(var, None)
    return env


# Sanitizer builds (make CONFIG=asan test): the collector frees nothing at
# exit by design, and programs that ask for absurd amounts of memory must see
# MemoryError rather than an allocator abort. Every child inherits this.
os.environ.setdefault("ASAN_OPTIONS", "detect_leaks=0:allocator_may_return_null=1")


def mosaic_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    return env


def compare(case, out, err, code, verbose):
    """None when the run matches the recording, else (reason, details)."""
    expected = case.expected()
    if expected is None:
        return "no .exp recorded (run tests/run.py --record)", []
    exp_out, exp_code, exp_last = expected
    details = []
    if code is None:
        return "timeout after %gs" % case.timeout, tail(err) if verbose else []
    if code != exp_code:
        reason = "%s, expected %s" % (describe_code(code), describe_code(exp_code))
        if verbose:
            details = tail(err)
            if out != exp_out:
                details += diff(exp_out, out)
        return reason, details
    if out != exp_out:
        return "stdout differs", diff(exp_out, out) if verbose else []
    if code != 0 and last_line(err) != exp_last:
        return "stderr differs", ["- " + exp_last,
                                  "+ " + last_line(err)] if verbose else []
    return None


def diff(expected, actual, limit=40):
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = [l.rstrip("\n") for l in
             difflib.unified_diff(a, b, "expected", "actual")]
    if len(lines) > limit:
        lines = lines[:limit] + ["... (%d more diff lines)" % (len(lines) - limit)]
    return lines


def tail(data, n=TAIL_LINES):
    lines = data.decode("utf-8", "replace").rstrip().splitlines()
    return lines[-n:]


# -------------------------------------------------------- known failures

def read_known_failures():
    """{name: set of tiers, or None for all tiers}"""
    known = {}
    if not os.path.exists(KNOWN_FAILURES):
        return known
    with open(KNOWN_FAILURES, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            name, _, tier = line.partition(":")
            name, tier = name.strip(), tier.strip()
            if tier:
                tiers = known.get(name, set())
                if tiers is not None:
                    tiers.add(tier)
                    known[name] = tiers
            else:
                known[name] = None
    return known


def is_known(known, name, tier):
    if name not in known:
        return False
    tiers = known[name]
    return tiers is None or tier in tiers


# -------------------------------------------------------------- results

class Results:
    def __init__(self, verbose):
        self.passed = self.failed = self.xfail = 0
        self.verbose = verbose

    def add(self, label, name, tier, known, failure, details=()):
        """Count one result; `failure` is None or a short reason."""
        shown = name + (" [%s]" % tier if tier else "")
        listed = is_known(known, name, tier or "")
        if failure is None and not listed:
            self.passed += 1
        elif failure is None:
            self.failed += 1
            print("FAIL %s: now passes: remove it from tests/known_failures.txt"
                  % shown, flush=True)
        elif listed:
            self.xfail += 1
        else:
            self.failed += 1
            print("FAIL %s: %s" % (shown, failure), flush=True)
            for line in details:
                print("    " + line)
            sys.stdout.flush()


# -------------------------------------------------------------- running

def executables(folder, prefix=""):
    if not os.path.isdir(folder):
        return []
    found = []
    for fn in sorted(os.listdir(folder)):
        path = os.path.join(folder, fn)
        if (fn.startswith(prefix) and os.path.isfile(path)
                and os.access(path, os.X_OK) and not fn.endswith((".d", ".o"))):
            found.append(path)
    return found


def run_command(argv, env, timeout, cwd=ROOT):
    """(exit code or None on timeout, combined output bytes)"""
    try:
        proc = subprocess.Popen(argv, cwd=cwd, env=env,
                                stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT,
                                start_new_session=True)
    except OSError as e:
        return 127, str(e).encode()
    try:
        out, _ = proc.communicate(timeout=timeout)
        return proc.returncode, out
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, _ = proc.communicate()
        return None, out


def run_programs(kind, paths, env, timeout, pool, results, known, args):
    def one(path):
        return path, run_command([path], env, timeout)
    for path, (code, out) in pool.map(one, paths):
        name = kind + "/" + os.path.basename(path)
        if code == 0:
            results.add(kind, name, None, known, None)
        else:
            reason = ("timeout after %ds" % timeout if code is None
                      else describe_code(code))
            results.add(kind, name, None, known, reason, tail(out))


def run_cases(cases, tiers, mosaic, pool, results, known, args):
    if not os.path.exists(mosaic):
        # Nothing to run yet: count every run as failed without spelling out
        # hundreds of identical lines.
        missing = 0
        for case in cases:
            for tier in tiers:
                if is_known(known, case.name, tier):
                    results.xfail += 1
                else:
                    results.failed += 1
                    missing += 1
        if missing:
            print("FAIL cases: %s does not exist (%d case runs counted as failed)"
                  % (mosaic, missing), flush=True)
        return
    env = mosaic_env()
    extra = [w for x in args.X or () for w in ("-X", x)]
    # (case, tier label, tier flags)
    jobs = [(case, tier, TIERS[tier] + extra) for case in cases for tier in tiers]
    jobs += [(case, tier + "+gc", TIERS[tier] + extra + ["-X", "gc-stress=%d" % case.gc_stress])
             for case in cases if case.gc_stress for tier in tiers]

    def one(job):
        case, _, flags = job
        argv = [mosaic] + flags + [case.path]
        out, err, code = run_program(argv, case, env)
        return compare(case, out, err, code, args.verbose)

    for (case, tier, _), outcome in zip(jobs, pool.map(one, jobs)):
        if outcome is None:
            results.add("cases", case.name, tier, known, None)
        else:
            results.add("cases", case.name, tier, known, outcome[0], outcome[1])


def record(cases, pool, args, write):
    """Run python3 on every case; write (or, when not `write`, compare)."""
    env = oracle_env(args.hashseed)
    todo = [c for c in cases if not c.hand_written]

    def one(case):
        out, err, code = run_program([args.python, case.path], case, env)
        return case, out, err, code

    changed = problems = 0
    for case, out, err, code in pool.map(one, todo):
        if code is None:
            print("ERROR %s: python3 timed out after %gs" % (case.name, case.timeout))
            problems += 1
            continue
        if code < 0 and code != -signal.SIGINT:
            # Only an uncaught KeyboardInterrupt makes CPython end by a
            # signal on purpose; anything else is the oracle crashing.
            print("ERROR %s: python3 %s" % (case.name, describe_code(code)))
            problems += 1
            continue
        err_text = None
        if code != 0:
            err_text = "exit: %d\nstderr: %s\n" % (code, last_line(err))
        old_out = read_bytes(case.exp)
        old_err = read_bytes(case.err)
        new_err = err_text.encode("utf-8") if err_text is not None else None
        if old_out == out and old_err == new_err:
            continue
        changed += 1
        if write:
            with open(case.exp, "wb") as f:
                f.write(out)
            if new_err is None:
                if old_err is not None:
                    os.remove(case.err)
            else:
                with open(case.err, "wb") as f:
                    f.write(new_err)
            print("recorded %s" % case.name)
        else:
            what = []
            if old_out != out:
                what.append(".exp")
            if old_err != new_err:
                what.append(".err")
            print("STALE %s: %s differs from python3" % (case.name, " and ".join(what)))
            if args.verbose and old_out != out:
                for line in diff(old_out or b"", out):
                    print("    " + line)
            if args.verbose and old_err != new_err:
                print("    recorded: %r" % (old_err,))
                print("    python3:  %r" % (new_err,))
    for path in orphans():
        print("ORPHAN %s: no matching .py (delete it or restore the case)"
              % os.path.relpath(path, ROOT))
        problems += 1
    skipped = len(cases) - len(todo)
    if write:
        print("%d cases recorded, %d changed, %d hand-written skipped, %d errors"
              % (len(todo), changed, skipped, problems))
    else:
        print("%d cases checked, %d stale, %d hand-written skipped, %d errors"
              % (len(todo), changed, skipped, problems))
    return 1 if problems or (changed and not write) else 0


def orphans():
    """Expected-output and input files whose case no longer exists."""
    found = []
    if not os.path.isdir(CASES):
        return found
    for area in sorted(os.listdir(CASES)):
        folder = os.path.join(CASES, area)
        if not os.path.isdir(folder):
            continue
        for fn in sorted(os.listdir(folder)):
            base, ext = os.path.splitext(fn)
            if ext in (".exp", ".err", ".in") and not os.path.exists(
                    os.path.join(folder, base + ".py")):
                found.append(os.path.join(folder, fn))
    return found


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main():
    p = argparse.ArgumentParser(description="Mosaic test driver.")
    p.add_argument("--build", default="build/release",
                   help="build directory (default build/release)")
    p.add_argument("--mosaic", help="mosaic binary (default <build>/mosaic)")
    p.add_argument("-j", type=int, default=2, metavar="N",
                   help="parallel jobs (default 2)")
    p.add_argument("--tier", default=",".join(TIERS),
                   help="comma-separated tiers (default %s)" % ",".join(TIERS))
    p.add_argument("-k", metavar="SUBSTR", action="append",
                   help="only tests whose name contains SUBSTR (repeatable)")
    p.add_argument("--skip-file", help="a file of case names not to run (one per line, # comments)")
    p.add_argument("-X", metavar="OPT", action="append",
                   help="pass -X OPT to mosaic in every tier (repeatable)")
    p.add_argument("--timeout-scale", type=float, default=1.0, metavar="F",
                   help="multiply every case's timeout by F (slow builds, stress modes)")
    p.add_argument("--only", choices=["cases", "unit", "checks"],
                   help="run only one kind of test")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="show a diff / output tail for each failure")
    p.add_argument("--record", action="store_true",
                   help="re-record .exp/.err of every case from python3")
    p.add_argument("--check-oracle", action="store_true",
                   help="report cases whose recorded files differ from python3")
    p.add_argument("--python", default="python3",
                   help="the oracle interpreter (default python3)")
    p.add_argument("--hashseed", type=int, default=0,
                   help="PYTHONHASHSEED for the oracle; --check-oracle with "
                        "another seed finds cases that depend on str hashing")
    args = p.parse_args()

    build = os.path.join(ROOT, args.build) if not os.path.isabs(args.build) else args.build
    mosaic = args.mosaic or os.path.join(build, "mosaic")
    mosaic = os.path.abspath(mosaic)
    tiers = [t.strip() for t in args.tier.split(",") if t.strip()]
    for t in tiers:
        if t not in TIERS:
            p.error("unknown tier %r (known: %s)" % (t, ", ".join(TIERS)))

    skipped = set()
    if args.skip_file:
        with open(args.skip_file) as f:
            skipped = {line.split("#")[0].strip() for line in f} - {""}

    def selected(name):
        if name in skipped:
            return False
        return not args.k or any(k in name for k in args.k)

    cases = [c for c in find_cases() if selected(c.name)]
    for c in cases:
        c.timeout *= args.timeout_scale
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j))
    start = time.time()

    if args.record or args.check_oracle:
        status = record(cases, pool, args, write=args.record)
        pool.shutdown()
        return status

    known = read_known_failures()
    results = Results(args.verbose)
    if args.only in (None, "unit"):
        units = [u for u in executables(os.path.join(build, "tests"), "test_")
                 if selected("unit/" + os.path.basename(u))]
        run_programs("unit", units, os.environ.copy(), UNIT_TIMEOUT, pool,
                     results, known, args)
    if args.only in (None, "checks"):
        env = os.environ.copy()
        env["MOSAIC"] = mosaic
        env["MOSAIC_BUILD"] = build
        checks = [c for c in executables(CHECKS)
                  if selected("checks/" + os.path.basename(c))]
        run_programs("checks", checks, env, CHECK_TIMEOUT, pool, results,
                     known, args)
    if args.only in (None, "cases"):
        run_cases(cases, tiers, mosaic, pool, results, known, args)
    pool.shutdown()
    if not args.k and args.only is None:
        names = {c.name for c in cases} | {"unit/" + os.path.basename(u) for u in units}
        names |= {"checks/" + os.path.basename(c) for c in checks}
        for name in sorted(known):
            if name not in names:
                print("WARN tests/known_failures.txt: no test named %s" % name)

    if args.verbose:
        print("(%.1fs)" % (time.time() - start))
    if results.xfail:
        print("%d xfail" % results.xfail)
    print("%d passed, %d failed" % (results.passed, results.failed))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
