# Breadth-first search through a text maze; prints the shortest path drawn on the maze and its length.
MAZE = """
###################
#S    #     #     #
# ### # ### # ### #
# #   #   #   # # #
# # ### # ##### # #
# #     #     #   #
# ##### # ### ### #
#     # #   #     #
##### # ### ##### #
#     #   #     #E#
###################
"""
grid = [list(row) for row in MAZE.strip("\n").split("\n")]
H, W = len(grid), len(grid[0])
start = end = None
for r in range(H):
    for c in range(W):
        if grid[r][c] == "S":
            start = (r, c)
        elif grid[r][c] == "E":
            end = (r, c)
print("size", W, "x", H, "start", start, "end", end)

def bfs(grid, start, end):
    prev = {start: None}
    frontier = [start]
    steps = 0
    while frontier:
        nxt = []
        for r, c in frontier:
            if (r, c) == end:
                path = []
                node = end
                while node:
                    path.append(node)
                    node = prev[node]
                return path[::-1], len(prev)
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#" and (nr, nc) not in prev:
                    prev[(nr, nc)] = (r, c)
                    nxt.append((nr, nc))
        frontier = nxt
        steps += 1
    return None, len(prev)

path, explored = bfs(grid, start, end)
print("path length:", len(path) - 1, "cells explored:", explored)
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
grid[9][16] = "#"
grid[8][17] = "#"
print(bfs(grid, start, end)[0])

def count_reachable(grid, start):
    seen = {start}
    stack = [start]
    while stack:
        r, c = stack.pop()
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            n = (r + dr, c + dc)
            if grid[n[0]][n[1]] != "#" and n not in seen:
                seen.add(n)
                stack.append(n)
    return len(seen)
print("reachable after blocking:", count_reachable(grid, start))
