# any/all: empty iterables, short-circuiting over generators, truthiness of elements.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 6, 1, 7]), seen)
print(any("abc"), all(""), any({0: 1}), all({1: 0}))
