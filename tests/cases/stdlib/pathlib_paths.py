from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os
for s in ["a/b/c.txt", "/usr//local/./lib/", "//host/share", "///x", "", ".", "..", "a/../b", "archive.tar.gz", ".bashrc", "dir/", "x."]:
    p = PurePath(s)
    print(repr(p), str(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, repr(p.parent), p.anchor, p.is_absolute(), list(map(str, p.parents)))
p = Path("docs") / "guide" / "intro.md"
print(p, type(p).__name__, p.with_name("x.rst"), p.with_suffix(".html"), p.with_suffix(""), p.with_stem("outro"), "base" / Path("f"), p.joinpath("a", "/abs", "b"))
print(PurePath("/a/b/c").relative_to("/a"), PurePath("a/b").is_relative_to("a"), PurePath("a") == PurePath("a/"), PurePath("a") < PurePath("b"), sorted([Path("b"), Path("a/c"), Path("a")]))
for bad in [lambda: PurePath("/a/b").relative_to("/c"), lambda: PurePath("").with_name("x"), lambda: PurePath("a").with_suffix("txt"), lambda: Path("a") / 3]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b.py").match("/*.py"), PurePath("a/b/c.py").match("b/*.py"), hash(PurePath("x")) == hash(PurePath("x")), os.fspath(Path("q/r")))
base = Path("pltest")
(base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
print((base / "f.txt").write_text("hello\nworld\n"), (base / "f.txt").read_text().splitlines(), (base / "b.bin").write_bytes(b"\x00\x01"), (base / "b.bin").read_bytes())
(base / "sub" / "g.py").touch()
print(sorted(x.name for x in base.iterdir()), sorted(str(x) for x in base.glob("*.txt")), sorted(str(x) for x in base.rglob("*.py")), sorted(str(x.relative_to(base)) for x in base.glob("**/*")))
print(base.exists(), (base / "f.txt").is_file(), (base / "sub").is_dir(), (base / "nope").exists(), (base / "f.txt").stat().st_size)
(base / "f.txt").rename(base / "h.txt"); print(sorted(x.name for x in base.iterdir()))
(base / "h.txt").unlink(); (base / "h.txt").unlink(missing_ok=True)
try:
    (base / "h.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    base.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
print(Path.cwd() == Path(os.getcwd()), base.resolve().is_absolute(), Path("~").expanduser() == Path.home())
with (base / "w.txt").open("w") as f: f.write("x")
print((base / "w.txt").read_text())
