# Magic squares: Siamese method for odd orders, LUX-free doubly even construction, verification of sums.
def siamese(n):
    sq = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        sq[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if sq[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return sq
def doubly_even(n):
    sq = [[r * n + c + 1 for c in range(n)] for r in range(n)]
    for r in range(n):
        for c in range(n):
            if (r % 4 == c % 4) or ((r % 4) + (c % 4) == 3):
                sq[r][c] = n * n + 1 - sq[r][c]
    return sq
def is_magic(sq):
    n = len(sq)
    target = n * (n * n + 1) // 2
    sums = [sum(r) for r in sq] + [sum(c) for c in zip(*sq)]
    sums.append(sum(sq[i][i] for i in range(n)))
    sums.append(sum(sq[i][n - 1 - i] for i in range(n)))
    return all(s == target for s in sums) and sorted(x for r in sq for x in r) == list(range(1, n * n + 1)), target
for n in (3, 4, 5, 7, 8):
    sq = siamese(n) if n % 2 else doubly_even(n)
    ok, target = is_magic(sq)
    print(f"order {n}: magic={ok} constant={target}")
    w = len(str(n * n))
    for row in sq:
        print("  " + " ".join(f"{x:>{w}}" for x in row))
bad = siamese(3)
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
print("swapped cells still magic:", is_magic(bad)[0])
