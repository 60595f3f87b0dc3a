# open() and the os functions take an os.PathLike (a DirEntry, or any
# class with __fspath__); an uncaught os error ends the program with
# CPython's last line.
import os


class P:
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        return self.name


name = "os_pathlike_%d.txt" % os.getpid()
with open(P(name), "w") as f:
    f.write("via PathLike\n")
    print(f.name == name)
print(os.path.getsize(P(name)), os.path.exists(P(name)), os.stat(P(name)).st_size)
for entry in os.scandir("."):
    if entry.name == name:
        with open(entry) as f:
            print(repr(f.read()))
        print(os.path.basename(entry) == name, os.path.splitext(entry)[1])


class Bad:
    def __fspath__(self):
        return 3


for f in (open, os.stat, os.remove, os.path.basename):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
try:
    open(P("missing_%d" % 0))
except FileNotFoundError as e:
    print(e, e.filename)
os.remove(P(name))
print(os.path.exists(name))
os.rmdir("missing_dir")
