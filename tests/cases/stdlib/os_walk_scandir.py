# os.walk (both orders, pruning, onerror, links), os.scandir and DirEntry,
# symbolic links and realpath; the import forms of os.path.
import os
import os.path
from os.path import join as pjoin
from os import path as p2
import sys
print(os.path is p2, pjoin is os.path.join, sys.modules["os.path"] is os.path)

base = "os_walk_%d" % os.getpid()
for d in ["top/a/a1", "top/a/a2", "top/b", "top/c/c1/c2"]:
    os.makedirs(os.path.join(base, d))
for f in ["top/r.txt", "top/a/x.py", "top/a/a1/y.py", "top/c/c1/c2/deep.txt", "top/b/z"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)
os.symlink("a", os.path.join(base, "top/link_to_a"))
os.symlink("nowhere", os.path.join(base, "top/broken"))
top = os.path.join(base, "top")


def show(walker):
    for root, dirs, files in walker:
        dirs.sort()
        print(" ", os.path.relpath(root, base), dirs, sorted(files))


print("top-down")
show(os.walk(top))
print("bottom-up")
rows = [(os.path.relpath(r, base), sorted(d), sorted(f)) for r, d, f in os.walk(top, topdown=False)]
# Children come before their parent.
for i, (r, d, f) in enumerate(rows):
    for sub in d:
        child = os.path.join(r, sub)
        if child in [x[0] for x in rows]:
            assert [x[0] for x in rows].index(child) < i, child
print(" ", sorted(rows))
print("followlinks")
show(os.walk(top, followlinks=True))
print("pruned")
for root, dirs, files in os.walk(top):
    dirs[:] = sorted(d for d in dirs if d != "c")
    print(" ", os.path.relpath(root, base), dirs)
errors = []
print(list(os.walk(os.path.join(base, "missing"), onerror=errors.append)), [type(e).__name__ for e in errors])
print(list(os.walk(os.path.join(base, "missing"))))

with os.scandir(top) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(" ", repr(e), e.name, os.path.relpath(e.path, base), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), os.fspath(e) == e.path)
e = entries[[x.name for x in entries].index("r.txt")]
print(e.stat().st_size, e.inode() == os.stat(e.path).st_ino, isinstance(e, os.PathLike))
print(sorted(x.name for x in os.scandir(os.path.join(base, "top/a"))))
try:
    os.scandir(os.path.join(base, "missing"))
except FileNotFoundError as exc:
    print("FileNotFoundError", os.path.relpath(exc.filename, base))

print(os.path.islink(os.path.join(top, "link_to_a")), os.path.isdir(os.path.join(top, "link_to_a")))
print(os.path.exists(os.path.join(top, "broken")), os.path.lexists(os.path.join(top, "broken")))
print(os.readlink(os.path.join(top, "link_to_a")), os.readlink(os.path.join(top, "broken").encode()))
real = os.path.realpath(os.path.join(top, "link_to_a", "x.py"))
print(os.path.relpath(real, base), real == os.path.abspath(os.path.join(top, "a", "x.py")))
print(os.path.relpath(os.path.realpath(os.path.join(top, "broken")), base))
print(os.path.relpath(os.path.realpath(os.path.join(top, "a", "..", "b")), base))
print(os.lstat(os.path.join(top, "link_to_a")).st_mode & 0o170000 == 0o120000)
try:
    os.symlink("a", os.path.join(top, "broken"))
except FileExistsError as exc:
    print("FileExistsError", exc.strerror)

for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        full = os.path.join(root, name)
        if os.path.islink(full):
            os.remove(full)
        else:
            os.rmdir(full)
os.rmdir(base)
print(os.path.exists(base))
