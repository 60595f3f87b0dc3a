# Files and directories through os: make, list, stat, rename, remove, and
# the OSError subclasses (with CPython's messages) when they fail. Works in
# a fresh directory under the cwd and prints only relative names.
import os

base = "os_files_%d" % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()) == base, os.listdir(), os.listdir("."))

os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
os.makedirs("x/y/", exist_ok=True)
with open("a/f.txt", "w") as f:
    f.write("hello\n")
open("top.bin", "wb").write(b"\x00" * 10)      # never closed: stat must see it
print(sorted(os.listdir()), sorted(os.listdir("a")), os.listdir(b"a/b"))
print(os.path.exists("a"), os.path.exists("nope"), os.path.isdir("a"), os.path.isdir("a/f.txt"))
print(os.path.isfile("a/f.txt"), os.path.isfile("a"), os.path.islink("a"), os.path.lexists("a"))
print(os.path.getsize("a/f.txt"), os.path.getsize("top.bin"), os.path.getsize(b"top.bin"))

st = os.stat("a/f.txt")
print(type(st).__name__, type(st).__module__, len(st), st.st_size, st[6], st == tuple(st))
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime), st.st_mode & 0o170000 == 0o100000)
print(os.stat("a").st_mode & 0o170000 == 0o040000, os.lstat("a/f.txt").st_size)
print(os.path.getmtime("a/f.txt") == st.st_mtime, isinstance(os.stat_result, type))
print(os.path.samefile("a/f.txt", "./a/../a/f.txt"), os.path.abspath("a") == os.path.join(os.getcwd(), "a"))
try:
    st.st_size = 3
except AttributeError as e:
    print("AttributeError:", e)

os.utime("a/f.txt", (1000000000, 1200000000.5))
st = os.stat("a/f.txt")
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.utime("a/f.txt", ns=(5, 3 * 10**9 + 7))
print(os.stat("a/f.txt").st_mtime_ns, os.path.getmtime("a/f.txt"))

os.rename("a/f.txt", "a/g.txt")
os.replace("top.bin", "a/top.bin")
print(sorted(os.listdir("a")), os.path.exists("top.bin"))
os.remove("a/g.txt")
os.unlink("a/top.bin")
print(sorted(os.listdir("a")))


def attempt(label, f, *args):
    try:
        f(*args)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, "|", e, "|", e.filename, e.filename2, e.args)
    else:
        print(label, "ok")


attempt("remove missing", os.remove, "missing")
attempt("remove dir", os.remove, "a")
attempt("unlink missing", os.unlink, "missing/x")
attempt("mkdir exists", os.mkdir, "a")
attempt("mkdir no parent", os.mkdir, "q/r")
attempt("makedirs exists", os.makedirs, "a/b")
attempt("rmdir not empty", os.rmdir, "a")
attempt("rmdir missing", os.rmdir, "missing")
attempt("rmdir file", os.rmdir, "x/y/../../a/b/c/../../../.")
attempt("rename missing", os.rename, "missing", "other")
attempt("listdir missing", os.listdir, "missing")
attempt("stat missing", os.stat, "missing")
attempt("chdir missing", os.chdir, "missing")
attempt("getsize missing", os.path.getsize, "missing")
attempt("open missing", open, "missing")
with open("file", "w") as f:
    f.write("x")
attempt("listdir file", os.listdir, "file")
attempt("mkdir under file", os.mkdir, "file/sub")
attempt("rmdir file", os.rmdir, "file")
attempt("remove bytes", os.remove, b"missing")
print(issubclass(FileNotFoundError, OSError), os.error is OSError)

for bad in [lambda: os.remove(3.5), lambda: os.stat([]), lambda: os.listdir(2.0),
            lambda: os.rename(1.5, "x"), lambda: os.mkdir(None), lambda: os.remove("a\0b")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

os.removedirs("a/b/c")
print(sorted(os.listdir()))
os.renames("file", "n1/n2/file")
print(sorted(os.listdir()), os.listdir("n1/n2"))

# Clean up, deepest first.
for root, dirs, files in os.walk(".", topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.chdir(start)
os.rmdir(base)
print(os.path.exists(base))
