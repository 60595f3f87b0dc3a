# if/elif/else chains, truthiness of many values, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], {}, {0: 0}, (), (0,), None, set(), range(0), range(1)]:
    print(repr(v), "truthy" if v else "falsy")
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
print(1 if 0 else 2 if 0 else 3)
