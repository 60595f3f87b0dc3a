# frozenset: hashable, usable as dict keys and set members; mixed ops return left operand type.
f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset("a"), len(f), 2 in f)
d = {f: "frozen", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(type(f | {9}).__name__, type({9} | f).__name__, f | {9}, f & {1, 5})
print(f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {set()}
except TypeError as e:
    print("TypeError:", e)
