# Loop target forms: tuple targets, attribute and subscript targets, for over dict items.
pts = [(1, 2), (3, 4), (5, 6)]
for x, y in pts:
    print(x + y, end=" ")
print()
d = {}
for d["k"] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for (a, (b, c)) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
