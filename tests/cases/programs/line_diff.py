# A line-based diff using an LCS table, printed in unified style with hunks and context lines.
OLD = """def area(r):
    pi = 3.14
    return pi * r * r

def perimeter(r):
    return 2 * 3.14 * r

print(area(2))
print(perimeter(2))
# end""".split("\n")
NEW = """import math

def area(r):
    return math.pi * r * r

def perimeter(r):
    return 2 * math.pi * r

print(area(2))
print(round(perimeter(2), 3))
# end""".split("\n")
def diff_ops(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    ops, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            ops.append((" ", a[i], i, j)); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("-", a[i], i, j)); i += 1
        else:
            ops.append(("+", b[j], i, j)); j += 1
    ops += [("-", a[k], k, m) for k in range(i, n)]
    ops += [("+", b[k], n, k) for k in range(j, m)]
    return ops
def unified(a, b, context=1):
    ops = diff_ops(a, b)
    changed = [k for k, op in enumerate(ops) if op[0] != " "]
    if not changed:
        return []
    hunks, start, end = [], changed[0], changed[0]
    for k in changed[1:]:
        if k - end > 2 * context:
            hunks.append((start, end))
            start = k
        end = k
    hunks.append((start, end))
    out = ["--- old", "+++ new"]
    for s, e in hunks:
        lo, hi = max(0, s - context), min(len(ops), e + context + 1)
        chunk = ops[lo:hi]
        a_start = chunk[0][2] + 1
        b_start = chunk[0][3] + 1
        a_len = sum(1 for op in chunk if op[0] != "+")
        b_len = sum(1 for op in chunk if op[0] != "-")
        out.append(f"@@ -{a_start},{a_len} +{b_start},{b_len} @@")
        out += [op[0] + op[1] for op in chunk]
    return out
print("\n".join(unified(OLD, NEW)))
ops = diff_ops(OLD, NEW)
print("kept", sum(o[0] == " " for o in ops), "removed", sum(o[0] == "-" for o in ops), "added", sum(o[0] == "+" for o in ops))
print(unified(["a", "b"], ["a", "b"]), unified([], ["x"]), unified(["x"], []))
