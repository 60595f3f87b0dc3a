# Iterative Towers of Hanoi with explicit peg stacks, state printing for small n, and move statistics for larger n.
def hanoi(n, verbose=False):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    order = ["A", "C", "B"] if n % 2 else ["A", "B", "C"]
    moves = []
    def legal(x, y):
        if not pegs[x]:
            return y, x
        if not pegs[y]:
            return x, y
        return (x, y) if pegs[x][-1] < pegs[y][-1] else (y, x)
    for k in range(2 ** n - 1):
        if k % 3 == 0:
            src, dst = legal(order[0], order[1])
        elif k % 3 == 1:
            src, dst = legal(order[0], order[2])
        else:
            src, dst = legal(order[1], order[2])
        disk = pegs[src].pop()
        assert not pegs[dst] or pegs[dst][-1] > disk
        pegs[dst].append(disk)
        moves.append((disk, src, dst))
        if verbose:
            print(f"move {k + 1:>2}: disk {disk} {src}->{dst}   A={pegs['A']} B={pegs['B']} C={pegs['C']}")
    return pegs, moves
pegs, moves = hanoi(3, verbose=True)
pegs, moves = hanoi(4, verbose=True)
for n in range(1, 16):
    pegs, moves = hanoi(n)
    counts = {}
    for d, _, _ in moves:
        counts[d] = counts.get(d, 0) + 1
    assert pegs["C"] == list(range(n, 0, -1))
    if n in (5, 10, 15):
        print(n, len(moves), [counts[d] for d in sorted(counts)][:6], moves[-1])
