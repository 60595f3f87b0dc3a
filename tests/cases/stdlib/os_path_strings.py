# os.path's pure string functions (no file system access).
import os
import os.path
import posixpath
from os.path import join, split, splitext, basename, dirname, normpath

print(os.path is posixpath, os.path.sep, os.sep, os.altsep, os.curdir, os.pardir)
print(os.pathsep, os.extsep, os.devnull, repr(os.linesep), os.name)

print(join("a", "b", "c"), join("a/", "b"), join("a", "/b", "c"), join("", "x"), join("a", ""))
print(join(b"a", b"b"), join("/"), join("a", "b/", "c/"))
for p in ["a/b/c", "/a", "/", "", "a", "a/", "//a//b//", "///", "a/b/"]:
    print(repr(p), split(p), basename(p), repr(dirname(p)))
for p in ["a.txt", "a.b.c", ".bashrc", "x/.bashrc", "a/b.c/d", "..", "...x", "a.", "..a.b", b"f.tar.gz"]:
    print(repr(p), splitext(p))
for p in ["", ".", "a/./b", "a//b", "a/../b", "../a", "/..", "/../a", "//a", "///a",
          "a/b/../../..", "./", "a/b/c/../../d", "/a/./b/../c/", b"a/../../b"]:
    print(repr(p), repr(normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""), os.path.isabs(b"/y"))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d", "a/b/../x"]))
print(os.path.commonpath(["/a"]), os.path.commonpath(["a", "b"]))
for bad in [[], ["/a", "b"]]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError:", e)
print(os.path.relpath("a/b/c", "a"), os.path.relpath("a", "a/b/c"), os.path.relpath("x", "x"))
print(os.path.relpath("/usr/lib", "/usr/local/bin"), os.path.relpath("/", "/a"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError:", e)
try:
    join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
try:
    join("a", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    basename(3)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __fspath__(self):
        return "some/dir/file.py"


print(basename(P()), dirname(P()), splitext(P()), join(P(), "x"), os.fspath(P()))
print(isinstance(P(), os.PathLike), isinstance("x", os.PathLike), issubclass(P, os.PathLike))
print(os.fspath("s"), os.fspath(b"b"), os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))
try:
    os.fspath(1)
except TypeError as e:
    print("TypeError:", e)

os.environ["MOSAIC_OS_TEST"] = "val"
print(os.path.expandvars("$MOSAIC_OS_TEST/${MOSAIC_OS_TEST}x/$MOSAIC_OS_TEST_MISSING/${}/$/a$"))
print(os.path.expandvars(b"$MOSAIC_OS_TEST/x"), os.path.expandvars("plain"))
os.environ["HOME"] = "/home/someone"
print(os.path.expanduser("~"), os.path.expanduser("~/a/b"), os.path.expanduser("a/~"), os.path.expanduser(b"~/x"))
os.environ["HOME"] = "/home/slash/"
print(os.path.expanduser("~/q"), os.path.expanduser("~no_such_user_here/x"))
