# with statements inside hot loops with break/continue/return.
class Counter:
    enters = exits = 0
    def __enter__(self):
        Counter.enters += 1
        return self
    def __exit__(self, *a):
        Counter.exits += 1
cm = Counter()
for i in range(10000):
    with cm:
        if i % 3 == 0:
            continue
        if i == 9999:
            break
print(Counter.enters, Counter.exits)
def find(n):
    for i in range(n):
        with cm:
            if i == n // 2:
                return i
print(find(100), Counter.enters, Counter.exits)
