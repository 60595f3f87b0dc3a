# range combined with enumerate/zip/map/sum/max, and range as a sequence argument.
print(list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13), "abc")))
print(list(map(lambda x: x * x, range(6))), sum(range(0, 100, 5)), max(range(-5, 3)))
print(sorted(range(5), reverse=True), tuple(range(3)), set(range(4)))
print(list(range(5))[1::2], "".join(str(i) for i in range(10)))
