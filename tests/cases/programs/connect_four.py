# Connect Four: board as list of lists, win detection in four directions, a scripted game and a greedy AI game.
ROWS, COLS = 6, 7
def new_board():
    return [["." for _ in range(COLS)] for _ in range(ROWS)]
def drop(b, col, piece):
    for r in range(ROWS - 1, -1, -1):
        if b[r][col] == ".":
            b[r][col] = piece
            return r
    raise ValueError(f"column {col} is full")
def wins(b, piece):
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                if all(0 <= r + k * dr < ROWS and 0 <= c + k * dc < COLS and b[r + k * dr][c + k * dc] == piece for k in range(4)):
                    return True
    return False
def show(b):
    return "\n".join(" ".join(row) for row in b) + "\n" + " ".join(str(c) for c in range(COLS))
b = new_board()
moves = [3, 3, 4, 4, 5, 2, 2, 5, 6]
for i, col in enumerate(moves):
    piece = "XO"[i % 2]
    drop(b, col, piece)
    if wins(b, piece):
        print(f"{piece} wins after {i + 1} moves")
        break
print(show(b))
full = new_board()
for _ in range(ROWS):
    drop(full, 0, "X")
try:
    drop(full, 0, "O")
except ValueError as e:
    print("ValueError:", e)
def score_move(b, col, piece):
    if b[0][col] != ".":
        return -1000
    r = drop(b, col, piece)
    s = 100 if wins(b, piece) else 0
    other = "O" if piece == "X" else "X"
    b[r][col] = other
    s += 50 if wins(b, other) else 0
    b[r][col] = "."
    return s + (3 - abs(3 - col))
b = new_board()
turn = 0
while True:
    piece = "XO"[turn % 2]
    col = max(range(COLS), key=lambda c: (score_move(b, c, piece), -c))
    if b[0][col] != ".":
        print("draw")
        break
    drop(b, col, piece)
    turn += 1
    if wins(b, piece):
        print(f"greedy game: {piece} wins on turn {turn}")
        break
print(show(b))
