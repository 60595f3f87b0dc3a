# Slicing in hot loops with computed bounds on lists, strings and tuples.
data = list(range(100))
text = "".join(chr(97 + i % 26) for i in range(100))
tup = tuple(data)
acc = 0
chars = 0
for i in range(20000):
    a = i % 50
    b = a + i % 37
    acc += sum(data[a:b:3]) + len(tup[b:a:-2])
    chars += len(text[a:b])
print(acc, chars)
win = []
for i in range(0, 100, 10):
    win.append(text[i:i + 5])
print(win)
print([data[i:i + 3] for i in range(0, 12, 3)])
