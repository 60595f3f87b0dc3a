# Cyclic garbage: self-referencing lists, mutually referencing objects, cycles through dicts.
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
made = 0
for i in range(100000):
    a = Node(i)
    b = Node(-i)
    a.other = b
    b.other = a
    l = [a]
    l.append(l)
    d = {"self": None}
    d["self"] = d
    made += 1
print(made, a.other.v, l[1] is l, d["self"] is d)
