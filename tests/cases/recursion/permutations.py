# Recursive backtracking: permutations, subsets, n-queens count for n=6.
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out
print(perms([1, 2, 3]), len(perms(list(range(6)))))
def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(subsets([1, 2, 3]))
def queens(n, row=0, cols=(), d1=(), d2=()):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if c not in cols and row + c not in d1 and row - c not in d2:
            count += queens(n, row + 1, cols + (c,), d1 + (row + c,), d2 + (row - c,))
    return count
print([queens(n) for n in range(1, 8)])
