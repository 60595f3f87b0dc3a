# Aliasing and copying: shared references, shallow copy, += vs + on lists.
a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
c = a
c = c + [4]
print(a, c, a is c)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shallow = grid[:]
shallow[0][0] = 7
shallow[2] = "x"
print(grid, shallow)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
orig = [0]
print(mutate(orig), orig)
t = ([1],)
t[0].append(2)
print(t)
