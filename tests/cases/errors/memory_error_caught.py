# MemoryError from huge allocations can be caught, and the program continues normally.
for make in [lambda: [0] * (10**12), lambda: 'x' * (10**15), lambda: b'ab' * (10**14), lambda: (1, 2) * (10**13)]:
    try:
        make()
    except MemoryError as e:
        print('caught', type(e).__name__, e.args)
x = [0] * 1000
print(len(x), sum(x))
