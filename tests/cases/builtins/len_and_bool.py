# len() on every container, bool() conversions, __len__ and __bool__ protocol.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(5)), len(b"xy"), len(frozenset()))
class Sized:
    def __len__(self):
        return 3
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
print(len(Sized()), bool(Sized()), bool(Falsy()), bool(Empty()), bool(object()))
print(bool(), bool(0), bool(1), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.0), bool(1e-300))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
