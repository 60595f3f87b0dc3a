# Deeply nested blocks mixing if/for/while/try, all paths exercised.
out = []
for i in range(4):
    if i % 2 == 0:
        j = 0
        while j < 3:
            try:
                if j == 1:
                    raise ValueError(j)
                for k in range(2):
                    if k:
                        out.append((i, j, k))
            except ValueError:
                out.append("err%d" % i)
            finally:
                j += 1
    else:
        with open("f%d.txt" % i, "w") as f:
            f.write("x")
        out.append("file%d" % i)
print(out)
