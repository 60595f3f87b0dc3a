# gc-stress: 1
# str.join and bytes.join of a generator first collect the pieces into a
# temporary list; the result is allocated before the pieces are copied, and
# that allocation may collect, so the copy must not use a pointer into the
# (by then otherwise dead) list's item array. -X gc-stress=1 makes sure.
out = []
for i in range(200):
    s = "-".join(f"{c}{i}" for c in "abcd")
    b = b"/".join(bytes([65 + (i + k) % 26]) * 2 for k in range(3))
    t = "".join(str(k * i) for k in range(4))
    if s != f"a{i}-b{i}-c{i}-d{i}" or len(b) != 8 or t != f"0{i}{2 * i}{3 * i}":
        print("bad", i, s, b, t)
    out.append(len(s) + len(b) + len(t))
print(sum(out), s, b, t)
