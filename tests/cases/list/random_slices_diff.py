seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def ri():
    return rnd(30) - 15 if rnd(4) else None
out = []
for trial in range(300):
    a = [rnd(100) for _ in range(rnd(15))]
    b = list(a)
    op = rnd(14)
    i, j, k = ri(), ri(), ri()
    if k == 0:
        k = None
    try:
        if op == 0:
            r = a[i:j:k]
        elif op == 1:
            a[i:j] = [rnd(9) for _ in range(rnd(5))]
            r = a
        elif op == 2:
            n = len(range(*slice(i, j, k).indices(len(a))))
            a[i:j:k] = [0] * (n if rnd(5) else n + 1)
            r = a
        elif op == 3:
            del a[i:j:k]
            r = a
        elif op == 4:
            a.insert(i or 0, "x")
            r = a
        elif op == 5:
            r = a.pop(i or 0)
        elif op == 6:
            a.sort(key=lambda x: (x % 7, -x), reverse=bool(rnd(2)))
            r = a
        elif op == 7:
            r = a.index(a[i or 0], j or 0, k or 100) if a else a.index(1)
        elif op == 8:
            a *= (i or 0) % 3
            r = a
        elif op == 9:
            a[i or 0] = "y"
            r = a
        elif op == 10:
            del a[i or 0]
            r = a
        elif op == 11:
            a.extend(a[::-1])
            a.remove(a[j or 0])
            r = a
        elif op == 12:
            r = (slice(i, j, k).indices(len(a)), a[slice(i, j, k)], tuple(a)[i:j:k], "".join(map(chr, [65 + x % 26 for x in a]))[i:j:k])
        else:
            a.reverse()
            r = (a, a.count(a[0]) if a else 0, min(a, default=-1), max(a, default=-1), sorted(a)[i:j], a < b, a == b[::-1])
        out.append(f"{trial} {op} {i} {j} {k} {b} -> {r}")
    except (IndexError, ValueError, TypeError) as e:
        out.append(f"{trial} {op} {i} {j} {k} {b} !! {type(e).__name__}: {e}")
print("\n".join(out))
