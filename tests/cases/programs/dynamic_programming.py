# Dynamic programming classics: knapsack, LCS with reconstruction, coin change, LIS, grid paths.
def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return best[-1][cap], sorted(chosen)

items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10), (3, 7), (7, 9), (5, 5), (9, 14)]
for cap in (5, 15, 25):
    print("knapsack", cap, knapsack(items, cap))

def lcs(a, b):
    m, n = len(a), len(b)
    t = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            t[i + 1][j + 1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j + 1], t[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

for a, b in [("ABCBDAB", "BDCABA"), ("dynamic", "programming"), ("AGGTAB", "GXTXAYB")]:
    s = lcs(a, b)
    print("lcs", a, b, "->", s, len(s))

def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount]

def min_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
    return best[amount] if best[amount] != INF else -1

print("ways to make 100 cents:", coin_ways([1, 5, 10, 25, 50], 100))
print("ways to make 1000:", coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 1000))
print("min coins:", [min_coins([1, 3, 4], x) for x in range(13)], min_coins([5, 7], 3))

def lis(seq):
    tails = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)

seq = [(i * 37 + 11) % 101 for i in range(300)]
print("LIS length:", lis(seq), lis([3, 10, 2, 1, 20]), lis([]))

def grid_paths(rows, cols, blocked):
    t = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if (r, c) in blocked:
                continue
            if r == 0 and c == 0:
                t[r][c] = 1
            else:
                t[r][c] = (t[r - 1][c] if r else 0) + (t[r][c - 1] if c else 0)
    return t[-1][-1]
print("grid paths:", grid_paths(3, 3, set()), grid_paths(10, 10, {(1, 1), (4, 5)}), grid_paths(18, 18, set()))
