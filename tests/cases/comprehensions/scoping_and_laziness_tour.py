def first_iter_eager():
    try:
        g = (x for x in 5)
    except TypeError as e:
        return "eager: " + str(e)
    return "lazy"
print(first_iter_eager())
def second_iter_lazy():
    g = (x for x in [1] for y in 5)
    try:
        list(g)
    except TypeError as e:
        return "lazy: " + str(e)
print(second_iter_lazy())
m = [[1, 2], [3, 4]]
print([x for row in m for x in row], [[x * 2 for x in row] for row in m], [row[i] for i in range(2) for row in m])
print([y for x in range(4) if x % 2 if x > 0 for y in range(x)])
print([(x, y) for x in range(3) for y in range(x)])
data = [1, 5, 2, 8]
print([y for x in data if (y := x * 2) > 4], y)
print({k: [v for v in range(k)] for k in range(3)})
print(sum(1 for _ in range(10)), any(x > 3 for x in data), all(x > 0 for x in data))
lam = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in lam])
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
def closure_comp():
    n = 3
    return [[n * i for i in range(n)] for _ in range(2)]
print(closure_comp())
print([c for c in "hello" if c not in "aeiou"], {c: ord(c) for c in "ab"}, {c.upper() for c in "aab"} == {"A", "B"})
print([i for i in range(10)][::-1][:3], [*(i for i in range(3))], (*range(2), 9))
it = iter(range(10))
print([next(it) for _ in range(3)], list(it)[:2])
print([x if x % 2 else -x for x in range(5)], [x for x in range(5) if x % 2 == 0 if x])
nested = {"a": {"x": 1, "y": 2}, "b": {"z": 3}}
print({(o, i): v for o, d in nested.items() for i, v in d.items()})
print([[j for j in range(i)] for i in range(4)])
g = (x * x for x in range(3))
print(next(g), next(g), next(g), next(g, "done"))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("abc", range(3))), list(enumerate("xy", 1)))
class C:
    n = 4
    sq = {i: i * i for i in range(n)}
print(C.sq)
print([(lambda: v)() for v in range(3)])
try:
    [1 for x in undefined_iterable]
except NameError as e:
    print("NameError:", e)
try:
    print([undefined_in_body for x in range(1)])
except NameError as e:
    print("NameError:", e)
def comp_with_return_in_gen():
    return list(i for i in range(5) if i != 2)
print(comp_with_return_in_gen())
