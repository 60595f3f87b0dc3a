# popitem() leaves a dummy in the index; insertions after many popitems
# must still find an empty slot (this used to loop forever).
d = {}
d[32] = 0
d.popitem()
d[26] = 2
d.update({'k5': 0, "u": 1})
d[28] = 4
d.popitem()
d[6] = 6
d['k27'] = 7
d.pop(0, None)
d.popitem()
d.setdefault(18, -1)
d['k29'] = 11
print(d)
e = {i: i for i in range(5)}
for i in range(50):
    k, v = e.popitem()
    e[k + 100] = v
    if i % 7 == 0:
        e.pop(next(iter(e)))
        e[-i] = i
print(e, len(e))
