# set basics: int sets print in CPython's hash order, add/discard/remove/pop, len, in.
s = {5, 3, 1, 3, 5}
print(s, len(s), 3 in s, 4 in s)
s.add(2); s.add(100); s.add(33)
print(s)
s.discard(5); s.discard(999)
print(s)
s.remove(100)
print(s)
print(set([9, 8, 7, 8]), set(range(10, 0, -1)), set("a"), set())
print({-1, -2, 0, 1, 2}, {10, 20, 30, 40, 8, 16, 32, 64})
print({1000, 2000, 3, 64, 65, 128})
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError:", e)
e = set()
try:
    e.pop()
except KeyError as ex:
    print("KeyError:", ex)
p = {7, 8, 9}
print(p.pop(), p)
