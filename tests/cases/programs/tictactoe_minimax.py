# Tic-tac-toe: full minimax with memoisation, perfect self-play, and evaluation of some positions.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for x, y, z in LINES:
        if b[x] != "." and b[x] == b[y] == b[z]:
            return b[x]
    return None
memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in b:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if b[i] == ".":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result
def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))
board = "." * 9
player = "X"
moves = []
while not winner(board) and "." in board:
    _, m = minimax(board, player)
    moves.append(m)
    board = board[:m] + player + board[m + 1:]
    player = "O" if player == "X" else "X"
print("perfect play moves:", moves)
print(show(board))
print("result:", winner(board) or "draw")
print("positions evaluated:", len(memo))
for pos, turn in [("XX.OO....", "X"), ("XX.OO....", "O"), ("X...O...X", "O"), ("XOXOXO...", "X"), ("O...X....", "X")]:
    score, move = minimax(pos, turn)
    print(pos, turn, "score", score, "best move", move)
wins = {1: 0, 0: 0, -1: 0}
for (b, p), (s, _) in memo.items():
    wins[s] += 1
print(sorted(wins.items()))
