import tempfile, shutil, os
print(tempfile.gettempdir(), tempfile.gettempprefix())
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tmp"), len(os.path.basename(d)))
    p = os.path.join(d, "a.txt")
    with open(p, "w") as f: f.write("data\n")
    os.makedirs(os.path.join(d, "tree", "sub"))
    with open(os.path.join(d, "tree", "sub", "x.py"), "w") as f: f.write("x = 1\n")
    print(shutil.copy(p, os.path.join(d, "b.txt")).endswith("b.txt"), open(os.path.join(d, "b.txt")).read())
    shutil.copytree(os.path.join(d, "tree"), os.path.join(d, "tree2"))
    print(sorted(os.listdir(os.path.join(d, "tree2", "sub"))))
    shutil.move(os.path.join(d, "b.txt"), os.path.join(d, "tree2"))
    print(sorted(os.listdir(os.path.join(d, "tree2"))))
    shutil.rmtree(os.path.join(d, "tree"))
    print(sorted(os.listdir(d)))
    try:
        shutil.copyfile(p, p)
    except shutil.SameFileError as e:
        print("SameFileError")
print(os.path.exists(d))
with tempfile.NamedTemporaryFile("w+", suffix=".log", delete=True) as tf:
    tf.write("hello"); tf.flush(); tf.seek(0)
    print(tf.name.endswith(".log"), tf.read(), os.path.exists(tf.name))
print(os.path.exists(tf.name))
fd, path = tempfile.mkstemp(prefix="pre_", suffix=".dat")
os.write(fd, b"abc"); os.close(fd)
print(os.path.basename(path).startswith("pre_"), open(path, "rb").read()); os.remove(path)
dd = tempfile.mkdtemp(); print(os.path.isdir(dd)); os.rmdir(dd)
with tempfile.TemporaryFile() as t:
    t.write(b"xyz"); t.seek(0); print(t.read())
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command"), shutil.get_terminal_size((100, 30)).columns > 0)
