seed = 3
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
pool = []
d = {}
s = set()
for step in range(30000):
    op = rnd(20)
    if op == 0:
        pool.append([rnd(100) for _ in range(rnd(50))])
    elif op == 1:
        pool.append("".join(chr(97 + rnd(26)) for _ in range(rnd(30))) * rnd(5))
    elif op == 2 and pool:
        x = pool[rnd(len(pool))]
        if isinstance(x, list) and all(isinstance(v, int) for v in x):
            x.sort(key=lambda v: (v % 7, -v))
    elif op == 3:
        d[rnd(500)] = (step, str(step), [step] * rnd(4))
    elif op == 4 and d:
        d.pop(rnd(500), None)
    elif op == 5:
        s.add((rnd(100), "k%d" % rnd(50)))
    elif op == 6 and s:
        s.discard((rnd(100), "k%d" % rnd(50)))
    elif op == 7 and len(pool) > 200:
        del pool[:100]
    elif op == 8:
        t = tuple(range(rnd(20)))
        pool.append({t: t, "x": frozenset(t)})
    elif op == 9:
        pool.append(bytearray(rnd(1000)))
    elif op == 10 and pool:
        x = pool[-1]
        if isinstance(x, bytearray):
            x.extend(b"abc" * rnd(100))
            x[0:10] = b""
    elif op == 11:
        pool.append(f"{step:08d}|{step / 7:.3f}|{'é' * rnd(5)}".split("|"))
    elif op == 12:
        pool.append(sorted(d.items())[:10])
    elif op == 13:
        pool.append(list(map(str, range(rnd(100)))))
    elif op == 14:
        pool.append(2 ** rnd(3000) - rnd(1000))
    elif op == 15:
        pool.append({k: v for k, v in zip(range(rnd(50)), "abcdefghij" * 5)})
    elif op == 16 and d:
        for k in list(d)[:5]:
            d[k] = str(d[k])[:10]
    elif op == 17:
        pool.append(memoryview(bytes(range(rnd(200) + 1)))[1:])
    elif op == 18:
        pool.append(complex(rnd(100), rnd(100)) ** 2)
    else:
        # (A memoryview's str holds its address, whose length varies.)
        pool.append(str(sum(len(str(p)) for p in pool[-5:] if not isinstance(p, memoryview))))
print(len(pool), len(d), len(s), sum(1 for p in pool if isinstance(p, list)))
print(sorted(d)[:10], sorted(s)[:5])
print(str(pool[-1])[:50], type(pool[len(pool) // 2]).__name__)
