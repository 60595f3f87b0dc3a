# Knight's tour on 8x8 and 6x6 boards with Warnsdorff's heuristic (deterministic tie-break), board printed.
MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
def tour(n, start):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    def onward(r, c):
        return [(r + dr, c + dc) for dr, dc in MOVES if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0]
    for step in range(2, n * n + 1):
        options = onward(r, c)
        if not options:
            return None
        r, c = min(options, key=lambda p: (len(onward(*p)), p))
        board[r][c] = step
    return board
def check(board):
    n = len(board)
    pos = {}
    for r in range(n):
        for c in range(n):
            pos[board[r][c]] = (r, c)
    for k in range(1, n * n):
        (r1, c1), (r2, c2) = pos[k], pos[k + 1]
        if (abs(r1 - r2), abs(c1 - c2)) not in ((1, 2), (2, 1)):
            return False
    return sorted(pos) == list(range(1, n * n + 1))
for n, start in [(8, (0, 0)), (6, (0, 0)), (5, (0, 0)), (8, (3, 4))]:
    b = tour(n, start)
    if b is None:
        print(f"{n}x{n} from {start}: heuristic got stuck")
        continue
    print(f"{n}x{n} from {start}: valid={check(b)}")
    for row in b:
        print(" ".join(f"{x:2}" for x in row))
