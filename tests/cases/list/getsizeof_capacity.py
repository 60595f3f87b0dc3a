import sys
def g(n):
    for i in range(n):
        yield i
class L:
    def __len__(self): return 3
    def __iter__(self): return iter([1, 2, 3])
class H:
    def __iter__(self): return iter("abcdefghij")
    def __length_hint__(self): return 2
a, b = 1, 2
cases = {
    "[]": [], "[1]": [1], "[1,2]": [1, 2], "[1,2,3]": [1, 2, 3], "[1..5]": [1, 2, 3, 4, 5], "[a,b]": [a, b], "[a,b,a]": [a, b, a],
    "list()": list(), "list(range(5))": list(range(5)), "list(range(100))": list(range(100)), "list('abc')": list("abc"),
    "list(g(5))": list(g(5)), "list(g(20))": list(g(20)), "list(iter([1,2,3]))": list(iter([1, 2, 3])), "list((1,2,3))": list((1, 2, 3)),
    "list({1:2,3:4})": list({1: 2, 3: 4}), "list({1,2,3})": list({1, 2, 3}), "list(L())": list(L()), "list(H())": list(H()),
    "sorted([3,1,2])": sorted([3, 1, 2]), "sorted(range(9))": sorted(range(9)), "comp": [x for x in range(10)], "comp17": [x for x in range(17)],
    "slice": list(range(20))[2:9], "copy": [1, 2, 3].copy(), "plus": [1, 2] + [3], "mul": [0] * 7, "star": [*range(3), 4],
    "split": "a b c".split(), "keys": list({"a": 1}.keys()), "map": list(map(str, range(5))), "zip": list(zip("ab", "cd")),
    "reversed": list(reversed([1, 2, 3, 4, 5])), "filter": list(filter(None, [0, 1, 2])), "enumerate": list(enumerate("abc")),
}
for k, v in cases.items():
    print(k, sys.getsizeof(v))
x = [1, 2, 3]
x.extend([4, 5])
print(sys.getsizeof(x))
x.extend(range(10))
print(sys.getsizeof(x))
y = list(range(100))
del y[10:]
print(sys.getsizeof(y))
y.extend(range(3))
print(sys.getsizeof(y))
z = []
for i in range(10):
    z += [i]
print(sys.getsizeof(z))
w = [1, 2, 3]
w *= 3
print(sys.getsizeof(w), sys.getsizeof(w[:]), sys.getsizeof(list(w)))
q = list(range(50))
while q:
    q.pop()
    if len(q) % 10 == 0:
        print(len(q), sys.getsizeof(q))
print(sys.getsizeof((1, 2, 3)), sys.getsizeof([1, 2, 3]), sys.getsizeof(tuple([1, 2, 3])))
for s in ["", "a", "a b c", " ".join("x" * 20), "a,b,,c"]:
    print(repr(s)[:10], sys.getsizeof(s.split()), sys.getsizeof(s.split(",")), sys.getsizeof(s.split(None, 2)), sys.getsizeof(s.rsplit(",", 1)), sys.getsizeof(s.encode().split()), sys.getsizeof(s.splitlines()), sys.getsizeof(s.split(" ", 20)))
