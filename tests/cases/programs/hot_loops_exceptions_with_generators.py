def f(n):
    out = 0
    for i in range(n):
        try:
            if i % 7 == 3:
                raise ValueError(i)
            if i % 11 == 5:
                out += 10 // (i % 5 - i % 5)
            out += i
        except ValueError as e:
            out -= int(str(e))
        except ZeroDivisionError:
            out += 1000
        finally:
            out += 1
    return out
print(f(500))
def g(n):
    acc = []
    for i in range(n):
        with Ctx(acc, i) as c:
            if i % 13 == 0:
                continue
            if i == 400:
                break
            acc.append(c)
    return len(acc), acc[-3:]
class Ctx:
    def __init__(self, acc, i): self.acc, self.i = acc, i
    def __enter__(self): return self.i * 2
    def __exit__(self, *a):
        if self.i % 50 == 0:
            self.acc.append("x")
        return False
print(g(1000))
def gen(n):
    for i in range(n):
        if i % 3:
            yield i
        else:
            yield from (i, -i)
print(sum(gen(3000)), len(list(gen(300))))
def closures(n):
    fs = [lambda x, k=k: x * k for k in range(n)]
    t = 0
    for i, f in enumerate(fs):
        t += f(i)
    return t
print(closures(400))
def while_complex(n):
    i = j = 0
    res = []
    while i < n:
        i += 1
        if i % 2:
            continue
        while j < i:
            j += 3
            if j > 500:
                break
        else:
            res.append(j)
            continue
        res.append(-j)
        if len(res) > 300:
            break
    return len(res), res[:5], res[-5:]
print(while_complex(2000))
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
def vec_sum(n):
    v = Vec(0, 0)
    for i in range(n):
        v = v + Vec(i, -i)
        if i == n // 2:
            v.x = float(v.x)
    return v.x, v.y
print(vec_sum(1000))
def str_ops(n):
    s = []
    for i in range(n):
        s.append(str(i) if i % 2 else f"{i:03d}")
    return "".join(s)[-20:], len("".join(s))
print(str_ops(1000))
def dict_ops(n):
    d = {}
    for i in range(n):
        k = i % 37
        d[k] = d.get(k, 0) + i
        if k in (3, 5) and d[k] > 1000:
            del d[k]
    return sorted(d.items())[:4], len(d)
print(dict_ops(2000))
def exc_in_nested_calls(n):
    def inner(i):
        if i % 17 == 0:
            raise KeyError(i)
        return i
    total = 0
    for i in range(n):
        try:
            total += inner(i)
        except KeyError as e:
            total -= e.args[0]
    return total
print(exc_in_nested_calls(1000))
def bigint_loop(n):
    x = 1
    for i in range(1, n):
        x = x * i + (x >> 3)
        if x.bit_length() > 200:
            x %= 10**40
    return x
print(bigint_loop(300))
def float_int_mix(n):
    t = 0
    for i in range(n):
        t = t + (i if i % 2 else i / 2)
    return t
print(float_int_mix(1001))
