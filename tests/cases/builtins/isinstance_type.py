# isinstance with tuples of types, type(), issubclass across the numeric tower and containers.
vals = [1, True, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, None, range(1), len, type]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, (str, bytes)), isinstance(v, object))
print(type(1) is int, type(True) is bool, type(type) is type, type(None).__name__)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(list, object))
print(isinstance(1, (str, (bytes, (int,)))), isinstance(3, ()))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
