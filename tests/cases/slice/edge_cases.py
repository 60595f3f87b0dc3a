# Slicing edge cases: huge/negative bounds, steps of every sign on list/str/tuple/range.
data = list(range(8))
for start in [None, -20, -3, 0, 3, 20]:
    for stop in [None, -20, -3, 0, 5, 20]:
        for step in [None, 1, 2, -1, -3]:
            a = data[start:stop:step]
            b = "abcdefgh"[start:stop:step]
            c = list(range(8)[start:stop:step])
            assert a == c, (start, stop, step)
            assert "".join("abcdefgh"[i] for i in a) == b
print("consistent")
print(data[-20:20:3], data[20:-20:-3], data[5:-20:-2], "abcdefgh"[::-3])
print(data[2**70:], data[:-2**70], data[::2**70])
