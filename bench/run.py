#!/usr/bin/env python3
"""bench/run.py — time every bench/*.py under python3 and Mosaic, in one run.

Each benchmark prints a line starting with "checksum"; a Mosaic run whose
output differs from python3's is reported as WRONG, never as a time. Times
are the best of --repeat runs (wall clock); the table shows seconds and the
speedup over python3 (python3 time / Mosaic time: above 1.0 is faster).

    python3 bench/run.py [--mosaic ./mosaic] [--repeat 3] [-k name] [--markdown]
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TIERS = [
    ("tier 1", ["-X", "jit=off"]),
    ("tier 2", ["-X", "jit=interp"]),
    ("JIT", ["-X", "jit=on"]),
]


def run(cmd, timeout):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    dt = time.perf_counter() - t0
    return dt, p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def best(cmd, repeat, timeout):
    times, out = [], None
    for _ in range(repeat):
        dt, rc, so, se = run(cmd, timeout)
        if rc != 0:
            return None, "exit %d: %s" % (rc, se.strip().splitlines()[-1:] or "")
        out = so
        times.append(dt)
    return min(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mosaic", default=os.path.join(ROOT, "mosaic"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("-k", action="append", default=[])
    ap.add_argument("--tiers", default="tier 1,tier 2,JIT")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    tiers = [t for t in TIERS if t[0] in args.tiers.split(",")]
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    if args.k:
        names = [n for n in names if any(k in n for k in args.k)]
    pyver = subprocess.run([args.python, "--version"], stdout=subprocess.PIPE).stdout.decode().strip()
    header = ["benchmark", pyver + " (s)"] + ["%s (s)" % t[0] for t in tiers] + ["%s speedup" % t[0] for t in tiers]
    rows = []
    failed = False
    for name in names:
        path = os.path.join(HERE, name)
        pt, pout = best([args.python, path], args.repeat, args.timeout)
        row = [name[:-3], "%.3f" % pt if pt else "n/a"]
        speed = []
        for _, flags in tiers:
            mt, mout = best([args.mosaic] + flags + [path], args.repeat, args.timeout)
            if mt is None:
                row.append("FAIL")
                speed.append("-")
                failed = True
            elif mout != pout:
                row.append("WRONG")
                speed.append("-")
                failed = True
            else:
                row.append("%.3f" % mt)
                speed.append("%.2fx" % (pt / mt) if pt else "-")
        rows.append(row + speed)
        print(" ".join(rows[-1]), file=sys.stderr, flush=True)
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
        for r in rows:
            print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
