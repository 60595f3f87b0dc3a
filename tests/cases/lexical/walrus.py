# Assignment expressions (:=) in conditions, comprehensions and while loops.
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
print((a := 3) + a)
def f():
    total = 0
    for v in range(5):
        if (w := v * 2) > 4:
            total += w
    return total, w
print(f())
