# Comprehensions with nested conditional expressions, walrus accumulation, and filters over dict items.
data = {"a": 5, "b": -2, "c": 0, "d": 12, "e": -7}
print([k for k, v in data.items() if v > 0])
print({k: ("pos" if v > 0 else "neg" if v < 0 else "zero") for k, v in data.items()})
total = 0
running = [total := total + v for v in data.values()]
print(running, total)
print([y for x in range(10) if (y := x * x) % 3 == 0])
print([[c for c in w if c not in "aeiou"] for w in ["banana", "kiwi"]])
print(sorted({v % 3 for v in data.values()}), sum(v for v in data.values() if v))
fns = [lambda v=v: v * 2 for v in range(3)]
print([f() for f in fns])
