# List algorithms: spiral order, in-place rotation, Pascal's triangle, binary search, partition, dedupe, rotation by k.
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
def rotate_in_place(m):
    n = len(m)
    for i in range(n):
        for j in range(i + 1, n):
            m[i][j], m[j][i] = m[j][i], m[i][j]
    for row in m:
        row.reverse()
    return m
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def partition(a, pred):
    i = 0
    for j in range(len(a)):
        if pred(a[j]):
            a[i], a[j] = a[j], a[i]
            i += 1
    return i
def rotate_k(a, k):
    k %= len(a)
    a[:] = a[-k:] + a[:-k]
    return a
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print(spiral([row[:] for row in grid]))
print(rotate_in_place([row[:] for row in grid]))
for row in pascal(8):
    print(" ".join(f"{x:>3}" for x in row).center(36))
data = sorted((i * 37) % 101 for i in range(50))
print([bsearch(data, x) for x in (-1, 0, 37, 50, 100, 101)])
nums = [5, -2, 9, -7, 0, 3, -1, 8]
k = partition(nums, lambda v: v < 0)
print(k, nums[:k], nums[k:])
print(rotate_k(list(range(7)), 3), rotate_k(list(range(7)), -2), rotate_k([1], 100))
print(list(dict.fromkeys([3, 1, 3, 2, 1, 4])))
