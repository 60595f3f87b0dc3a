#!/usr/bin/env python3
"""tests/checks/jit_stencilgen.py — tools/stencilgen refuses what it must.

Every tests/jit/bad/<NAME>.c is compiled like a stencil (the Makefile's
stencil flags, from `make stencil-cflags`) for x86-64, AArch64 and RISC-V64,
and fed to stencilgen, which must fail with a message naming the uop
(<NAME>), the relocation type and the symbol. Comment lines in each file
steer the test:

    // expect: <text>          stderr must contain this
    // flags: <clang flags>    added to the stencil flags
    // flags-<arch>: <flags>   … for one architecture only
    // skip: <arch> (why)      not for this architecture

Also: an unknown relocation type (a good object with its first relocation's
type overwritten), a good object accepted, and the header left untouched
when its content does not change.

Run by tests/run.py with MOSAIC_BUILD=build/<config>; by hand:
`MOSAIC_BUILD=build/release tests/checks/jit_stencilgen.py`. Skips (exit 0)
when clang-19 is not installed. Exits 1 if any check failed.
"""

import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BAD = os.path.join(ROOT, "tests", "jit", "bad")
ARCHES = ["x86_64", "aarch64", "riscv64"]

failures = 0
passes = 0


def check(ok, what, detail=""):
    global failures, passes
    if ok:
        passes += 1
        print(f"ok    {what}")
    else:
        failures += 1
        print(f"FAIL  {what}")
        if detail:
            print("      " + detail.strip().replace("\n", "\n      "))


def config():
    build = os.environ.get("MOSAIC_BUILD", "build/release")
    name = os.path.basename(os.path.normpath(build))
    return name.split("-")[0]


def make(*args):
    return subprocess.run(["make", "-s", "--no-print-directory", f"CONFIG={config()}", *args],
                          cwd=ROOT, capture_output=True, text=True)


def stencil_flags(arch):
    r = make("stencil-cflags", f"STENCIL_ARCH={arch}")
    if r.returncode != 0:
        sys.exit(f"make stencil-cflags failed:\n{r.stderr}")
    return r.stdout.split()


def directives(path):
    d = {"expect": [], "flags": {}, "skip": set()}
    with open(path) as f:
        for line in f:
            m = re.match(r"//\s*(expect|flags(?:-(\w+))?|skip):\s*(.*)", line)
            if not m:
                continue
            key, arch, value = m.group(1), m.group(2), m.group(3).strip()
            if key == "expect":
                d["expect"].append(value)
            elif key == "skip":
                d["skip"].add(value.split()[0])
            else:
                d["flags"].setdefault(arch or "all", []).extend(value.split())
    return d


def compile_c(source, obj, arch, extra):
    cmd = ["clang-19", *stencil_flags(arch), *extra, "-c", source, "-o", obj]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)


def stencilgen(tool, out_dir, *objs):
    header = os.path.join(out_dir, "out.h")
    return subprocess.run([tool, "--set", "bad", "--prefix", "BAD_", "-o", header, *objs],
                          capture_output=True, text=True)


def set_first_reloc_type(obj, new_type):
    """Overwrites the type of the first RELA entry of the object's code."""
    with open(obj, "rb") as f:
        data = bytearray(f.read())
    shoff = struct.unpack_from("<Q", data, 40)[0]
    shnum = struct.unpack_from("<H", data, 60)[0]
    for i in range(shnum):
        sh = shoff + 64 * i
        sh_type = struct.unpack_from("<I", data, sh + 4)[0]
        if sh_type == 4:  # SHT_RELA
            off = struct.unpack_from("<Q", data, sh + 24)[0]
            info = struct.unpack_from("<Q", data, off + 8)[0]
            sym = info >> 32
            struct.pack_into("<Q", data, off + 8, (sym << 32) | new_type)
            with open(obj, "wb") as f:
                f.write(data)
            return sym
    raise RuntimeError("no RELA section")


GOOD = """
extern const char _JIT_OPARG[1] __attribute__((weak));
long _JIT_ENTRY(long *p);
long _JIT_ENTRY(long *p) { return p[(unsigned short)(unsigned long)_JIT_OPARG]; }
"""


def main():
    if shutil.which("clang-19") is None:
        print("skipped: clang-19 not found (the JIT is compiled out)")
        return 0
    r = make("build/tools/stencilgen")
    tool = os.path.join(ROOT, "build", "tools", "stencilgen")
    if r.returncode != 0 or not os.path.exists(tool):
        print(f"cannot build stencilgen:\n{r.stderr}")
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(BAD)):
            if not name.endswith(".c"):
                continue
            uop = name[:-2]
            d = directives(os.path.join(BAD, name))
            for arch in ARCHES:
                if arch in d["skip"]:
                    continue
                what = f"{arch}: {uop} is refused"
                obj = os.path.join(tmp, arch, uop + ".o")
                os.makedirs(os.path.dirname(obj), exist_ok=True)
                extra = d["flags"].get("all", []) + d["flags"].get(arch, [])
                c = compile_c(os.path.join("tests", "jit", "bad", name), obj, arch, extra)
                if c.returncode != 0:
                    check(False, what, "clang failed:\n" + c.stderr)
                    continue
                g = stencilgen(tool, tmp, obj)
                err = g.stderr
                ok = g.returncode != 0 and f"uop {uop} " in err and all(e in err for e in d["expect"])
                # A refusal about a relocation names its type and symbol.
                if ok and "relocation" in err:
                    ok = re.search(r"relocation (R_\w+|type \d+) against \S", err) is not None
                check(ok, what, f"exit {g.returncode}, stderr: {err}")

            # The wrong-consumer guard and good objects are covered below.

        for arch in ARCHES:
            src = os.path.join(tmp, "GOOD_LOAD.c")
            with open(src, "w") as f:
                f.write(GOOD)
            obj = os.path.join(tmp, arch, "GOOD_LOAD.o")
            os.makedirs(os.path.dirname(obj), exist_ok=True)
            c = compile_c(src, obj, arch, [])
            if c.returncode != 0:
                check(False, f"{arch}: compile the good object", c.stderr)
                continue
            g = stencilgen(tool, tmp, obj)
            check(g.returncode == 0, f"{arch}: a good object is accepted", g.stderr)

            # Written only when the content changes.
            header = os.path.join(tmp, "out.h")
            before = os.stat(header).st_mtime_ns
            os.utime(header, ns=(before - 10**9, before - 10**9))
            stamp = os.stat(header).st_mtime_ns
            g = stencilgen(tool, tmp, obj)
            check(g.returncode == 0 and os.stat(header).st_mtime_ns == stamp,
                  f"{arch}: an unchanged header is not rewritten")
            with open(header) as f:
                text = f.read()
            check(text.startswith("// Generated by tools/stencilgen") and "#error" in text,
                  f"{arch}: the header says it is generated and guards its consumer")

            # An unknown relocation type.
            bad = os.path.join(tmp, arch, "ODD_RELOC.o")
            shutil.copy(obj, bad)
            set_first_reloc_type(bad, 200)
            g = stencilgen(tool, tmp, bad)
            check(g.returncode != 0 and "uop ODD_RELOC " in g.stderr and
                  "relocation type 200 against _JIT_OPARG" in g.stderr and
                  "does not know" in g.stderr,
                  f"{arch}: an unknown relocation type is refused", g.stderr)

    print(f"{passes} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
