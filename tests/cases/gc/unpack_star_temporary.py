# gc-stress: 1
# Starred unpacking copies the middle out of a temporary list; the copy must
# not read that list's item array after a collection has freed it (run with
# -X gc-stress=1 to make a collection happen at the copy's allocation).
def words(i):
    return [f"w{i}", f"x{i}", f"y{i}", f"z{i}"]

total = 0
for i in range(300):
    first, *middle, last = words(i)
    *head, tail = (str(i), str(i + 1), float(i))
    a, *rest = (f"{c}{i}" for c in "abc")
    if middle != [f"x{i}", f"y{i}"] or head != [str(i), str(i + 1)] or rest != [f"b{i}", f"c{i}"]:
        print("bad", i, first, middle, last, head, rest)
    total += len(middle) + len(head) + len(rest)
print(total, first, middle, last, head, tail, a, rest)
