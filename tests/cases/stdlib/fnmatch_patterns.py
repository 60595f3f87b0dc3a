import fnmatch
names = ["a.py", "b.txt", "ab.py", "README", ".hidden", "x[1].py", "data_2024.csv", "Z.PY", "a-b", "a\nb"]
for pat in ["*.py", "?.py", "[ab]*", "[!a]*", "*", "data_20[0-9][0-9].csv", "x[[]1].py", "*.PY", "a[-]b", "[a-c]*", "**.py", "[!]x", "a?b", "[z-a]*"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.translate(pat))
print(fnmatch.fnmatch("FOO.TXT", "*.txt"), fnmatch.fnmatchcase("FOO.TXT", "*.txt"), fnmatch.fnmatch("a/b", "a*"))
