# N-queens: count all solutions for n = 1..8 and print the first solution board for n = 6 and 8.
def solve(n):
    solutions = []
    cols = [0] * n
    used_col = [False] * n
    used_d1 = [False] * (2 * n)
    used_d2 = [False] * (2 * n)

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if used_col[c] or used_d1[row + c] or used_d2[row - c + n]:
                continue
            used_col[c] = used_d1[row + c] = used_d2[row - c + n] = True
            cols[row] = c
            place(row + 1)
            used_col[c] = used_d1[row + c] = used_d2[row - c + n] = False

    place(0)
    return solutions

def board(sol):
    n = len(sol)
    lines = []
    for r in range(n):
        lines.append(" ".join("Q" if sol[r] == c else "." for c in range(n)))
    return "\n".join(lines)

for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")

for n in (6, 8):
    sols = solve(n)
    print(f"first solution for n={n}: {sols[0]}")
    print(board(sols[0]))
    print(f"last solution for n={n}: {sols[-1]}")

def is_symmetric(sol):
    n = len(sol)
    return sol == [n - 1 - c for c in reversed(sol)]

print("symmetric 8-queens solutions:", sum(1 for s in solve(8) if is_symmetric(s)))
