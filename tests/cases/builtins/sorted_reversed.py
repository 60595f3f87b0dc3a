# sorted with key/reverse and stability; reversed on sequences and custom __reversed__.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda x: x[1]), sorted(data, key=lambda x: x[1], reverse=True))
print(sorted("Hello World", key=str.lower), sorted([3, 1, 2], reverse=True), sorted({3: 0, 1: 0}))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"x": 1}.items())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
