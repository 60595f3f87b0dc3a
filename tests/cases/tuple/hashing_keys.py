# Tuples as dict keys and set elements; hash equal for equal tuples; unhashable contents.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * y
print(grid[(2, 2)], grid[1, 2], len(grid))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) == hash((2, 1)))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash(((1, 2), 3)))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, {}): 0}
except TypeError as e:
    print("TypeError:", e)
