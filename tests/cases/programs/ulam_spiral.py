# Ulam spiral of primes printed as text, plus counts of primes on the diagonals (ratio threshold 30%).
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
N = 21
grid = [[0] * N for _ in range(N)]
r = c = N // 2
k = 1
grid[r][c] = k
step = 1
dirs = [(0, 1), (-1, 0), (0, -1), (1, 0)]
d = 0
while k < N * N:
    for _ in range(2):
        dr, dc = dirs[d % 4]
        for _ in range(step):
            if k >= N * N:
                break
            r, c = r + dr, c + dc
            k += 1
            grid[r][c] = k
        d += 1
    step += 1
for row in grid:
    print("".join("#" if is_prime(x) else "." for x in row))
print("corners:", grid[0][0], grid[0][N - 1], grid[N - 1][0], grid[N - 1][N - 1])
primes_on_diag = 0
total = 1
side = 1
while True:
    side += 2
    corners = [side * side - i * (side - 1) for i in range(4)]
    primes_on_diag += sum(1 for x in corners if is_prime(x))
    total += 4
    if primes_on_diag * 10 < total * 3:
        break
print("side length where diagonal prime ratio drops below 30%:", side, primes_on_diag, total)
