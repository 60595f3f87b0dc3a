#!/usr/bin/env python3
"""tests/checks/flat_memory.py — a program that allocates forever in a steady
state must run in flat memory.

Runs the same churn loop (lists, dicts, strings, tuples, instances and cycles
made and dropped) for N and 10 N iterations and compares the peak resident
size: the collector must keep it flat, not grow it with the work done.
Exits 0 when the larger run peaks within 25% (+8 MiB) of the smaller one.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MOSAIC = os.environ.get("MOSAIC") or os.path.join(os.environ.get("MOSAIC_BUILD", os.path.join(ROOT, "build", "release")), "mosaic")

PROGRAM = """
import sys
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n = int(sys.argv[1])
keep = []
for i in range(n):
    a = [i, str(i), (i, i + 1), {"k": i, "s": "x" * (i % 50)}]
    b = Node(a)
    b.next = Node(b)
    b.next.next = b          # a cycle
    if i % 1000 == 0:
        keep.append(len(a))  # a little long-lived data
print(sum(keep), len(keep))
"""


def measure(iterations, flags):
    # Under AddressSanitizer, freed side storage waits in a quarantine of up
    # to 256 MiB, which would read as growth; keep it small.
    opts = os.environ.get("ASAN_OPTIONS", "detect_leaks=0:allocator_may_return_null=1")
    if "quarantine_size_mb" not in opts:
        os.environ["ASAN_OPTIONS"] = opts + ":quarantine_size_mb=4"
    # os.wait4 gives this child's own peak RSS.
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execv(MOSAIC, [MOSAIC] + flags + ["-c", PROGRAM, str(iterations)])
    _, status, usage = os.wait4(pid, 0)
    if status != 0:
        print("FAIL: %s exited with status %d" % (MOSAIC, status))
        sys.exit(1)
    return usage.ru_maxrss


def main():
    if not os.path.exists(MOSAIC):
        print("FAIL: no mosaic at", MOSAIC)
        return 1
    failed = 0
    for flags in (["-X", "jit=off"], ["-X", "jit=on"]):
        small = measure(100_000, flags)
        large = measure(1_000_000, flags)
        ok = large <= small * 1.25 + 8192
        print("%s  %s: peak %d KiB after 1e5 iterations, %d KiB after 1e6" %
              ("ok  " if ok else "FAIL", " ".join(flags), small, large))
        failed += not ok
    print("%d passed, %d failed" % (2 - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
