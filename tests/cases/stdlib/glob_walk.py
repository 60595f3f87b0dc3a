import glob, os
base = "globtest"
os.makedirs(base + "/sub/deep", exist_ok=True)
os.makedirs(base + "/.hid", exist_ok=True)
for p in ["a.py", "b.txt", "c.py", ".secret.py", "sub/d.py", "sub/e.txt", "sub/deep/f.py", ".hid/g.py"]:
    with open(os.path.join(base, p), "w") as f: f.write(p)
for pat in ["*.py", "*", "sub/*.py", "*/*.py", "**/*.py", "?.txt", "[ab].*", "sub", "nope/*", "sub/deep/f.py", "s*/d*/*"]:
    print(pat, sorted(glob.glob(os.path.join(base, pat))), sorted(glob.glob(os.path.join(base, pat), recursive=True)))
print(sorted(glob.glob("**", root_dir=base, recursive=True)), sorted(glob.glob("*.py", root_dir=base, include_hidden=True)))
print(glob.escape("a[b]*?.py"), glob.has_magic("x*"), glob.has_magic("plain"), sorted(glob.iglob(base + "/*.txt")))
