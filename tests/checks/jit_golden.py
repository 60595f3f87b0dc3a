#!/usr/bin/env python3
"""tests/checks/jit_golden.py — golden tests for the generated stencils.

For each architecture (x86-64, AArch64, RISC-V64: clang-19 cross-compiles
them all on any host) the stencils of a handful of uops — code bytes, data
bytes, holes, as `tools/stencilgen --dump` lists them — are compared with
the files committed in tests/golden/stencils-<set>-<arch>.txt.

They change whenever an op body, the value model, the template, the stencil
flags or stencilgen change; after checking the diff is what you meant,
regenerate them all with one command:

    make golden-update          (or: tests/checks/jit_golden.py --update)

Run by tests/run.py with MOSAIC_BUILD=build/<config>. Skips (exit 0) when
clang-19 is not installed; skips an architecture whose C library headers are
missing (the op bodies include <string.h>). Exits 1 on any difference.
"""

import difflib
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "tests", "golden")
ARCHES = ["x86_64", "aarch64", "riscv64"]

# The stencils under golden test, per set. A handful that cover the shapes:
# a value from a hole, a guard, an overflow deopt, a call into the runtime
# with an error exit, a loop-closing jump, .rodata, and the emitter's own.
SELECTED = {
    "uops": ["NOP", "LOAD_FAST", "STORE_FAST", "LOAD_CONST_INLINE", "GUARD_BOTH_INT", "ADD_INT",
             "COMPARE_INT", "GUARD_IS_TRUE_POP", "GUARD_BOTH_STR", "BINARY_OP", "TRUEDIV_FLOAT", "JUMP_TO_TOP",
             "EXIT_TRACE", "shim", "stub_exit", "stub_deopt", "stub_error"],
    "mini": None,   # all of them: the mini set only changes with the JIT
}


def build_dir():
    # Relative to the repository: make's targets are spelled that way.
    d = os.environ.get("MOSAIC_BUILD", "build/release")
    return os.path.relpath(d, ROOT) if os.path.isabs(d) else d


def config():
    return os.path.basename(os.path.normpath(build_dir())).split("-")[0]


def has_headers(arch):
    if arch == os.uname().machine:
        return True
    return os.path.isdir(f"/usr/{arch}-linux-gnu/include")


def dump_for(set_name, arch):
    """Builds the set's stencils for `arch` and returns stencilgen's dump."""
    stamp = os.path.join(build_dir(), "stencils", f"{set_name}-{arch}.stamp")
    r = subprocess.run(["make", "-s", "--no-print-directory", "-j2", f"CONFIG={config()}", stamp],
                       cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"make {stamp} failed:\n{r.stdout}{r.stderr}")
    with open(os.path.join(ROOT, build_dir(), "stencils", f"{set_name}-{arch}.txt")) as f:
        return f.read()


def select(dump, names):
    """The header line and the blocks of the named stencils, in name order."""
    blocks, current = {}, None
    lines = dump.splitlines()
    for line in lines[1:]:
        if line.startswith("stencil "):
            current = line.split()[1].rstrip(":")
            blocks[current] = [line]
        elif current and line:
            blocks[current].append(line)
    wanted = sorted(blocks) if names is None else sorted(names)
    out = [lines[0]]
    for name in wanted:
        out.append("")
        out.extend(blocks.get(name, [f"stencil {name}: MISSING"]))
    return "\n".join(out) + "\n"


def main():
    update = "--update" in sys.argv[1:]
    if shutil.which("clang-19") is None:
        print("skipped: clang-19 not found (the JIT is compiled out)")
        return 0
    failures = passes = 0
    for set_name, names in SELECTED.items():
        for arch in ARCHES:
            if not has_headers(arch):
                print(f"skip  {set_name}-{arch}: no C library headers for {arch}")
                continue
            try:
                got = select(dump_for(set_name, arch), names)
            except RuntimeError as e:
                print(f"FAIL  {set_name}-{arch}: {e}")
                failures += 1
                continue
            path = os.path.join(GOLDEN, f"stencils-{set_name}-{arch}.txt")
            if update:
                os.makedirs(GOLDEN, exist_ok=True)
                with open(path, "w") as f:
                    f.write(got)
                print(f"wrote {os.path.relpath(path, ROOT)}")
                continue
            try:
                with open(path) as f:
                    want = f.read()
            except FileNotFoundError:
                want = ""
            if got == want:
                passes += 1
                print(f"ok    {set_name}-{arch}")
            else:
                failures += 1
                print(f"FAIL  {set_name}-{arch}: differs from {os.path.relpath(path, ROOT)} "
                      "(if intended: make golden-update)")
                diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "expected", "generated",
                                            lineterm="", n=1)
                for i, line in enumerate(diff):
                    if i >= 40:
                        print("      …")
                        break
                    print("      " + line)
    if not update:
        print(f"{passes} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
