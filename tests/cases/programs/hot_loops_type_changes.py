def f1():
    x = 1
    out = []
    for i in range(200):
        x = x * 3 + i
        if i % 50 == 0:
            out.append(x)
    return out, x.bit_length()
print(f1())
def f2(vals):
    s = 0
    for v in vals:
        s += v
    return s
print(f2([1, 2, 3] * 50), f2([1.5] * 100), f2([1, 2.5] * 50), f2([2**62, 2**62] * 10), f2([True] * 10))
def f3(lst):
    total = 0
    for i in range(-len(lst), len(lst)):
        total += lst[i]
    try:
        for i in range(len(lst) + 5):
            total += lst[i]
    except IndexError as e:
        print("IndexError:", e, total)
    return total
print(f3(list(range(100))))
def f4():
    d = {}
    for i in range(300):
        k = i % 17
        d[k] = d.get(k, 0) + i
        if i == 250:
            d["str"] = 1
    return d
print(f4())
def f5(words):
    r = ""
    for w in words:
        if w < "m":
            r += w[0]
        else:
            r += w[-1].upper()
    return r
print(f5(["apple", "zebra", "mango", "kiwi", "banana"] * 30))
def f6():
    xs = [0.5 * i for i in range(100)]
    acc = 0
    for i, x in enumerate(xs):
        if x > 10:
            acc += x // 3
        elif x == 5:
            acc -= 1
        else:
            acc += i % 7
    return acc
print(f6())
def f7():
    s = set()
    hits = 0
    for i in range(500):
        if i % 7 in s:
            hits += 1
        s.add(i % 11)
    return hits, sorted(s)
print(f7())
def f8():
    lst = list(range(50))
    out = []
    for x in lst:
        if x % 10 == 0:
            lst.append(x + 1000)
        out.append(x)
        if len(out) > 60:
            break
    return out[-5:], len(lst)
print(f8())
def f9():
    m = [[0] * 10 for _ in range(10)]
    for i in range(10):
        for j in range(10):
            m[i][j] = (i * j) % 7 - 3
    return sum(sum(r) for r in m), max(max(r) for r in m), m[3]
print(f9())
def f10():
    t = 0
    for i in range(1000):
        t += i * i % 13 - 6
        if t > 2**40:
            t = -t
    a = 2**46
    for i in range(100):
        a += 2**45
    b = -2**47
    for i in range(10):
        b -= 1
    return t, a, b, type(a).__name__
print(f10())
def f11():
    parts = []
    for i in range(120):
        parts.append(str(i) if i % 3 else f"<{i:03}>")
    return "".join(parts)[:60], len(parts)
print(f11())
def f12(n):
    fl = 0.0
    for i in range(n):
        fl += 0.1
        if i == n // 2:
            fl = int(fl)
    return fl
print(f12(200), f12(3))
