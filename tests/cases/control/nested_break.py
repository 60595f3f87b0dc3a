# Breaking out of nested loops with flags, functions and exceptions.
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 42:
            found = (r, c)
            break
    if found:
        break
print(found)
def search(g, target):
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(search(grid, 8), search(grid, 100))
class Found(Exception):
    pass
try:
    for row in grid:
        for v in row:
            if v > 5:
                raise Found(v)
except Found as f:
    print("found via exception", f.args[0])
count = 0
for i in range(10):
    for j in range(10):
        for k in range(10):
            if i + j + k == 15:
                count += 1
            if k > i:
                break
print(count)
