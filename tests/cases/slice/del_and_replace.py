# Deleting and replacing through slices on large lists with steps.
l = list(range(30))
del l[::3]
print(l)
del l[::-4]
print(l)
l[1::5] = [0] * len(l[1::5])
print(l)
l[:] = l[::-1]
print(l)
m = list(range(10))
m[2:8] = m[2:8][::-1]
print(m)
